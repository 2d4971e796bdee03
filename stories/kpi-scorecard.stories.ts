import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import weekly from '../demo/data/scorecard-weekly.json';
import weeklyAr from '../demo/data/scorecard-weekly.ar.json';
import type { ScorecardInput } from '../src/core/scorecard.js';
import '../src/kpi-scorecard/define.js';
import { copy, onDarkPage, themeOf, withCsv } from './support.js';

interface Args {
  data: unknown;
  cadence: '' | 'weekly' | 'monthly' | 'quarterly';
  groupBy: 'group' | 'indicator' | 'none';
  layout: 'cards' | 'grid';
  periods: number | null;
  rollup: 'none' | 'month' | 'quarter';
  discuss: 'off-track' | 'at-risk';
  exportable: boolean;
  theme: 'toolbar' | 'light' | 'dark' | 'auto';
  locale: string;
  currency: string;
  src: string;
  timeDirection: 'auto' | 'ltr';
}

const meta: Meta<Args> = {
  title: 'Elements/kpi-scorecard',
  component: 'kpi-scorecard',
  tags: ['autodocs'],
  argTypes: {
    layout: { control: 'inline-radio', options: ['cards', 'grid'], description: '`layout`: cards, or the meeting\'s grid (one row per metric, one column per period)' },
    periods: { control: 'number', description: '`periods`: how many periods of history the grid shows (default 13)' },
    rollup: { control: 'inline-radio', options: ['none', 'month', 'quarter'], description: '`rollup`: history added up into months or quarters' },
    discuss: { control: 'inline-radio', options: ['off-track', 'at-risk'], description: '`discuss`: which metrics the items to discuss list' },
    exportable: { control: 'boolean', description: '`exportable`: shows a "Download CSV" button (the cards, or the grid as shown)' },
    cadence: { control: 'select', options: ['', 'weekly', 'monthly', 'quarterly'], description: '`cadence`: show only this cadence' },
    groupBy: { control: 'inline-radio', options: ['group', 'indicator', 'none'], description: '`group-by` attribute' },
    theme: { control: 'inline-radio', options: ['toolbar', 'light', 'dark', 'auto'] },
    locale: { control: 'text', description: 'BCP 47 locale; empty follows the nearest `lang`. Also the default working week' },
    timeDirection: { control: 'inline-radio', options: ['auto', 'ltr'], description: '`time-direction`: which way time runs (auto follows the text)' },
    currency: { control: 'text', description: 'ISO 4217 code' },
    src: { control: 'text', description: 'URL of the JSON data (used when `data` is empty)' },
    data: { control: 'object' },
  },
  args: {
    data: weekly,
    cadence: '',
    groupBy: 'group',
    layout: 'cards',
    periods: null,
    rollup: 'none',
    discuss: 'off-track',
    exportable: false,
    theme: 'toolbar',
    locale: '',
    currency: 'USD',
    src: '',
    timeDirection: 'auto',
  },
  render: (args, context) => html`<kpi-scorecard
    .data=${args.data ?? undefined}
    src=${args.src || nothing}
    cadence=${args.cadence || nothing}
    group-by=${args.groupBy}
    layout=${args.layout}
    periods=${args.periods ?? nothing}
    rollup=${args.rollup}
    discuss=${args.discuss}
    ?exportable=${args.exportable}
    theme=${themeOf(args, context)}
    locale=${args.locale || nothing}
    currency=${args.currency || nothing}
    time-direction=${args.timeDirection || nothing}
    @kpi-select=${(e: CustomEvent) => console.log('kpi-select', e.detail)}
  ></kpi-scorecard>`,
  parameters: {
    docs: {
      description: {
        component: `The revenue team reads this scorecard in its weekly meeting: each metric's actual against its
target, on track, at risk or off track. Metrics on track: keep working the plan. Metrics off track become the
meeting's "identify, discuss, solve" list, shown under the counts. A good scorecard holds 8 to 15 numbers:
leading indicators (visitors, MQLs, first meetings, opportunities, proposals, forecast revenue) that predict
revenue, and lagging ones (revenue, close rate, churn) that record it.

**Status.** With r = actual / target (target / actual when lower is better): on track when r ≥ 1, at risk when
r ≥ the at-risk threshold (default 0.9, set for the whole scorecard in \`thresholds.atRisk\`, or for one metric in
its own \`thresholds.atRisk\`), else off track. The words read the right way round: a cost of $48 against $40
is "20% over target", never "83.3% of target".

**Pacing: each metric in its own period.** A weekly, monthly or quarterly number halfway through its period is
judged against the part of its target that should be done by now, not the whole. Give the scorecard the day it
is as of (\`asOf\`, \`YYYY-MM-DD\`): each metric with \`pace: true\` is paced in the week, month or quarter of its own
\`cadence\` that holds that day, counted in working days. \`weekStart\` (1 = Monday … 7 = Sunday) and \`workdays\`
(e.g. \`[7, 1, 2, 3, 4]\` for Sunday to Thursday) default to the locale's week where the browser knows it, else a
Monday-to-Friday week; \`holidays\` lists days that do not count. On Wednesday of a Monday-to-Friday week, 3 of 5
working days are gone, so a weekly target of 5,000 visitors is 3,000 by now; the same day, a monthly target is
paced by the month's working days. What wins: a metric's own \`elapsed\` (a share, 0 to 1), then \`asOf\`, then
the older \`period.elapsed\`, which counts only for the metrics of \`period.cadence\` (or for all of them when the
scorecard has one cadence). A paced metric none of these covers is shown not rated, with an error saying why:
it is never judged with another cadence's share.

**Only amounts are paced.** Counts and money add up over a period (and \`new_users\`); rates, ratios, averages,
scores, days and minutes do not: \`pace\` on them is an error and they are judged as they stand. A paced amount
also says where it will end the period at today's rate: "On pace for 7,000 of 5,000".

**Goals as ranges.** \`target: { "min": 3, "max": 4 }\` (either bound may be left out): inside is on track; below,
r = actual / min; above, r = max / actual. \`direction\` does not apply to a range.

**History and change.** \`history\` holds numbers or \`{ "period": "2026-W45", "value": 4100, "target": 5000 }\`
entries (weeks \`YYYY-Www\`, months \`YYYY-MM\`, quarters \`YYYY-Qn\`, the cadence's own). Each card shows its change
on the previous period with an arrow coloured by what is good news (a falling cost per lead is green), the run of
rises or falls, the owner's \`note\`, and "How it's calculated": the formula with the user's numbers and how the
target was paced.

**The items to discuss.** Worst first, each with its owner, the gap in its unit ("600 short of 3,000 by now"), its
run of rises or falls and its note. \`discuss="at-risk"\` lists at-risk metrics too. "Copy for the meeting" copies
the list as plain text (the same text as \`toMeetingNotes()\`).

**The grid.** \`layout="grid"\` is the meeting's table: one row per metric, one column per period of its history
(the last \`periods\`, default 13), each cell with its status against that period's target, the period in progress
marked with its paced target, and goal and owner columns. **Roll-ups.** \`rollup="month"\` or \`"quarter"\` adds
history up into the longer period: sums for counts and money, averages for the rest, catalogue metrics
recomputed from summed \`inputs\` (a quarter's cost per lead is its spend over its leads), \`aggregate\` per metric
to choose otherwise; a period not yet complete is marked and paced.`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The story rendered inside a right-to-left Arabic page, as the Arabic demo is. */
const inArabic: Story['render'] = (args, context) => html`<div dir="rtl" lang="ar">
  ${meta.render!(args, context)}
</div>`;

/**
 * A mixed-cadence week (the demo's data): weekly, monthly and quarterly metrics, as of Wednesday 2 December
 * 2026, Monday to Friday, Christmas a holiday. Look at each card's "by now" target: weekly ones are paced 3 of 5
 * working days, monthly ones 2 of 22 (25 December does not count), quarterly ones by the quarter's working days.
 * Rates (cost per lead, close rate, CSAT) are judged as they stand; pipeline coverage against its 3×–4× range; NPS
 * with its own at-risk threshold of 85 %.
 */
export const Playground: Story = {};

/**
 * The same mixed-cadence week in Arabic, right to left, in riyals: as of Tuesday 1 December 2026, a Sunday-to-Thursday
 * week (`weekStart: 7`), so weekly targets are paced 3 of 5 working days. Labels, numbers, arrows, sparklines and the
 * items to discuss mirror.
 */
export const ArabicRightToLeft: Story = {
  args: { data: weeklyAr, locale: 'ar', currency: 'SAR' },
  render: inArabic,
};

/**
 * Arabic chosen by `locale` alone, on a page that sets no `dir`: the element lays itself out right to left (it sets
 * `dir="rtl"` on itself; a `dir` on the page would win).
 */
export const ArabicWithoutDir: Story = {
  args: { data: weeklyAr, locale: 'ar', currency: 'SAR' },
};

/**
 * `time-direction="ltr"` in Arabic: text right to left, but the sparklines and the grid's weeks run left to right,
 * oldest at the left, as in the team's spreadsheet.
 */
export const ArabicTimeLeftToRight: Story = {
  args: { data: weeklyAr, locale: 'ar', currency: 'SAR', layout: 'grid', timeDirection: 'ltr' },
  render: inArabic,
};

/** Sunday-to-Thursday working week: Tuesday 15 September 2026, with Saudi National Day (23 September) a holiday. */
const sundayWeek = {
  title: 'Riyadh office - week of 13 September',
  asOf: '2026-09-15',
  weekStart: 7,
  workdays: [7, 1, 2, 3, 4],
  holidays: ['2026-09-23'],
  metrics: [
    // Week Sunday 13 to Saturday 19 September: Sunday, Monday, Tuesday worked of 5 -> 0.6.
    // 20 x 0.6 = 12 by now; 14 / 12 = 1.17: on track, on pace for 14 / 0.6 = 23.
    { id: 'demos', label: 'Demos held', group: 'sales', cadence: 'weekly', unit: 'count', actual: 14, target: 20, pace: true, owner: 'Faisal' },
    // 300 x 0.6 = 180 by now; 150 / 180 = 0.83: off track, 30 short.
    { id: 'leads', label: 'New leads', group: 'marketing', cadence: 'weekly', unit: 'count', actual: 150, target: 300, pace: true, owner: 'Noura' },
    // September: 22 Sunday-to-Thursday days, 21 without the 23rd; 11 of them up to Tuesday the 15th.
    // 600,000 x 11 / 21 = 314,286 by now; 300,000 / 314,286 = 0.95: at risk; on pace for 300,000 x 21 / 11 = 572,727.
    { id: 'bookings', label: 'Bookings this month', group: 'sales', cadence: 'monthly', unit: 'currency', actual: 300000, target: 600000, pace: true, owner: 'Faisal' },
    // A rate: not paced. 184 / 200 = 92 % against 90 %: on track.
    { id: 'csat', metric: 'csat', group: 'service', cadence: 'monthly', inputs: { satisfied: 184, responses: 200 }, target: 0.9, owner: 'Huda' },
  ],
} satisfies ScorecardInput;

/**
 * A Sunday-to-Thursday week (`weekStart: 7`, `workdays: [7, 1, 2, 3, 4]`) on Tuesday 15 September 2026, in English
 * and riyals: the data's week wins over the locale's. Open "How it's calculated": the weekly targets are paced
 * 3 of 5 working days; the monthly bookings 11 of 21 working days, because Saudi National Day (23 September, in
 * `holidays`) does not count. CSAT, a rate, is not paced.
 */
export const SundayToThursdayWeek: Story = {
  args: { data: sundayWeek, currency: 'SAR', locale: 'en' },
};

/**
 * The meeting's grid (`layout="grid"`): one table per cadence, one row per metric, the last 13 weeks (or months,
 * or quarters) as columns, each cell with its status icon against that period's target. The current period is
 * marked "in progress" with its target by now; goal and owner columns; the metric column stays put as the table
 * scrolls sideways. `exportable`: the CSV has one row per metric and period.
 */
export const Grid: Story = { args: { layout: 'grid', exportable: true } };

/** The grid in Arabic, right to left: the metric column on the right, the latest period on the left end. */
export const GridArabic: Story = {
  args: { data: weeklyAr, locale: 'ar', currency: 'SAR', layout: 'grid', exportable: true },
  render: inArabic,
};

/** Monthly history January to November 2026, as of Wednesday 18 November (13 of 21 working days of the month). */
const monthsOfTheYear = {
  title: 'Marketing and sales - by quarter',
  asOf: '2026-11-18',
  weekStart: 1,
  workdays: [1, 2, 3, 4, 5],
  metrics: [
    {
      // Recomputed from summed inputs: Q4 so far = (20,000 + 9,000) / (500 + 200) = $41.43, not the average
      // of $40 and $45. 40 / 41.43 = 0.97: at risk. Q3 = 58,000 / 1,500 = $38.67: on track.
      id: 'cpl', metric: 'cpl', group: 'marketing', cadence: 'monthly', target: 40, owner: 'Lina',
      inputs: { spend: 9000, leads: 200 },
      history: [
        { period: '2026-01', inputs: { spend: 16000, leads: 400 } },
        { period: '2026-02', inputs: { spend: 15000, leads: 350 } },
        { period: '2026-03', inputs: { spend: 18000, leads: 420 } },
        { period: '2026-04', inputs: { spend: 17000, leads: 450 } },
        { period: '2026-05', inputs: { spend: 19000, leads: 460 } },
        { period: '2026-06', inputs: { spend: 20000, leads: 480 } },
        { period: '2026-07', inputs: { spend: 19000, leads: 500 } },
        { period: '2026-08', inputs: { spend: 18000, leads: 400 } },
        { period: '2026-09', inputs: { spend: 21000, leads: 600 } },
        { period: '2026-10', inputs: { spend: 20000, leads: 500 } },
      ],
    },
    {
      // Summed: Q4 target 3 x 250,000 = 750,000; judged so far against October's 250,000 plus November's
      // 250,000 x 13 / 21 = 154,762: 404,762. 260,000 + 160,000 = 420,000; 420,000 / 404,762 = 1.04: on track.
      id: 'revenue', label: 'New revenue', group: 'sales', cadence: 'monthly', unit: 'currency', target: 250000, pace: true, owner: 'Sami',
      actual: 160000,
      history: [
        { period: '2026-01', value: 210000 },
        { period: '2026-02', value: 225000 },
        { period: '2026-03', value: 270000 },
        { period: '2026-04', value: 240000 },
        { period: '2026-05', value: 255000 },
        { period: '2026-06', value: 262000 },
        { period: '2026-07', value: 231000 },
        { period: '2026-08', value: 219000 },
        { period: '2026-09', value: 284000 },
        { period: '2026-10', value: 260000 },
      ],
    },
    {
      // A count that does not add up: customers at the end of the period (`aggregate: "last"`).
      id: 'customers', label: 'Customers at period end', group: 'service', cadence: 'monthly', unit: 'count', target: 240, aggregate: 'last', owner: 'Karim',
      actual: 236,
      history: [
        { period: '2026-01', value: 212 },
        { period: '2026-02', value: 215 },
        { period: '2026-03', value: 219 },
        { period: '2026-04', value: 221 },
        { period: '2026-05', value: 224 },
        { period: '2026-06', value: 226 },
        { period: '2026-07', value: 229 },
        { period: '2026-08', value: 231 },
        { period: '2026-09', value: 233 },
        { period: '2026-10', value: 235 },
      ],
    },
  ],
} satisfies ScorecardInput;

/**
 * A quarter rolled up (`rollup="quarter"`) from monthly history. The cost per lead is recomputed from the summed
 * spend and leads of each quarter ($29,000 ÷ 700 leads = $41.43 for Q4 so far, not the average of the months' $40
 * and $45); revenue is summed (Q4's target 750,000, judged so far against October's plus November's by now);
 * customers take the last month (`aggregate: "last"`). Q4 is partial: December has not started, November is in
 * progress. Open "How it's calculated".
 */
export const QuarterRolledUp: Story = { args: { data: monthsOfTheYear, rollup: 'quarter' } };

/** The same roll-up in the grid: Q1 to Q3 complete, Q4 in progress. */
export const QuarterRolledUpGrid: Story = { args: { data: monthsOfTheYear, rollup: 'quarter', layout: 'grid' } };

/** As of Wednesday 16 December 2026, Monday to Friday, Christmas a holiday: weeks 3 of 5, December 12 of 22 working days. */
const projection = {
  title: 'Where the period ends at this pace',
  asOf: '2026-12-16',
  weekStart: 1,
  workdays: [1, 2, 3, 4, 5],
  holidays: ['2026-12-25'],
  metrics: [
    // 5,000 x 0.6 = 3,000 by now; 4,200 / 3,000 = 1.4; 4,200 / 0.6 = 7,000.
    { id: 'visitors', label: 'Website visitors', group: 'marketing', cadence: 'weekly', unit: 'count', actual: 4200, target: 5000, pace: true, owner: 'Dana' },
    // 10 x 0.6 = 6 by now: exactly on pace for 10.
    { id: 'meetings', label: 'First meetings', group: 'sales', cadence: 'weekly', unit: 'count', actual: 6, target: 10, pace: true, owner: 'Omar' },
    // 25 x 0.6 = 15 by now; 9 / 15 = 0.6: off track, on pace for 15.
    { id: 'mqls', label: 'MQLs', group: 'marketing', cadence: 'weekly', unit: 'count', actual: 9, target: 25, pace: true, owner: 'Dana' },
    // 500,000 x 12 / 22 = 272,727 by now; 250,000 / 272,727 = 0.92: at risk; 250,000 x 22 / 12 = 458,333.
    { id: 'revenue', label: 'Booked revenue this month', group: 'sales', cadence: 'monthly', unit: 'currency', actual: 250000, target: 500000, pace: true, owner: 'Sami' },
    // Q4: 65 working days (66 weekdays less Christmas), 55 up to the 16th. 60 x 55 / 65 = 50.8 by now; 52 / 50.8 = 1.02;
    // on pace for 52 x 65 / 55 = 61.5.
    { id: 'customers', label: 'New customers this quarter', group: 'sales', cadence: 'quarterly', unit: 'count', actual: 52, target: 60, pace: true, owner: 'Sami' },
    // Not paced: judged against the whole target, no projection.
    { id: 'forecast', label: 'Forecast revenue this month', group: 'sales', cadence: 'monthly', unit: 'currency', actual: 480000, target: 500000, owner: 'Sami' },
  ],
} satisfies ScorecardInput;

/**
 * The run-rate projection of paced amounts: "On pace for 7,000 of 5,000" ahead of pace, "On pace for 15 of 25"
 * behind it, exactly on pace for 10 of 10, a month's revenue and a quarter's customers on their own periods'
 * working days. The forecast is not paced, so it has no projection. The change on last week compares the run rate.
 */
export const Projection: Story = { args: { data: projection } };

/** A hard week: as of Wednesday 2 December 2026, Monday to Friday. */
const hardWeek = {
  title: 'Revenue team - a hard week',
  period: { label: 'Week 49, Wednesday 2 December' },
  asOf: '2026-12-02',
  weekStart: 1,
  workdays: [1, 2, 3, 4, 5],
  holidays: ['2026-12-25'],
  metrics: [
    // 5,000 x 0.6 = 3,000 by now; 2,400 / 3,000 = 0.8; on pace for 4,000, below 4,300: down 4 weeks in a row.
    { id: 'visitors', label: 'Website visitors', group: 'marketing', indicator: 'leading', cadence: 'weekly', unit: 'count', actual: 2400, target: 5000, pace: true, owner: 'Dana',
      history: [5200, 4900, 4600, 4300, 2400],
      note: 'Paid search paused on Monday when the monthly budget ran out; back on Thursday.' },
    // 25 x 0.6 = 15 by now; 9 / 15 = 0.6; on pace for 15: down 3 weeks in a row.
    { id: 'mqls', label: 'MQLs', group: 'marketing', indicator: 'leading', cadence: 'weekly', unit: 'count', actual: 9, target: 25, pace: true, owner: 'Dana',
      history: [24, 22, 20, 9],
      note: 'Follows the visitors: the webinar follow-up goes out on Thursday.' },
    // $5,400 / 100 = $54 against $45: 45 / 54 = 0.83, 20 % over target.
    { id: 'cpl', metric: 'cpl', group: 'marketing', indicator: 'leading', cadence: 'monthly', inputs: { spend: 5400, leads: 100 }, target: 45, owner: 'Lina',
      note: 'Two trade-show invoices landed in December; without them the cost per lead is $41.' },
    // 12 x 0.6 = 7.2 by now; 5 / 7.2 = 0.69.
    { id: 'first-meetings', label: 'First meetings held', group: 'sales', indicator: 'leading', cadence: 'weekly', unit: 'count', actual: 5, target: 12, pace: true, owner: 'Omar',
      history: [12, 11, 10, 5],
      note: 'Three no-shows on Tuesday. Reminder the day before starts this week.' },
    // 5 x 0.6 = 3 by now; 2 / 3 = 0.67.
    { id: 'proposals', label: 'Proposals sent', group: 'sales', indicator: 'leading', cadence: 'weekly', unit: 'count', actual: 2, target: 5, pace: true, owner: 'Omar' },
    // 7 x 0.6 = 4.2 by now; 4 / 4.2 = 0.95: at risk.
    { id: 'opportunities', label: 'New opportunities', group: 'sales', indicator: 'leading', cadence: 'weekly', unit: 'count', actual: 4, target: 7, pace: true, owner: 'Omar',
      note: 'Two more expected from the partner referral on Friday.' },
    // 120,000 x 0.6 = 72,000 by now; 66,000 / 72,000 = 0.92: at risk.
    { id: 'new-revenue', label: 'New-customer revenue', group: 'sales', indicator: 'lagging', cadence: 'weekly', unit: 'currency', actual: 66000, target: 120000, pace: true, owner: 'Sami',
      note: 'The Almaz contract (40,000) waits for legal; signature expected Thursday.' },
    // 6 / 30 = 20 % against 25 %: 0.8.
    { id: 'close-rate', metric: 'close_rate', group: 'sales', indicator: 'lagging', cadence: 'monthly', inputs: { won: 6, closed: 30 }, target: 0.25, owner: 'Sami',
      note: 'Lost four deals on price to the same competitor: pricing review on Monday.' },
    // 2,240,000 / 800,000 = 2.8× against 3×–4×: 2.8 / 3 = 0.93, at risk, 0.2× below the minimum.
    { id: 'coverage', metric: 'pipeline_coverage', group: 'sales', indicator: 'leading', cadence: 'monthly', inputs: { pipeline_value: 2240000, revenue_target: 800000 }, target: { min: 3, max: 4 }, owner: 'Sami' },
    // 95 minutes against 60: 60 / 95 = 0.63, 58 % over target; up 4 weeks in a row (bad news for a time).
    { id: 'first-response', label: 'First response time', group: 'service', indicator: 'leading', cadence: 'weekly', unit: 'minutes', direction: 'lower', actual: 95, target: 60, owner: 'Karim',
      history: [58, 64, 71, 88, 95],
      note: 'Two agents out sick; the weekend queue was not cleared until Tuesday.' },
    // 6 / 240 = 2.5 % against 2 %: 0.02 / 0.025 = 0.8.
    { id: 'churn', metric: 'churn_rate', group: 'service', indicator: 'lagging', cadence: 'monthly', inputs: { lost: 6, customers: 240 }, target: 0.02, owner: 'Karim' },
    // (62 - 14) / 120 x 100 = 40 against 45: 0.89, at risk with its own threshold of 85 % (off track at the usual 90 %).
    { id: 'nps', metric: 'nps', group: 'service', indicator: 'lagging', cadence: 'quarterly', inputs: { promoters: 62, detractors: 14, respondents: 120 }, target: 45, thresholds: { atRisk: 0.85 }, owner: 'Karim',
      note: 'Detractors name onboarding: the new checklist ships in January.' },
    // On track: 5 x 0.6 = 3 by now; 4 / 3 = 1.33.
    { id: 'reviews', label: 'New online reviews', group: 'marketing', indicator: 'lagging', cadence: 'weekly', unit: 'count', actual: 4, target: 5, pace: true, owner: 'Rania' },
    // On track: 184 / 200 = 92 % against 90 %.
    { id: 'csat', metric: 'csat', group: 'service', indicator: 'lagging', cadence: 'monthly', inputs: { satisfied: 184, responses: 200 }, target: 0.9, owner: 'Karim' },
  ],
} satisfies ScorecardInput;

/**
 * A long list of items to discuss (`discuss="at-risk"`): 12 of 14 metrics off track or at risk, worst first
 * (off track by how far short, then at risk). Each item carries its owner, the gap in its unit ("600 short of
 * 3,000 by now", "35 minutes over the target of 60 minutes"), its run ("down 4 weeks in a row") and the owner's note.
 * NPS is at risk, not off track, because its own threshold is 85 %. Press "Copy for the meeting".
 */
export const LongDiscussList: Story = { args: { data: hardWeek, discuss: 'at-risk' } };

/** Goals as ranges: below, within and above 3×–4×, on a bound, at least one number, at most another. */
const ranges = {
  title: 'Goals as ranges',
  metrics: [
    // 2,000,000 / 800,000 = 2.5× below 3×: 2.5 / 3 = 0.83, off track.
    { id: 'coverage-below', metric: 'pipeline_coverage', label: 'Pipeline coverage, Q1', cadence: 'monthly', inputs: { pipeline_value: 2000000, revenue_target: 800000 }, target: { min: 3, max: 4 } },
    // 2,800,000 / 800,000 = 3.5×: within, on track.
    { id: 'coverage-within', metric: 'pipeline_coverage', label: 'Pipeline coverage, Q2', cadence: 'monthly', inputs: { pipeline_value: 2800000, revenue_target: 800000 }, target: { min: 3, max: 4 } },
    // 3,360,000 / 800,000 = 4.2× above 4×: 4 / 4.2 = 0.95, at risk (too much pipeline: are the deals real?).
    { id: 'coverage-above', metric: 'pipeline_coverage', label: 'Pipeline coverage, Q3', cadence: 'monthly', inputs: { pipeline_value: 3360000, revenue_target: 800000 }, target: { min: 3, max: 4 } },
    // 2,400,000 / 800,000 = exactly 3×: on the bound is within.
    { id: 'coverage-bound', metric: 'pipeline_coverage', label: 'Pipeline coverage, Q4', cadence: 'monthly', inputs: { pipeline_value: 2400000, revenue_target: 800000 }, target: { min: 3, max: 4 } },
    // Min only: 30 / 40 = 75 % against at least 80 %: 0.75 / 0.8 = 0.94, at risk.
    { id: 'show-rate', metric: 'meeting_show_rate', cadence: 'weekly', inputs: { attended: 30, booked: 40 }, target: { min: 0.8 } },
    // Max only: 18 % against at most 15 %: 0.15 / 0.18 = 0.83, off track.
    { id: 'discount', label: 'Average discount given', cadence: 'monthly', unit: 'percent', actual: 0.18, target: { max: 0.15 } },
    // Max only, within: 4 days against at most 5.
    { id: 'days-to-quote', label: 'Days from meeting to quote', cadence: 'weekly', unit: 'days', actual: 4, target: { max: 5 } },
  ],
} satisfies ScorecardInput;

/**
 * Goals as ranges (`target: { min, max }`, either bound optional). Pipeline coverage of 3×–4×: 2.5× is "below the
 * range" (off track), 3.5× within, 4.2× "above the range" (at risk: 4 ÷ 4.2 = 95 %), exactly 3× within. A show rate
 * with only a minimum (75 % against at least 80 %: at risk); a discount with only a maximum (18 % against at most
 * 15 %: off track), and days to quote within their maximum.
 */
export const RangeGoals: Story = { args: { data: ranges } };

/** Lower is better, and how each number was made: as of Wednesday 2 December 2026, Monday to Friday. */
const worked = {
  title: 'How each number was made',
  asOf: '2026-12-02',
  weekStart: 1,
  workdays: [1, 2, 3, 4, 5],
  holidays: ['2026-12-25'],
  metrics: [
    // $4,800 / 100 = $48 against $40: 20 % over target; 40 / 48 = 0.83, off track.
    { id: 'cpl', metric: 'cpl', cadence: 'monthly', inputs: { spend: 4800, leads: 100 }, target: 40 },
    // 95 against 60: (95 - 60) / 60 = 58 % over target; 60 / 95 = 0.63, off track.
    { id: 'first-response', label: 'First response time', cadence: 'weekly', unit: 'minutes', direction: 'lower', actual: 95, target: 60 },
    // 3 / 250 = 1.2 % against 2 %: (1.2 - 2) / 2 = 40 % under target, on track.
    { id: 'churn', metric: 'churn_rate', cadence: 'monthly', inputs: { lost: 3, customers: 250 }, target: 0.02 },
    // $25,000 / 100 = $250 against $240: 4 % over target; 240 / 250 = 0.96, at risk.
    { id: 'cac', metric: 'cac', cadence: 'monthly', inputs: { spend: 25000, customers: 100 }, target: 240 },
    // 5,000 x 3 of 5 working days = 3,000 by now; 4,200 / 3,000 = 140 %.
    { id: 'visitors', label: 'Website visitors', cadence: 'weekly', unit: 'count', actual: 4200, target: 5000, pace: true },
    // December: 23 weekdays less Christmas = 22, 2 of them done: 833,333 x 2 / 22 = 75,758 by now; 80,000 / 75,758 = 1.06.
    { id: 'booked', label: 'Booked revenue this month', cadence: 'monthly', unit: 'currency', actual: 80000, target: 833333, pace: true },
    // (62 - 14) / 120 x 100 = 40 against 45: 0.89, at risk from its own 85 %.
    { id: 'nps', metric: 'nps', cadence: 'quarterly', inputs: { promoters: 62, detractors: 14, respondents: 120 }, target: 45, thresholds: { atRisk: 0.85 } },
    // 2,333,333 / 833,333 = 2.8× against 3×–4×: below the range, 0.93, at risk.
    { id: 'coverage', metric: 'pipeline_coverage', cadence: 'monthly', inputs: { pipeline_value: 2333333, revenue_target: 833333 }, target: { min: 3, max: 4 } },
  ],
} satisfies ScorecardInput;

/**
 * "How it's calculated", opened on every card: the formula with the user's numbers ("Cost per lead = $4,800 spend ÷
 * 100 leads = $48"), the target, how it was paced ("5,000 × 3 of 5 working days = 3,000"; the month's revenue 2 of
 * 22 working days, Christmas left out) and the at-risk threshold it was judged with (NPS: its own 85 %). Lower is
 * better reads the right way: "58.3% over target" for a first response of 95 minutes against 60, "40% under target"
 * for a churn of 1.2 % against 2 %, "20% over target" for a cost per lead of $48 against $40.
 */
export const FormulaDisclosure: Story = {
  args: { data: worked },
  parameters: { docs: { story: { autoplay: true } } },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector('kpi-scorecard');
    if (!el) return;
    await el.updateComplete;
    for (const card of el.shadowRoot?.querySelectorAll('[part="metric"]') ?? []) {
      const details = card.querySelector<HTMLDetailsElement>('details[part="details"]');
      if (details) details.open = true;
    }
  },
};

/** Lower is better: costs, churn, response time and cycle length, each "over" or "under" its target. */
export const LowerIsBetter: Story = {
  args: {
    data: {
      title: 'Costs and speed',
      metrics: [
        // $4,800 / 120 = $40 against $45: 11 % under target, on track.
        { id: 'cpl', metric: 'cpl', cadence: 'monthly', inputs: { spend: 4800, leads: 120 }, target: 45 },
        // $25,000 / 100 = $250 against $240: 4 % over, at risk (0.96).
        { id: 'cac', metric: 'cac', cadence: 'monthly', inputs: { spend: 25000, customers: 100 }, target: 240 },
        // 10 / 100 = 10 % against 8 %: 25 % over, off track (0.8).
        { id: 'churn', metric: 'churn_rate', cadence: 'monthly', inputs: { lost: 10, customers: 100 }, target: 0.08 },
        // 42 against 60 minutes: 30 % under, on track.
        { id: 'resp', label: 'First response time', cadence: 'weekly', unit: 'minutes', direction: 'lower', actual: 42, target: 60, previous: 55 },
        // 64 against 60 days: 7 % over, at risk (0.94).
        { id: 'cycle', label: 'Sales cycle', cadence: 'monthly', unit: 'days', direction: 'lower', actual: 64, target: 60, previous: 58 },
        // 3.1 against 3: 3 % over, at risk (0.97).
        { id: 'ces', metric: 'ces', cadence: 'monthly', inputs: { total_score: 620, responses: 200 }, target: 3 },
      ],
    } satisfies ScorecardInput,
  },
};

/** Grouped by leading and lagging indicators instead of department. */
export const GroupedByIndicator: Story = { args: { groupBy: 'indicator' } };

/** One flat list. */
export const Ungrouped: Story = { args: { groupBy: 'none' } };

/** Only the monthly metrics (the `cadence` attribute). */
export const MonthlyOnly: Story = { args: { cadence: 'monthly' } };

/** The older way to pace: no `asOf`, `period.elapsed` for the weekly metrics, a metric's own `elapsed` for the monthly one. */
const pacedByShare = {
  title: 'Week 46, paced by shares',
  period: { label: 'Wednesday, 60 % of the week', elapsed: 0.6, cadence: 'weekly' },
  metrics: [
    // 5,000 x 0.6 = 3,000 by now; 3,100 / 3,000 = 1.03.
    { id: 'v', label: 'Website visitors', cadence: 'weekly', unit: 'count', actual: 3100, target: 5000, pace: true, history: [4800, 5100, 4900, 3100] },
    // 25 x 0.6 = 15; 14 / 15 = 0.93.
    { id: 'm', label: 'MQLs', cadence: 'weekly', unit: 'count', actual: 14, target: 25, pace: true },
    // 6 x 0.6 = 3.6; 2 / 3.6 = 0.56.
    { id: 'o', label: 'Opportunities', cadence: 'weekly', unit: 'count', actual: 2, target: 6, pace: true },
    // Its own elapsed, 40 % into the month: 833,333 x 0.4 = 333,333; 340,000 / 333,333 = 1.02, on track (not 68 % of a week's share).
    { id: 'b', label: 'Booked revenue this month', cadence: 'monthly', unit: 'currency', actual: 340000, target: 833333, pace: true, elapsed: 0.4 },
    { id: 'r', label: 'Revenue this week (not paced)', cadence: 'weekly', unit: 'currency', actual: 62000, target: 120000 },
  ],
} satisfies ScorecardInput;

/**
 * Paced without a date: `period.elapsed` (0.6, for `period.cadence: "weekly"`) paces the weekly metrics, and the
 * monthly booked revenue is paced by its own `elapsed` (0.4): 340,000 of 833,333 is on track 40 % into the month,
 * never judged with the week's 60 %.
 */
export const PacedWeek: Story = { args: { data: pacedByShare } };

const allOff = copy(weekly) as { title: string; metrics: Record<string, unknown>[] };
allOff.title = 'A bad week';
for (const m of allOff.metrics) {
  delete m.inputs;
  delete m.metric;
  delete m.history;
  delete m.thresholds;
  m.unit ??= 'count';
  m.label ??= String(m.id);
  m.actual = 1;
  m.target = 100;
  m.direction = 'higher';
}
/** Everything off track: the whole scorecard becomes the meeting's agenda. */
export const EverythingOffTrack: Story = { args: { data: allOff } };

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
        { metric: 'nps', inputs: { promoters: 70, detractors: 20, respondents: 125 }, target: 35 },
        { metric: 'cost_per_sqo', inputs: { spend: 18000, sqos: 40 }, target: 500 },
        { metric: 'list_growth_rate', inputs: { new_subscribers: 900, unsubscribes: 300, list_size: 20000 }, target: 0.025 },
        { metric: 'response_sla_rate', inputs: { within_sla: 171, inquiries: 180 }, target: 0.9 },
        { metric: 'revenue_growth', inputs: { revenue: 1150000, previous_revenue: 1000000 }, target: 0.1 },
        { metric: 'cpl', inputs: { spend: 1200, leads: 0 }, target: 40 },
      ],
    } satisfies ScorecardInput,
  },
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

/** Dates, periods and goals that cannot be read. */
const badTime = {
  title: 'Dates and goals that cannot be read',
  asOf: '2026-12-02',
  holidays: ['2026-12-25', '2026-02-30'],
  workdays: [],
  metrics: [
    {
      // history[1] is a month in a weekly history; history[3] repeats W47. Still shown: 4,200 of 3,000 by now.
      id: 'visitors', label: 'Website visitors', cadence: 'weekly', unit: 'count', actual: 4200, target: 5000, pace: true,
      history: [
        { period: '2026-W46', value: 4100 },
        { period: '2026-11', value: 4300 },
        { period: '2026-W47', value: 4400 },
        { period: '2026-W47', value: 4500 },
        { period: '2026-W48', value: 4650 },
      ],
    },
    // min above max: this metric is left out.
    { id: 'coverage', metric: 'pipeline_coverage', cadence: 'monthly', inputs: { pipeline_value: 2400000, revenue_target: 800000 }, target: { min: 4, max: 3 } },
    // A threshold of 1.5 is not a share below 1: left out, the scorecard's 0.9 applies. 14 of 15 by now: 0.93, at risk.
    { id: 'mqls', label: 'MQLs', cadence: 'weekly', unit: 'count', actual: 14, target: 25, pace: true, thresholds: { atRisk: 1.5 } },
    // Pace on a rate: not paced, judged as it stands. 9 / 30 = 30 % against 25 %: on track.
    { id: 'close-rate', metric: 'close_rate', cadence: 'monthly', inputs: { won: 9, closed: 30 }, target: 0.25, pace: true },
    // Paced, but no cadence: nothing says how far into its period it is. Not rated.
    { id: 'demos', label: 'Demos held', unit: 'count', actual: 3, target: 10, pace: true },
    // A note over the 500-character limit: left out, the metric shown.
    { id: 'reviews', label: 'New online reviews', cadence: 'weekly', unit: 'count', actual: 4, target: 5, pace: true, note: 'Too long. '.repeat(51) },
    // Valid: 12 x 0.6 = 7.2 by now; 6 / 7.2 = 0.83, off track.
    { id: 'meetings', label: 'First meetings held', cadence: 'weekly', unit: 'count', actual: 6, target: 12, pace: true },
  ],
};

/**
 * Bad dates, periods and goals, each an error at its JSON path, the rest still shown: a holiday that is not a day
 * (`2026-02-30`), no working days at all (`workdays: []`, so the locale's week is used), a month in a weekly
 * history, a week given twice, a range whose min is above its max (that metric left out), an at-risk threshold of
 * 1.5, `pace` on a rate (close rate judged as it stands), a paced metric with no cadence (not rated), a note over
 * 500 characters.
 */
export const InvalidDatesAndGoals: Story = { args: { data: badTime } };

/** Data loaded from `src` (the demo's JSON file). */
export const FromSrc: Story = { args: { data: null, src: 'data/scorecard-weekly.json' } };

/** A `src` that fails: the error in plain words. */
export const FetchFailure: Story = { args: { data: null, src: 'data/missing.json' } };

/** No data given yet. */
export const Empty: Story = { args: { data: null } };

/**
 * A Google Sheet published to the web as CSV (File > Share > Publish to web): the title line and
 * blank row above the header, formatted numbers ("$15,000", "86.7%"), the Total row and the
 * unused columns are all read as a person would.
 */
export const FromGoogleSheet: Story = {
  args: { data: null },
  render: (args, context) => html`<kpi-scorecard src="data/google-sheet-scorecard.csv" columns='{"label":"Metric"}' theme=${themeOf(args, context)} locale=${args.locale || nothing}></kpi-scorecard>`,
};

/** The kit's own CSV shape (`toCSV()` writes it): a row per metric, then a row per period of its history. */
export const FromCsv: Story = { args: { data: null, src: 'data/scorecard-weekly.csv', layout: 'grid' } };

/** The same in Arabic, right to left, from `scorecard-weekly.ar.csv`. */
export const FromCsvArabic: Story = {
  args: { data: null, src: 'data/scorecard-weekly.ar.csv', locale: 'ar', currency: 'SAR' },
  render: inArabic,
};

/** A CSV with bad cells: each problem at its row and column, the valid metrics still judged. */
export const CsvWithErrors: Story = {
  render: (args, context) => withCsv('kpi-scorecard', [
    'label,owner,actual,target,cadence',
    'Website visitors,Dana,"4,200","5,000",weekly',
    'MQLs,Omar,about 60,75,weekly',
    'Revenue,Lina,"$340,000","$833,333",fortnightly',
    'Win rate,Sami,27%,30%,monthly',
  ].join('\n'), { locale: args.locale || undefined, theme: themeOf(args, context) }),
};
