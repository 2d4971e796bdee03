import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import weekly from '../demo/data/scorecard-weekly.json';
import weeklyAr from '../demo/data/scorecard-weekly.ar.json';
import '../src/kpi-scorecard/define.js';
import { copy, onDarkPage, themeOf } from './support.js';

interface Args {
  data: unknown;
  cadence: '' | 'weekly' | 'monthly' | 'quarterly';
  groupBy: 'group' | 'indicator' | 'none';
  theme: 'toolbar' | 'light' | 'dark' | 'auto';
  locale: string;
  currency: string;
  src: string;
}

const meta: Meta<Args> = {
  title: 'Elements/kpi-scorecard',
  component: 'kpi-scorecard',
  tags: ['autodocs'],
  argTypes: {
    cadence: { control: 'select', options: ['', 'weekly', 'monthly', 'quarterly'], description: 'Show only this cadence' },
    groupBy: { control: 'inline-radio', options: ['group', 'indicator', 'none'], description: '`group-by` attribute' },
    theme: { control: 'inline-radio', options: ['toolbar', 'light', 'dark', 'auto'] },
    locale: { control: 'text', description: 'BCP 47 locale; empty follows the nearest `lang`' },
    currency: { control: 'text', description: 'ISO 4217 code' },
    src: { control: 'text', description: 'URL of the JSON data (used when `data` is empty)' },
    data: { control: 'object' },
  },
  args: { data: weekly, cadence: '', groupBy: 'group', theme: 'toolbar', locale: '', currency: 'USD', src: '' },
  render: (args, context) => html`<kpi-scorecard
    .data=${args.data ?? undefined}
    src=${args.src || nothing}
    cadence=${args.cadence || nothing}
    group-by=${args.groupBy}
    theme=${themeOf(args, context)}
    locale=${args.locale || nothing}
    currency=${args.currency || nothing}
    @kpi-select=${(e: CustomEvent) => console.log('kpi-select', e.detail)}
  ></kpi-scorecard>`,
  parameters: {
    docs: {
      description: {
        component: `The revenue team reviews this scorecard in its weekly meeting: each metric's actual against its
target, on track, at risk or off track. Metrics on track: keep working the plan. Metrics off track become the
meeting's "identify, discuss, solve" list, shown under the counts. A good scorecard holds 8 to 15 numbers:
leading indicators (visitors, MQLs, first meetings, opportunities, proposals, forecast revenue) that predict
revenue, and lagging ones (revenue, close rate, churn) that record it.

Status: with r = actual / target (or target / actual when lower is better), on track when r ≥ 1, at risk when
r ≥ \`thresholds.atRisk\` (default 0.9), else off track. With \`pace: true\` a weekly or month-to-date number is
judged against the share of the target that should have been reached by now (\`period.elapsed\`).`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The weekly revenue-team scorecard: marketing, sales and customer service, mixed statuses. */
export const Playground: Story = {};

/** Grouped by leading and lagging indicators instead of department. */
export const GroupedByIndicator: Story = { args: { groupBy: 'indicator' } };

/** One flat list. */
export const Ungrouped: Story = { args: { groupBy: 'none' } };

/** Only the monthly metrics (the `cadence` attribute). */
export const MonthlyOnly: Story = { args: { cadence: 'monthly' } };

const allOff = copy(weekly);
allOff.title = 'A bad week';
for (const m of allOff.metrics as Record<string, unknown>[]) {
  delete m.inputs;
  delete m.metric;
  m.unit ??= 'count';
  m.label ??= String(m.id);
  m.actual = 1;
  m.target = 100;
  m.direction = 'higher';
}
/** Everything off track: the whole scorecard becomes the meeting's agenda. */
export const EverythingOffTrack: Story = { args: { data: allOff } };

/** A week paced on Wednesday: 60 % of the week gone, so 60 % of each paced target should be reached. */
export const PacedWeek: Story = {
  args: {
    data: {
      title: 'Week 46, paced',
      period: { label: 'Wednesday, 60 % of the week', elapsed: 0.6 },
      metrics: [
        { id: 'v', label: 'Website visitors', unit: 'count', actual: 3100, target: 5000, pace: true, history: [600, 1300, 2200, 3100] },
        { id: 'm', label: 'MQLs', unit: 'count', actual: 14, target: 25, pace: true },
        { id: 'o', label: 'Opportunities', unit: 'count', actual: 2, target: 6, pace: true },
        { id: 'r', label: 'Revenue this week (not paced)', unit: 'currency', actual: 62000, target: 120000 },
      ],
    },
  },
};

/** Lower is better: costs, churn, response time and cycle length. */
export const LowerIsBetter: Story = {
  args: {
    data: {
      title: 'Costs and speed',
      metrics: [
        { id: 'cpl', metric: 'cpl', inputs: { spend: 4800, leads: 120 }, target: 45 },
        { id: 'cac', metric: 'cac', inputs: { spend: 25000, customers: 100 }, target: 240 },
        { id: 'churn', metric: 'churn_rate', inputs: { lost: 10, customers: 100 }, target: 0.08 },
        { id: 'resp', label: 'First response time', unit: 'minutes', direction: 'lower', actual: 42, target: 60 },
        { id: 'cycle', label: 'Sales cycle', unit: 'days', direction: 'lower', actual: 64, target: 60 },
      ],
    },
  },
};

/** Catalogue metrics computed from their inputs, including a zero denominator shown as a dash with its reason. */
export const CatalogueMetrics: Story = {
  args: {
    data: {
      title: 'Computed from inputs',
      metrics: [
        { metric: 'roi', inputs: { gain: 50000, investment: 20000 }, target: 1.2 },
        { metric: 'ctr', inputs: { clicks: 50, impressions: 1000 }, target: 0.04 },
        { metric: 'retention_rate', inputs: { lost: 10, customers: 100 }, target: 0.92 },
        { metric: 'new_users', inputs: { users: 68000, returning: 18000 }, target: 45000 },
        { metric: 'pipeline_velocity', inputs: { opportunities: 40, win_rate: 0.25, avg_deal_size: 30000, cycle_days: 60 }, target: 4500 },
        { metric: 'ltv_cac', inputs: { cltv: 43200, cac: 12000 }, target: 3 },
        { metric: 'cpl', inputs: { spend: 1200, leads: 0 }, target: 40 },
      ],
    },
  },
};

/** Arabic, right to left: labels, numbers and the sparkline's time axis mirror. */
export const ArabicRightToLeft: Story = {
  args: { data: weeklyAr, locale: 'ar' },
  render: (args, context) => html`<div dir="rtl" lang="ar">
    ${meta.render!(args, context)}
  </div>`,
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [onDarkPage],
};

/** Invalid data: every problem listed with its JSON path; the valid metrics still shown. */
export const InvalidData: Story = {
  args: {
    data: {
      title: 'Some rows are broken',
      period: { elapsed: 1.4 },
      metrics: [
        { id: 'ok', label: 'Website visitors', actual: 4200, target: 5000 },
        { id: 'bad-target', label: 'MQLs', actual: 14, target: 'twenty' },
        { id: 'bad-unit', label: 'Spend', actual: 100, unit: 'dollars' },
        { metric: 'cpl', inputs: { spend: 4800 } },
        { id: 'ok', label: 'Duplicate id', actual: 1 },
        { label: '<img src=x onerror=alert(1)> shown as text', actual: 3, target: 2 },
      ],
    },
  },
};

/** Data loaded from `src` (the demo's JSON file). */
export const FromSrc: Story = { args: { data: null, src: 'data/scorecard-weekly.json' } };

/** A `src` that fails: the error in plain words. */
export const FetchFailure: Story = { args: { data: null, src: 'data/missing.json' } };

/** No data given yet. */
export const Empty: Story = { args: { data: null } };
