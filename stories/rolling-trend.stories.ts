import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import mqls from '../demo/data/trend-mqls.json';
import weeks from '../demo/data/trend-weeks-53.json';
import quarters from '../demo/data/trend-quarters.json';
import '../src/rolling-trend/define.js';
import { copy, onDarkPage, themeOf, withCsv } from './support.js';

interface Args {
  data: unknown;
  window: number | null;
  chart: 'line' | 'bar';
  theme: 'toolbar' | 'light' | 'dark' | 'auto';
  locale: string;
  currency: string;
  src: string;
  timeDirection: 'auto' | 'ltr';
}

const meta: Meta<Args> = {
  title: 'Elements/rolling-trend',
  component: 'rolling-trend',
  tags: ['autodocs'],
  argTypes: {
    window: { control: 'number', description: 'Periods shown, ending at the latest (default 13 for months and weeks, 5 for quarters)' },
    chart: { control: 'inline-radio', options: ['line', 'bar'], description: '`chart` attribute' },
    theme: { control: 'inline-radio', options: ['toolbar', 'light', 'dark', 'auto'] },
    locale: { control: 'text', description: 'BCP 47 locale; empty follows the nearest `lang`' },
    timeDirection: { control: 'inline-radio', options: ['auto', 'ltr'], description: '`time-direction`: which way time runs (auto follows the text)' },
    currency: { control: 'text', description: 'ISO 4217 code' },
    src: { control: 'text', description: 'URL of the JSON data (used when `data` is empty)' },
    data: { control: 'object' },
  },
  args: { data: mqls, window: null, chart: 'line', theme: 'toolbar', locale: '', currency: 'USD', src: '', timeDirection: 'auto' },
  render: (args, context) => html`<rolling-trend
    .data=${args.data ?? undefined}
    src=${args.src || nothing}
    window=${args.window ?? nothing}
    chart=${args.chart}
    theme=${themeOf(args, context)}
    locale=${args.locale || nothing}
    currency=${args.currency || nothing}
    time-direction=${args.timeDirection || nothing}
    @kpi-select=${(e: CustomEvent) => console.log('kpi-select', e.detail)}
  ></rolling-trend>`,
  parameters: {
    docs: {
      description: {
        component: `Look at 13 months so that this month sits beside the same month last year. Weekly noise hides
trends; longer windows reveal them. The example this element is built around: the last three months fell, but
this month is up 20 % on the same month last year, so the news is less bad than it looked.

Periods are labels, not timestamps: months \`YYYY-MM\`, ISO weeks \`YYYY-Www\` (52 or 53 weeks a year) and
quarters \`YYYY-Qn\`, one granularity per series. The headline gives the latest value, the change on the
previous period and on the same period last year (12 months, 4 quarters, or the same ISO week number of the
previous year; week 53 compares with week 52), and one sentence a reader can act on. A missing period or a
\`null\` value is a gap, never a zero; a comparison that cannot be computed says so.

A target (one number or per-period values) is drawn as a dashed line and the periods below it are marked; an
optional \`compare\` series is drawn beside the main one. The table of the window ("Show the numbers as a
table") is the accessible alternative to the chart; each period in it (and each point of the chart) fires
\`kpi-select\`. Hover the chart for a period's numbers.

Windows of up to 500 periods are drawn in SVG with the element's first render: no chart library, crisp at any
size, themed by CSS, mirrored right to left. Longer windows are drawn by ECharts, loaded only then, down-sampled
(LTTB) for drawing only: \`result\` stays exact.`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** 25 months of MQLs: down three months in a row, but 20 % above the same month last year. */
export const Playground: Story = {};

/** ISO weeks across 2026, a 53-week year (week 53, then 2027-W01); the holiday week 52 has no value: a gap. */
export const WeeksAcrossA53WeekYear: Story = { args: { data: weeks } };

/** Quarters (default window: 5, so this quarter sits beside the same quarter last year), with per-quarter targets and a forecast to compare. */
export const Quarters: Story = { args: { data: quarters } };

/** Gaps: a missing month and a `null` value break the line; they are never drawn as zeros. */
export const Gaps: Story = {
  args: {
    data: {
      label: 'Website visitors',
      points: [
        { period: '2025-09', value: 4100 }, { period: '2025-10', value: 4350 }, { period: '2025-11', value: null },
        { period: '2025-12', value: 3900 }, { period: '2026-02', value: 4420 }, { period: '2026-03', value: 4610 },
        { period: '2026-04', value: 4480 }, { period: '2026-06', value: 4700 }, { period: '2026-07', value: 4820 },
        { period: '2026-08', value: 4750 }, { period: '2026-09', value: 4990 },
      ],
    },
  },
};

/** A single target for every month: a dashed line, with the months below it marked. */
export const TargetLine: Story = { args: { data: mqls } };

const perPeriod = copy(mqls) as { target: unknown; points: { period: string; value: number }[] };
perPeriod.target = perPeriod.points.map((p, i) => ({ period: p.period, value: 100 + i * 3 }));
/** A target that grows month by month (`target` as a list of `{ period, value }`). */
export const PerPeriodTarget: Story = { args: { data: perPeriod } };

const withCompare = copy(mqls) as Record<string, unknown> & { points: { period: string; value: number }[] };
withCompare.compare = {
  label: 'SQLs',
  points: withCompare.points.map((p, i) => ({ period: p.period, value: Math.round(p.value * 0.38 + (i % 4) * 3) })),
};
/** A second series (`compare`) drawn beside the first. */
export const CompareSeries: Story = { args: { data: withCompare } };

/** Bars instead of a line (`chart="bar"`). */
export const BarChart: Story = { args: { chart: 'bar' } };

/** A longer window: all 25 months (`window="25"`). */
export const LongerWindow: Story = { args: { window: 25 } };

const long = {
  label: 'A long series: 10,000 months',
  points: Array.from({ length: 10_000 }, (_, i) => ({
    period: `${1200 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    value: Math.round(1000 + 300 * Math.sin(i / 40) + 80 * Math.sin(i / 3)),
  })),
};
/** 10,000 points in the window: drawn by ECharts (loaded for this window only), down-sampled (LTTB); `result` keeps every number. */
export const TenThousandPoints: Story = { args: { data: long, window: 10_000 } };

const mqlsAr = copy(mqls);
mqlsAr.label = 'العملاء المؤهلون تسويقيًا';
/** Arabic, right to left: the time axis runs right to left and the value axis moves to the right. */
export const ArabicRightToLeft: Story = {
  args: { data: mqlsAr, locale: 'ar-EG' },
  render: (args, context) => html`<div dir="rtl" lang="ar">${meta.render!(args, context)}</div>`,
};

/** Arabic chosen by `locale` alone, on a page that sets no `dir`: the element lays itself out right to left. */
export const ArabicWithoutDir: Story = {
  args: { data: mqlsAr, locale: 'ar' },
};

/** `time-direction="ltr"` in Arabic: the words right to left, the time axis left to right (oldest month at the left). */
export const ArabicTimeLeftToRight: Story = {
  args: { data: mqlsAr, locale: 'ar-EG', timeDirection: 'ltr' },
  render: (args, context) => html`<div dir="rtl" lang="ar">${meta.render!(args, context)}</div>`,
};

/** The dark theme. */
export const Dark: Story = {
  args: { theme: 'dark', data: quarters },
  decorators: [onDarkPage],
};

/** Invalid data: an impossible month, a week in a monthly series and a repeated month, each named with its path; the valid points are still shown. */
export const InvalidData: Story = {
  args: {
    data: {
      label: '<img src=x onerror=alert(1)> shown as text',
      points: [
        { period: '2026-01', value: 120 },
        { period: '2026-13', value: 130 },
        { period: '2026-W05', value: 30 },
        { period: '2026-01', value: 125 },
        { period: '2026-02', value: 'many' },
        { period: '2026-03', value: 140 },
      ],
      target: 'high',
    },
  },
};

/**
 * Twenty trends on one page, as in an agency report: those in view are drawn before the first
 * paint; the others show their numbers when the page is idle and draw their chart as you scroll
 * within a screen of them (a waiting chart box already has its height and accessible name).
 */
export const ManyOnAPage: Story = {
  render: (args, context) =>
    html`${Array.from({ length: 20 }, (_, i) => {
      const data = copy(mqls);
      data.label = `${mqls.label} — region ${i + 1}`;
      return html`<div style="margin-block-end: 16px">${meta.render!({ ...args, data }, context)}</div>`;
    })}`,
};

/** Data loaded from `src` (the demo's JSON file). */
export const FromSrc: Story = { args: { data: null, src: 'data/trend-mqls.json' } };

/** No data given yet. */
export const Empty: Story = { args: { data: null } };

/**
 * A Google Analytics 4 report by "Year month", downloaded as CSV and given as it is
 * (`src="data/ga4-sessions-by-month.csv"`): `202611` is read as November 2026, Sessions as the value.
 */
export const FromGa4Months: Story = { args: { data: null, src: 'data/ga4-sessions-by-month.csv' } };

/** The kit's own CSV shape (`toCSV()` writes it): the demo's sample file. */
export const FromCsv: Story = { args: { data: null, src: 'data/trend-mqls.csv' } };

/** Dates as a spreadsheet writes them, placed in their months; a bad date and a bad number reported at their cells. */
export const CsvWithErrors: Story = {
  render: (args, context) => withCsv('rolling-trend', [
    'Month,MQLs,Target',
    'Jul 2026,118,150',
    '2026-08-01,126,150',
    'sometime,131,150',
    '01/10/2026,n/a,150',
    '2026-11,144,150',
  ].join('\n'), {
    columns: '{"period":"Month","value":"MQLs","target":"Target"}',
    locale: args.locale || 'en-GB',
    theme: themeOf(args, context),
  }),
};
