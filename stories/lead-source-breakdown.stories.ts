import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import sources from '../demo/data/lead-sources.json';
import ppcSeo from '../demo/data/lead-sources-ppc-seo.json';
import '../src/lead-source-breakdown/define.js';
import { copy, onDarkPage, themeOf, withCsv } from './support.js';

type Measure = 'visits' | 'leads' | 'mqls' | 'opportunities' | 'customers' | 'spend' | 'revenue';

interface Args {
  data: unknown;
  measure: Measure;
  chart: 'bar' | 'donut';
  sort: string;
  theme: 'toolbar' | 'light' | 'dark' | 'auto';
  locale: string;
  currency: string;
  src: string;
}

const SORTS = [
  '', 'source', 'visits', 'leads', 'mqls', 'opportunities', 'customers', 'spend', 'revenue', 'share',
  'cpl', 'cost_per_mql', 'cost_per_opportunity', 'cac', 'roi', 'lead_to_mql', 'mql_to_opportunity', 'opportunity_to_customer',
];

const meta: Meta<Args> = {
  title: 'Elements/lead-source-breakdown',
  component: 'lead-source-breakdown',
  tags: ['autodocs'],
  argTypes: {
    measure: {
      control: 'select',
      options: ['visits', 'leads', 'mqls', 'opportunities', 'customers', 'spend', 'revenue'],
      description: 'The count the chart ranks and shares are taken of',
    },
    chart: { control: 'inline-radio', options: ['bar', 'donut'] },
    sort: { control: 'select', options: SORTS, description: 'Initial table order: a column key, optionally `:asc` / `:desc`' },
    theme: { control: 'inline-radio', options: ['toolbar', 'light', 'dark', 'auto'] },
    locale: { control: 'text', description: 'BCP 47 locale; empty follows the nearest `lang`' },
    currency: { control: 'text', description: 'ISO 4217 code' },
    src: { control: 'text', description: 'URL of the JSON data (used when `data` is empty)' },
    data: { control: 'object' },
  },
  args: { data: sources, measure: 'leads', chart: 'bar', sort: '', theme: 'toolbar', locale: '', currency: 'USD', src: '' },
  render: (args, context) => html`<lead-source-breakdown
    .data=${args.data ?? undefined}
    src=${args.src || nothing}
    measure=${args.measure}
    chart=${args.chart}
    sort=${args.sort || nothing}
    theme=${themeOf(args, context)}
    locale=${args.locale || nothing}
    currency=${args.currency || nothing}
    @kpi-select=${(e: CustomEvent) => console.log('kpi-select', e.detail)}
  ></lead-source-breakdown>`,
  parameters: {
    docs: {
      description: {
        component: `Where visitors and leads come from, and what each source costs. Visitor sources: organic search,
organic social, paid search, paid social, referral sites, email, direct. Lead sources add events, content marketing,
customer referrals, partner referrals and account-based marketing (ABM). Per source a team wants visits, leads, MQLs,
opportunities, customers, spend, and the ratios between them.

Per source the element computes the share of the chosen \`measure\`, cost per lead (spend / leads), cost per MQL, cost
per opportunity, CAC (spend / customers), ROI ((revenue − spend) / spend) and the stage-to-stage rates (lead → MQL,
MQL → opportunity, opportunity → customer). A ratio whose denominator is zero or missing is \`null\` in \`result\` and a
dash with its reason on screen. Totals are sums, and their ratios are computed from the sums, never averaged.

The classic example: $10,000 of pay-per-click for 100 leads is a cost per lead of $100; $2,000 of SEO for 50 leads is
$40, so SEO wins (one article prints these as "1 %" and "2.5 %": the ratios are money per lead, not percentages).

The chart ranks the sources by the measure in HTML bars (or shows an SVG donut with a legend of names, values and
shares), drawn with the first render and no chart library; the table below it holds every column,
sorts from its header buttons by pointer or keyboard, and is the chart's accessible alternative. Known source keys get
a default label in English and Arabic and a stable colour for light and dark themes; any other key needs a \`label\`.`,
      },
    },
  },
};
export default meta;
type Story = StoryObj<Args>;

/** This month's lead sources for a B2B company: all 13 known sources, ranked by leads. */
export const Playground: Story = {};

/** The domain's worked example: PPC at $100 per lead against SEO at $40, so SEO is called out as the best. */
export const PpcAgainstSeo: Story = { args: { data: ppcSeo } };

const noSpend = copy(sources);
noSpend.title = 'Sources without spend';
for (const s of noSpend.sources as Record<string, unknown>[]) {
  if (['organic_search', 'organic_social', 'email', 'content'].includes(s.source as string)) delete s.spend;
}
/** Organic sources often have no spend recorded: their costs and ROI show a dash with the reason, never NaN. */
export const SourcesWithoutSpend: Story = { args: { data: noSpend } };

/** Sources outside the known list bring their own label and take extra colours, distinct from the known ones. */
export const CustomSource: Story = {
  args: {
    data: {
      title: 'With webinars and a podcast',
      sources: [
        ...ppcSeo.sources,
        { source: 'webinars', label: 'Webinars', visits: 900, leads: 70, mqls: 28, opportunities: 5, customers: 1, spend: 3500, revenue: 30000 },
        { source: 'podcast', label: 'Podcast sponsorship', leads: 12, spend: 1800 },
      ],
    },
  },
};

/** The donut (SVG): share of the measure per source, with a legend of names, values and shares beside it. */
export const Donut: Story = { args: { chart: 'donut' } };

/** Ranked by spend instead of leads (the `measure` attribute). */
export const MeasureSpend: Story = { args: { measure: 'spend' } };

/** Cheapest leads first (`sort="cpl:asc"`); sources without a cost per lead come last. */
export const SortByCostPerLead: Story = { args: { sort: 'cpl:asc' } };

/** Best return on investment first (`sort="roi"`). */
export const SortByRoi: Story = { args: { sort: 'roi' } };

/** Highest customer acquisition cost first (`sort="cac"`). */
export const SortByCac: Story = { args: { sort: 'cac' } };

/** Best opportunity → customer rate first. */
export const SortByCloseRate: Story = { args: { sort: 'opportunity_to_customer' } };

/** Sources A to Z (`sort="source"`). */
export const SortBySource: Story = { args: { sort: 'source' } };

/** Arabic, right to left: default labels in Arabic, bars grow from the right, the table mirrors. */
export const ArabicRightToLeft: Story = {
  args: { locale: 'ar' },
  render: (args, context) => html`<div dir="rtl" lang="ar">${meta.render!(args, context)}</div>`,
};

/** The dark theme: every known source has a colour chosen for the dark surface. */
export const Dark: Story = {
  args: { theme: 'dark' },
  decorators: [onDarkPage],
};

/** Invalid data: each problem with its JSON path; the valid rows still shown, text from the data shown as text. */
export const InvalidData: Story = {
  args: {
    data: {
      title: 'Some rows are broken',
      sources: [
        { source: 'email', leads: 72, spend: 900, mqls: 29 },
        { source: 'events', leads: -3, spend: 36000 },
        { source: 'webinars', leads: 5 },
        { source: 'email', leads: 1 },
        { source: 'paid_search', leads: 'many' },
        { source: 'podcast', label: '<img src=x onerror=alert(1)> shown as text', leads: 4, spend: 400 },
      ],
    },
  },
};

/** Data loaded from `src` (the demo's JSON file). */
export const FromSrc: Story = { args: { data: null, src: 'data/lead-sources.json' } };

/** No data given yet. */
export const Empty: Story = { args: { data: null } };

/**
 * A Google Analytics 4 "Traffic acquisition" export, downloaded as CSV and given as it is
 * (`src="data/ga4-traffic-acquisition.csv"`): its comment lines and totals row are skipped,
 * each channel is read as the kit's source, Sessions as visits, Key events as leads.
 */
export const FromGa4Export: Story = { args: { data: null, src: 'data/ga4-traffic-acquisition.csv', measure: 'visits' } };

/** A HubSpot contacts export: contacts added up by original source and lifecycle stage. */
export const FromHubSpotContacts: Story = { args: { data: null, src: 'data/hubspot-contacts.csv' } };

/**
 * A HubSpot deals export: deals added up by original source (opportunities), the won ones
 * (customers) and their amounts (revenue). One won deal has no amount: the panel says so, at its cell.
 */
export const FromHubSpotDeals: Story = { args: { data: null, src: 'data/hubspot-deals.csv', measure: 'revenue' } };

/** The kit's own CSV shape (`toCSV()` writes it): the demo's sample file. */
export const FromCsv: Story = { args: { data: null, src: 'data/lead-sources.csv' } };

/** Another tool's headers, mapped with `columns`. */
export const CsvWithColumns: Story = {
  render: (args, context) => withCsv('lead-source-breakdown', [
    'Channel;Leads;Ad spend',
    'Paid Search;230;"23.000,00 €"',
    'Organic Search;184;',
    'Email Marketing;72;900',
    'Webinars;41;"2.500,00 €"',
  ].join('\n'), {
    columns: '{"source":"Channel","leads":"Leads","spend":"Ad spend"}',
    decimal: ',',
    currency: 'EUR',
    locale: args.locale || undefined,
    theme: themeOf(args, context),
  }),
};

/** A CSV with bad cells: each problem at its row and column, the valid rows still drawn. */
export const CsvWithErrors: Story = {
  render: (args, context) => withCsv('lead-source-breakdown', [
    'source,label,leads,spend (USD)',
    'paid_search,Google Ads,230,23000',
    'email,,n/a,900',
    'events,Trade shows,41,"36,000",extra',
    'organic_search,,184',
    'webinars,<b>shown as text</b>,-5,400',
  ].join('\n'), { locale: args.locale || undefined, theme: themeOf(args, context) }),
};

/** The same CSV with errors in Arabic: the messages in Arabic, with the cell of each. */
export const CsvWithErrorsArabic: Story = {
  args: { locale: 'ar' },
  render: (args, context) => html`<div dir="rtl" lang="ar">${CsvWithErrors.render!(args, context)}</div>`,
};
