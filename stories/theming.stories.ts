import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import weekly from '../demo/data/scorecard-weekly.json';
import plan from '../demo/data/funnel-plan.json';
import mqls from '../demo/data/trend-mqls.json';
import sources from '../demo/data/lead-sources.json';
import '../src/index.js';

/** The client's re-brand: shown in the docs and applied by the stories, written once. */
const BRAND_CSS = `.acme {
  --sk-font-family: Georgia, 'Times New Roman', serif;
  --sk-color-accent: #6d28d9;
  --sk-color-on-track: #047857;
  --sk-color-at-risk: #b45309;
  --sk-color-off-track: #be123c;
  --sk-color-surface: #fffdf7;
  --sk-color-surface-raised: #f5f0ff;
  --sk-color-border: #ddd6fe;
  --sk-radius: 2px;
  --sk-chart-1: #6d28d9;
  --sk-chart-2: #db2777;
}
.acme ::part(metric) { box-shadow: 0 1px 0 #ddd6fe; }
`;

const meta: Meta = {
  title: 'Theming/Client re-brand',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `Agencies embed scorecards on client sites in the client's colours. Every element reads the
same custom properties (set them on the element or any ancestor) and exposes its main pieces as
\`::part()\`s. The story below re-brands the whole kit with a dozen lines of CSS:

\`\`\`css
${BRAND_CSS}\`\`\`

Custom properties: \`--sk-color-text\`, \`--sk-color-muted\`, \`--sk-color-surface\`, \`--sk-color-surface-raised\`,
\`--sk-color-border\`, \`--sk-color-accent\`, \`--sk-color-on-track\`, \`--sk-color-at-risk\`, \`--sk-color-off-track\`,
\`--sk-color-none\`, \`--sk-color-error-surface\`, \`--sk-font-family\`, \`--sk-radius\`, \`--sk-gap\`,
\`--sk-card-min-width\`, \`--sk-chart-height\`, \`--sk-chart-1\` … \`--sk-chart-8\`. Printing keeps the numbers: export
buttons are hidden, cards do not break across pages, and the tables print in full.`,
      },
    },
  },
};
export default meta;

/** The page's style element: the re-brand, plus spacing between the elements of the story. */
function brand(): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = `${BRAND_CSS}\n.acme > * { margin-bottom: 24px; }`;
  return style;
}

/** The four elements in a client's colours and type, from a dozen lines of CSS. */
export const ClientRebrand: StoryObj = {
  render: () => html`${brand()}
    <div class="acme">
      <kpi-scorecard theme="light" exportable .data=${weekly}></kpi-scorecard>
      <funnel-planner theme="light" .data=${plan}></funnel-planner>
      <rolling-trend theme="light" .data=${mqls}></rolling-trend>
      <lead-source-breakdown theme="light" .data=${sources}></lead-source-breakdown>
    </div>`,
};

/** The same re-brand, right to left in Arabic. */
export const ClientRebrandArabic: StoryObj = {
  render: () => html`${brand()}
    <div class="acme" dir="rtl" lang="ar">
      <kpi-scorecard theme="light" .data=${weekly}></kpi-scorecard>
      <rolling-trend theme="light" .data=${mqls}></rolling-trend>
    </div>`,
};
