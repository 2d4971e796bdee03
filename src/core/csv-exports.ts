/**
 * The exports real tools write, recognised from their header rows, so a raw
 * export can be given to an element as it is (`src="export.csv"`). Pure: no DOM.
 *
 * - GA4 "Traffic acquisition" (or "User acquisition") report, one row per
 *   channel or source: read row for row; `columns` names the headers to read.
 * - GA4 report by "Year month": read row for row, one point per month.
 * - HubSpot contacts and deals exports, one row per contact or deal: added up
 *   per original source into the lead-source shape (`table`), with a problem
 *   at each cell that could not be counted.
 *
 * Header names are matched case-insensitively, spaces trimmed and runs of
 * spaces read as one.
 *
 * Channel and source names map to the kit's source keys (sourceKeyFor):
 *
 * | As GA4 or HubSpot writes it                              | Key            |
 * | -------------------------------------------------------- | -------------- |
 * | Organic Search                                           | organic_search |
 * | Paid Search                                              | paid_search    |
 * | Organic Social, Social Media (HubSpot: organic posts)    | organic_social |
 * | Paid Social                                              | paid_social    |
 * | Email, Email Marketing                                   | email          |
 * | Referral, Referrals                                      | referral       |
 * | Direct, Direct Traffic, (direct), (direct) / (none)      | direct         |
 * | Affiliates                                               | partner        |
 * | Unassigned, Other Campaigns, (other)                     | other          |
 * | the kit's keys and English default labels themselves     | that key       |
 *
 * Everything else is not a known source (null) and keeps its own row with the
 * name as its label: GA4's Display, Organic Video, Paid Video, Organic
 * Shopping, Paid Shopping, Paid Other, Cross-network, Audio, SMS, Mobile Push
 * Notifications, "(not set)", and HubSpot's AI Referrals and Offline Sources.
 * Offline Sources is deliberately not `events`: HubSpot files there every
 * contact created by import, by hand in the CRM, by the API or an integration
 * or by the sales extension, of which event lists are only a part; calling
 * them all events would overstate events. Source / medium pairs ("google /
 * organic") are not mapped either: several pairs would land on one key.
 */
import type { CsvTable } from './csv-table.js';
import type { CsvElement } from './csv-write.js';
import { KNOWN_SOURCES } from './sources.js';
import type { Problem } from './validation.js';
import { isolateBidi } from './validation.js';

export type ExportKind = 'ga4-traffic-acquisition' | 'ga4-by-month' | 'hubspot-contacts' | 'hubspot-deals';
export type Recognised =
  /** Rows read one for one: `columns` maps the element's field names to this file's header names. */
  | { kind: ExportKind; columns: Record<string, string> }
  /** Rows added up into the element's shape: header names are the element's field names, numbers written as plain digits (String(n)). */
  | { kind: ExportKind; table: CsvTable; problems: Problem[] };

export interface RecogniseOptions {
  /** Parses a number cell (the caller's locale-aware parser): null for an empty cell or one that is not a number. */
  number(text: string): number | null;
}

/** A header name or a cell as compared: lower case, trimmed, runs of spaces as one. */
function headerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name as compared with the known ones: lower case, without spaces, `_` or `-` ("Email_Marketing" = "email marketing"). */
function looseKey(name: string): string {
  return name.trim().toLowerCase().replace(/[\s_-]+/g, '');
}

const SOURCE_NAMES = new Map<string, string>();
for (const s of KNOWN_SOURCES) {
  SOURCE_NAMES.set(looseKey(s.key), s.key);
  SOURCE_NAMES.set(looseKey(s.label.en), s.key);
}
for (const [key, names] of [
  ['organic_search', ['Organic Search']],
  ['paid_search', ['Paid Search']],
  ['organic_social', ['Organic Social', 'Social Media']],
  ['paid_social', ['Paid Social']],
  ['email', ['Email', 'Email Marketing']],
  ['referral', ['Referral', 'Referrals']],
  ['direct', ['Direct', 'Direct Traffic', '(direct)', '(direct) / (none)']],
  ['partner', ['Affiliates']],
  ['other', ['Unassigned', 'Other Campaigns', '(other)']],
] as const) {
  for (const name of names) SOURCE_NAMES.set(looseKey(name), key);
}

/**
 * The source key for a channel or source name as GA4 and HubSpot write it
 * ("Organic Search" -> "organic_search", "EMAIL_MARKETING" -> "email"), the
 * kit's own keys and default English labels included; null when it is not one
 * of the known sources (see the table at the top of this file). Case- and
 * space-insensitive.
 */
export function sourceKeyFor(name: string): string | null {
  return SOURCE_NAMES.get(looseKey(name)) ?? null;
}

/** The file's header names by their compared form (the first of a repeated name wins). */
function headerIndex(table: CsvTable): Map<string, number> {
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    const key = headerKey(name);
    if (key !== '' && !index.has(key)) index.set(key, i);
  });
  return index;
}

/** The position of the first of `names` the header has, or undefined. */
function firstOf(index: Map<string, number>, names: readonly string[]): number | undefined {
  for (const name of names) {
    const i = index.get(headerKey(name));
    if (i !== undefined) return i;
  }
  return undefined;
}

const GA4_CHANNEL_COLUMNS = [
  'Session primary channel group (Default Channel Group)',
  'Session default channel group',
  'Session primary channel group',
  'First user primary channel group (Default Channel Group)',
  'First user default channel group',
  'Session source / medium',
  'Session source',
].map(headerKey);
const GA4_VISITS = ['Sessions', 'Total users', 'Users', 'Active users'];
const GA4_LEADS = ['Key events', 'Conversions'];
const GA4_REVENUE = ['Total revenue', 'Purchase revenue'];
const GA4_MONTH = ['Year month', 'Month'];
const GA4_MONTH_VALUE = ['Sessions', 'Total users', 'Active users', 'New users', 'Key events'];

function ga4TrafficAcquisition(table: CsvTable, index: Map<string, number>): Recognised | null {
  const first = table.header[0];
  if (first === undefined || !GA4_CHANNEL_COLUMNS.includes(headerKey(first))) return null;
  const columns: Record<string, string> = { source: first.trim() };
  const metrics: [string, readonly string[]][] = [
    ['visits', GA4_VISITS],
    ['leads', GA4_LEADS],
    ['revenue', GA4_REVENUE],
  ];
  for (const [field, names] of metrics) {
    const i = firstOf(index, names);
    if (i !== undefined) columns[field] = table.header[i]!.trim();
  }
  return Object.keys(columns).length > 1 ? { kind: 'ga4-traffic-acquisition', columns } : null;
}

function ga4ByMonth(table: CsvTable, index: Map<string, number>): Recognised | null {
  const period = firstOf(index, GA4_MONTH);
  const value = firstOf(index, GA4_MONTH_VALUE);
  if (period === undefined || value === undefined) return null;
  return { kind: 'ga4-by-month', columns: { period: table.header[period]!.trim(), value: table.header[value]!.trim() } };
}

const CONTACT_SOURCE = ['Original Source', 'Original Source Type', 'Original Traffic Source'];
const DEAL_SOURCE = ['Original Source Type', 'Original Source', 'Original Traffic Source'];

/** HubSpot's lifecycle stages in order (0 = Subscriber), by label and by internal value; Other counts in no stage. */
const STAGES = new Map<string, number>([
  ['subscriber', 0],
  ['lead', 1],
  ['marketingqualifiedlead', 2],
  ['salesqualifiedlead', 3],
  ['opportunity', 4],
  ['customer', 5],
  ['evangelist', 6],
  ['other', -1],
]);
const STAGE_LIST = ['Subscriber', 'Lead', 'Marketing Qualified Lead', 'Sales Qualified Lead', 'Opportunity', 'Customer', 'Evangelist', 'Other'];
const STAGE_NAMES = STAGE_LIST.join(', ');
/** «Subscriber أو Lead أو … أو Other» (Intl.ListFormat), made when a message needs it. */
const stageNamesAr = () => new Intl.ListFormat('ar', { type: 'disjunction' }).format(STAGE_LIST);

/** One source being added up: its key, its label (for a source outside the known ones) and its sums. */
interface Tally {
  source: string;
  label: string;
  counts: number[];
}

/** The tallies in order of first appearance, by source key; an empty source is "other". */
class Tallies {
  private readonly bySource = new Map<string, Tally>();

  constructor(private readonly width: number) {}

  add(name: string): Tally {
    const written = name.trim();
    const key = written === '' ? 'other' : (sourceKeyFor(written) ?? written);
    let tally = this.bySource.get(key);
    if (!tally) {
      tally = { source: key, label: sourceKeyFor(key) === null ? written : '', counts: new Array<number>(this.width).fill(0) };
      this.bySource.set(key, tally);
    }
    return tally;
  }

  all(): Tally[] {
    return [...this.bySource.values()];
  }
}

/** A sum of money as plain digits, without the noise of adding binary fractions (0.1 + 0.2). */
function plain(n: number): string {
  return String(Number(n.toPrecision(15)));
}

function hubspotContacts(table: CsvTable, index: Map<string, number>): Recognised | null {
  const stageAt = index.get(headerKey('Lifecycle Stage'));
  const sourceAt = firstOf(index, CONTACT_SOURCE);
  if (stageAt === undefined || sourceAt === undefined) return null;
  const stageColumn = table.header[stageAt]!.trim();
  const problems: Problem[] = [];
  const tallies = new Tallies(4);
  for (const { row, cells } of table.rows) {
    const written = (cells[stageAt] ?? '').trim();
    // An empty stage is a contact at no stage yet: counted in none, like a subscriber.
    const stage = written === '' ? -1 : STAGES.get(looseKey(written));
    if (stage === undefined) {
      problems.push({
        path: [],
        cell: { row, column: stageColumn },
        code: 'custom',
        en: `"${isolateBidi(written)}" is not a HubSpot lifecycle stage (${STAGE_NAMES}): this contact is not counted`,
        ar: `«${isolateBidi(written)}» ليست من مراحل دورة الحياة في HubSpot (${stageNamesAr()}): لم تُحتسب جهة الاتصال هذه`,
      });
      continue;
    }
    const tally = tallies.add(cells[sourceAt] ?? '');
    // leads: Lead or later; mqls: MQL or later; opportunities: Opportunity or later; customers: Customer or Evangelist.
    [1, 2, 4, 5].forEach((from, i) => {
      if (stage >= from) tally.counts[i]! += 1;
    });
  }
  const rows = tallies.all().map((t, i) => ({ row: i + 1, cells: [t.source, t.label, ...t.counts.map(String)] }));
  return { kind: 'hubspot-contacts', table: { header: ['source', 'label', 'leads', 'mqls', 'opportunities', 'customers'], rows }, problems };
}

/** Whether a deal stage is closed won: "Closed Won", "closedwon", or any stage whose name holds "won" but not "lost". */
export function isWonStage(stage: string): boolean {
  const s = stage.toLowerCase();
  return s.includes('won') && !s.includes('lost');
}

function hubspotDeals(table: CsvTable, index: Map<string, number>, options: RecogniseOptions): Recognised | null {
  const stageAt = index.get(headerKey('Deal Stage'));
  const sourceAt = firstOf(index, DEAL_SOURCE);
  if (stageAt === undefined || sourceAt === undefined) return null;
  const amountAt = index.get(headerKey('Amount'));
  const amountColumn = amountAt === undefined ? '' : table.header[amountAt]!.trim();
  const problems: Problem[] = [];
  // counts: opportunities, customers, revenue, won deals whose amount is known.
  const tallies = new Tallies(4);
  for (const { row, cells } of table.rows) {
    const tally = tallies.add(cells[sourceAt] ?? '');
    tally.counts[0]! += 1;
    if (!isWonStage(cells[stageAt] ?? '')) continue;
    tally.counts[1]! += 1;
    if (amountAt === undefined) continue;
    const text = (cells[amountAt] ?? '').trim();
    const amount = text === '' ? null : options.number(text);
    if (amount === null || !Number.isFinite(amount)) {
      problems.push(
        text === ''
          ? {
              path: [],
              cell: { row, column: amountColumn },
              code: 'custom',
              en: 'a won deal with no amount: its revenue is left out',
              ar: 'صفقة رابحة بلا مبلغ: لم تُحتسب إيراداتها',
            }
          : {
              path: [],
              cell: { row, column: amountColumn },
              code: 'custom',
              en: `the amount of a won deal should be a number, but is "${isolateBidi(text.slice(0, 40))}": its revenue is left out`,
              ar: `يجب أن يكون مبلغ الصفقة الرابحة رقمًا، لكنه «${isolateBidi(text.slice(0, 40))}»: لم تُحتسب إيراداتها`,
            },
      );
      continue;
    }
    tally.counts[2]! += amount;
    tally.counts[3]! += 1;
  }
  const header = ['source', 'label', 'opportunities', 'customers'];
  if (amountAt !== undefined) header.push('revenue');
  const rows = tallies.all().map((t, i) => {
    const [opportunities, customers, revenue, priced] = t.counts as [number, number, number, number];
    const cells = [t.source, t.label, String(opportunities), String(customers)];
    // Won deals none of which has an amount: revenue unknown (empty), not 0.
    if (amountAt !== undefined) cells.push(customers > 0 && priced === 0 ? '' : plain(revenue));
    return { row: i + 1, cells };
  });
  return { kind: 'hubspot-deals', table: { header, rows }, problems };
}

/**
 * Which tool's export this is, from its header row (the ones added up are
 * then added up from its rows); null when none is recognised: a plain CSV in
 * the kit's own shape is read by the generic reader.
 */
export function recogniseExport(element: CsvElement, table: CsvTable, options: RecogniseOptions): Recognised | null {
  const index = headerIndex(table);
  switch (element) {
    case 'lead-source-breakdown':
      if (index.has(headerKey('Deal Stage'))) return hubspotDeals(table, index, options);
      return ga4TrafficAcquisition(table, index) ?? hubspotContacts(table, index);
    case 'rolling-trend':
      return ga4ByMonth(table, index);
    default:
      return null;
  }
}
