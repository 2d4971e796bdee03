import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import plan from '../demo/data/funnel-plan.json';
import forward from '../demo/data/funnel-forward.json';
import '../src/funnel-planner/define.js';
import { copy, onDarkPage, themeOf, withCsv } from './support.js';

interface Args {
  data: unknown;
  view: 'month' | 'quarter' | 'year';
  rounding: 'none' | 'ceil';
  editable: boolean;
  theme: 'toolbar' | 'light' | 'dark' | 'auto';
  locale: string;
  currency: string;
  src: string;
}

/** The $10M plan without actuals, coverage or sales cycle: the bare backward plan. */
const bare = copy(plan) as Record<string, unknown>;
delete bare.actuals;
delete bare.pipelineCoverage;
delete bare.salesCycleDays;

const arabicLabels: Record<string, string> = {
  visits: 'زيارات الموقع',
  leads: 'العملاء المحتملون',
  mqls: 'المؤهلون تسويقيًا',
  sqls: 'المؤهلون للمبيعات',
  opportunities: 'الفرص',
  customers: 'العملاء',
};
const arabicPlan = copy(plan);
arabicPlan.title = 'خطة الإيراد: 10 ملايين دولار من الإيراد الجديد هذا العام';
for (const s of arabicPlan.stages) s.label = arabicLabels[s.id] ?? s.label;

const meta: Meta<Args> = {
  title: 'Elements/funnel-planner',
  component: 'funnel-planner',
  tags: ['autodocs'],
  argTypes: {
    view: { control: 'inline-radio', options: ['month', 'quarter', 'year'], description: 'Volumes per month, quarter or year' },
    rounding: { control: 'inline-radio', options: ['none', 'ceil'], description: '`ceil` rounds every required volume up to whole units' },
    editable: { control: 'boolean', description: 'Inputs for goal, period, deal size and every rate' },
    theme: { control: 'inline-radio', options: ['toolbar', 'light', 'dark', 'auto'] },
    locale: { control: 'text', description: 'BCP 47 locale; empty follows the nearest `lang`' },
    currency: { control: 'text', description: 'ISO 4217 code' },
    src: { control: 'text', description: 'URL of the JSON data (used when `data` is empty)' },
    data: { control: 'object' },
  },
  args: { data: plan, view: 'month', rounding: 'none', editable: false, theme: 'toolbar', locale: '', currency: 'USD', src: '' },
  render: (args, context) => html`<funnel-planner
    .data=${args.data ?? undefined}
    src=${args.src || nothing}
    view=${args.view}
    rounding=${args.rounding}
    ?editable=${args.editable}
    theme=${themeOf(args, context)}
    locale=${args.locale || nothing}
    currency=${args.currency || nothing}
    @kpi-select=${(e: CustomEvent) => console.log('kpi-select', e.detail)}
    @plan-change=${(e: CustomEvent) => console.log('plan-change', e.detail)}
  ></funnel-planner>`,
  parameters: {
    docs: {
      description: {
        component: `The lead-to-revenue (L2R) plan starts from the revenue goal and works backwards to what marketing
must produce; marketing and sales agree it as an SLA. Worked example: a new-revenue goal of $10,000,000 a year
with an average new customer worth $1,100,000 needs 10,000,000 / 1,100,000 = 9.09 customers a year, 0.758 a
month. With conversion rates visits → leads 1.5 %, leads → MQLs 20 %, MQLs → SQLs 20 %, SQLs → opportunities
40 % and opportunities → customers 50 %, that is 1.52 opportunities, 3.79 SQLs, 18.9 MQLs, 94.7 leads and
6,313 visits a month.

**Backward mode** (a \`goal\`): customers needed = goal revenue / \`averageDealSize\`, then each earlier stage =
next stage / its rate. **Forward mode** (no goal, a \`volume\` on the first stage): each later stage = previous ×
rate, revenue = customers × deal size; 6,000 visits a month give 90 leads, 18 MQLs, 3.6 SQLs, 1.44
opportunities and 0.72 customers.

Rates are step to step ("20 % of MQLs become SQLs"); the table also shows the share of the top that reaches each
stage. With \`actuals\` (per \`view\` period) each stage shows its gap to plan and its actual conversion beside the
planned rate; the **bottleneck** is the step whose actual rate falls furthest below plan, relative to plan.
\`pipelineCoverage\` gives the pipeline value needed (coverage × goal), \`salesCycleDays\` how far ahead of the
close the SQLs must exist, and the sensitivity line names the single rate that, raised one point, saves the most
top-of-funnel volume. The chart uses a logarithmic scale: the stages span four orders of magnitude.`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The $10M annual plan with this month's actuals, pipeline coverage and sales cycle. */
export const Playground: Story = {};

/** Backward: the revenue goal worked back into monthly volumes (9.09 customers a year, 6,313 visits a month). */
export const Backward: Story = { args: { data: bare } };

/** Forward: 6,000 visits a month worked forward into 0.72 customers and $792,000 a month. */
export const Forward: Story = { args: { data: forward } };

/**
 * Actuals against plan: visits and leads are on plan, but only 1 of 4 SQLs became an opportunity (25 % against
 * 40 %, 37.5 % below plan): that step is named the bottleneck.
 */
export const ActualsAndBottleneck: Story = {
  args: {
    data: { ...copy(plan), actuals: { visits: 6400, leads: 96, mqls: 19, sqls: 4, opportunities: 1 } },
  },
};

/** Editable: change the goal, period, deal size or any rate; the plan recomputes and fires `plan-change`. */
export const Editable: Story = { args: { editable: true } };

/** `rounding="ceil"` per year: 10 customers, not 9.09, and every earlier stage in whole units. */
export const RoundedUp: Story = { args: { data: bare, rounding: 'ceil', view: 'year' } };

/** `view="quarter"`: every volume per quarter. */
export const PerQuarter: Story = { args: { data: bare, view: 'quarter' } };

/** `view="year"`: every volume per year. */
export const PerYear: Story = { args: { data: bare, view: 'year' } };

/** Arabic, right to left: sentences, table and inputs in Arabic; the chart mirrors. */
export const ArabicRightToLeft: Story = {
  args: { data: arabicPlan, locale: 'ar', editable: true },
  render: (args, context) => html`<div dir="rtl" lang="ar">${meta.render!(args, context)}</div>`,
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', editable: true },
  decorators: [onDarkPage],
};

/** Invalid data: each problem named with its JSON path (a rate of 0, a goal without a deal size, an unknown stage). */
export const InvalidData: Story = {
  args: {
    data: {
      goal: { revenue: 10000000, period: 'year' },
      stages: [
        { id: 'visits', label: 'Website visits' },
        { id: 'leads', label: 'Leads', rate: 0.015 },
        { id: 'mqls', label: 'MQLs', rate: 0 },
        { id: 'sqls', label: '<img src=x onerror=alert(1)> shown as text' },
        { id: 'customers', label: 'Customers', rate: 20 },
      ],
      actuals: { visits: 5200, webinars: 3 },
    },
  },
};

/** Data loaded from `src` (the demo's JSON file). */
export const FromSrc: Story = { args: { data: null, src: 'data/funnel-plan.json' } };

/** The plan as CSV (`src="data/funnel-plan.csv"`, the shape `toCSV()` writes): a stage per row, the goal on the first. */
export const FromCsv: Story = { args: { data: null, src: 'data/funnel-plan.csv' } };

/** A plan typed in a spreadsheet with a missing column: the message names it and lists the columns found. */
export const CsvMissingColumn: Story = {
  render: (args, context) => withCsv('funnel-planner', [
    'Stage,Rate,Goal revenue',
    'Visits,,1000000',
    'Leads,1.5%,',
  ].join('\n'), { locale: args.locale || undefined, theme: themeOf(args, context) }),
};
