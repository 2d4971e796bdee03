/**
 * Issue 16: CSV read into each element's document (csv-read.ts, csv-shapes.ts, csv-exports.ts).
 * Every problem is asserted as the user reads it: `row N, column "X"` and its message.
 * The expected numbers of the exports are counted by hand from the fixtures in demo/data/.
 */
import { expect } from '@open-wc/testing';
import { detectDelimiter, MAX_CSV_CHARS, splitCsv } from '../../src/core/csv-read.js';
import { readCsvDocument, type CsvReadOptions } from '../../src/core/csv-shapes.js';
import { sourceKeyFor } from '../../src/core/csv-exports.js';
import { DATA_SCHEMAS } from '../../src/core/schemas.js';
import { toKitError } from '../../src/internal/i18n.js';

type Element = 'kpi-scorecard' | 'funnel-planner' | 'rolling-trend' | 'lead-source-breakdown';

function read(element: Element, text: string, options: Partial<CsvReadOptions> = {}) {
  const doc = readCsvDocument(element, text, { locale: 'en', ...options });
  const messages = doc.problems.map((p) => toKitError(p, options.locale ?? 'en'));
  return { value: doc.value as Record<string, unknown> | null, messages, said: messages.map((m) => (m.path ? `${m.path}: ${m.message}` : m.message)) };
}

function valid(element: Element, value: unknown): boolean {
  return (DATA_SCHEMAS[element] as { safeParse(v: unknown): { success: boolean } }).safeParse(value).success;
}

const fixture = async (name: string) => (await fetch(`/demo/data/${name}`)).text();
const sources = (v: Record<string, unknown> | null) => v!.sources as Record<string, unknown>[];
const bySource = (v: Record<string, unknown> | null, key: string) => sources(v).find((s) => s.source === key);

describe('CSV: splitting a file', () => {
  it('finds the delimiter: comma, semicolon, tab or bar', () => {
    expect(detectDelimiter('a,b,c\n1,2,3')).to.equal(',');
    expect(detectDelimiter('a;b;c\n"1,5";2;3')).to.equal(';');
    expect(detectDelimiter('a\tb\n1\t2')).to.equal('\t');
    expect(detectDelimiter('a|b\n1|2')).to.equal('|');
    expect(detectDelimiter('just one column\nand another line')).to.equal(null);
  });

  it('drops a byte-order mark, reads CRLF and quoted cells with delimiters, quotes and line breaks', () => {
    const { table, problems } = splitCsv('\uFEFFsource,label\r\nemail,"News, ""weekly""\r\nedition"\r\n', () => true);
    expect(problems).to.deep.equal([]);
    expect(table!.header).to.deep.equal(['source', 'label']);
    expect(table!.rows).to.deep.equal([{ row: 1, cells: ['email', 'News, "weekly"\r\nedition'] }]);
  });

  it('skips comment and title lines above the header, and empty trailing columns', () => {
    const { table } = splitCsv('# Report\nMy title,,\n,,\nsource,leads,,\nemail,5,,\n', (cells) => cells.includes('source'));
    expect(table!.header).to.deep.equal(['source', 'leads']);
    expect(table!.rows).to.deep.equal([{ row: 1, cells: ['email', '5'] }]);
  });

  it('keeps a data row whose label starts with "#" ("# of demos"); drops a "#" line that fills no other cell', () => {
    const { table } = splitCsv('source,leads\n# of demos,12\n# exported from a sheet\nemail,5\n', (cells) => cells.includes('source'));
    expect(table!.rows).to.deep.equal([
      { row: 1, cells: ['# of demos', '12'] },
      { row: 3, cells: ['email', '5'] },
    ]);
  });

  it('refuses a 20 MB file without reading it, with its size and the limit', () => {
    const text = `source,leads\n${'email,1\n'.repeat(Math.ceil(20_000_000 / 8))}`;
    expect(text.length).to.be.greaterThan(MAX_CSV_CHARS);
    const { value, said } = read('lead-source-breakdown', text);
    expect(value).to.equal(null);
    expect(said).to.deep.equal(['is a CSV of 20 MB; the most read is 10 MB: export fewer rows or a shorter period']);
  });

  it('says so when the answer is an HTML page, an empty file or a single column', () => {
    expect(read('rolling-trend', '<!doctype html><html><head><title>Sign in</title></head></html>').said[0]).to.contain('is a web page (HTML), not CSV');
    expect(read('rolling-trend', '  \n').said).to.deep.equal(['is an empty CSV file']);
    expect(read('rolling-trend', 'period value\n2026-01 4\n').said[0]).to.contain('has a single column: separate the columns with commas, semicolons or tabs');
  });

  it('says when a quote is never closed', () => {
    const { said } = read('lead-source-breakdown', 'source,label,leads\nemail,"Newsletter,5\npaid_search,Ads,7\n');
    expect(said.some((s) => s.includes('has a quote (") that is never closed'))).to.equal(true);
  });
});

describe('CSV: problems at their cells', () => {
  it('a ragged row is left out with its row named; the others are read', () => {
    const { value, said } = read('lead-source-breakdown', 'source,leads\nemail,5\npaid_search,7,3\norganic_search,9\n');
    expect(sources(value).map((s) => s.source)).to.deep.equal(['email', 'organic_search']);
    expect(said).to.deep.equal(['row 2: has 3 cells where the header has 2: check the delimiter, or a missing quote; the row is left out']);
  });

  it('an unreadable number names its cell, and hints at the decimal mark', () => {
    const { value, said } = read('lead-source-breakdown', 'source,Leads,spend\nemail,n/a,900\npaid_search,7,"1,5"\n');
    expect(said).to.deep.equal([
      'row 1, column "Leads": "n/a" is not a number',
      'row 2, column "spend": "1,5" is not a number with "." as the decimal mark: for this file, set decimal=","',
    ]);
    expect(bySource(value, 'email')!.spend).to.equal(900);
  });

  it('an unreadable period names its cell', () => {
    const { said } = read('rolling-trend', 'period,value\n2026-10,4\nsometime,5\n');
    expect(said[0]).to.equal('row 2, column "period": "sometime" is not a period: write 2026-11, 2026-W48, 2026-Q4 or a date');
  });

  it('a missing key column is named, with the columns found and the columns attribute', () => {
    const { value, said } = read('lead-source-breakdown', 'Channel,Leads\nEmail,5\n');
    expect(value).to.equal(null);
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('"source"');
    expect(said[0]).to.contain('"Channel"');
    expect(said[0]).to.contain('columns');
  });

  it('says it in Arabic, with the same cell', () => {
    const ar = read('lead-source-breakdown', 'source,leads\nemail,n/a\n', { locale: 'ar' }).messages;
    expect(ar[0]!.path).to.equal('row 1, column "leads"');
    expect(ar[0]!.message).to.contain('ليس رقمًا');
    const ragged = read('lead-source-breakdown', 'source,leads\nemail,5,6\n', { locale: 'ar' }).messages;
    expect(ragged[0]!.message).to.contain('تحقّق من الفاصل');
  });
});

describe('CSV: cells as a spreadsheet writes them', () => {
  it('reads grouped numbers, currency signs, percentages and Arabic-Indic digits', () => {
    const { value, said } = read('kpi-scorecard', 'label,actual,target\nRevenue,"$318,000","$333,333"\nWin rate,27.5%,30%\nالزوار,٤٬٢٠٠,٥٠٠٠\n');
    expect(said).to.deep.equal([]);
    const metrics = value!.metrics as Record<string, unknown>[];
    expect(metrics.map((m) => [m.actual, m.target])).to.deep.equal([[318000, 333333], [0.275, 0.3], [4200, 5000]]);
  });

  it('reads a decimal comma with semicolons (decimal="," or a locale that writes it)', () => {
    const text = 'id;rate;volume\nvisits;;10000\nleads;1,5%;\n';
    for (const options of [{ decimal: ',' as const }, { locale: 'de-DE' }]) {
      const { value, said } = read('funnel-planner', text, options);
      expect(said).to.deep.equal([]);
      expect((value!.stages as Record<string, unknown>[])[1]!.rate).to.equal(0.015);
    }
  });

  it('turns the usual date forms into period labels: months when every date is a 1st, else ISO weeks', () => {
    const months = read('rolling-trend', 'period,value\n202611,1\nNov 2025,2\n2026-10-01,3\n01/09/2026,4\n', { locale: 'en-GB' }).value!;
    expect((months.points as { period: string }[]).map((p) => p.period)).to.deep.equal(['2026-11', '2025-11', '2026-10', '2026-09']);
    const weeks = read('rolling-trend', 'period,value\n2026-11-03,1\n20261110,2\n', { locale: 'en' }).value!;
    expect((weeks.points as { period: string }[]).map((p) => p.period)).to.deep.equal(['2026-W45', '2026-W46']);
  });

  it('skips totals rows, and maps other headers with columns', () => {
    const { value, said } = read('lead-source-breakdown', 'Channel,Sessions,Leads\nEmail,100,5\nTotal,100,5\n', {
      columns: { source: 'Channel', visits: 'Sessions' },
    });
    expect(said).to.deep.equal([]);
    expect(sources(value)).to.deep.equal([{ source: 'email', visits: 100, leads: 5 }]);
  });

  it('maps the channel names of GA4 and HubSpot to the kit\'s source keys', () => {
    expect(['Organic Search', 'Paid Social', 'Email Marketing', 'Direct Traffic', 'Referrals', '(direct) / (none)', 'Unassigned', 'Affiliates'].map(sourceKeyFor))
      .to.deep.equal(['organic_search', 'paid_social', 'email', 'direct', 'referral', 'direct', 'other', 'partner']);
    expect(sourceKeyFor('Display')).to.equal(null);
    expect(sourceKeyFor('Offline Sources')).to.equal(null);
  });
});

describe('CSV: the exports of real tools, as they are', () => {
  it('GA4 traffic acquisition: a channel per row, sessions as visits, key events as leads, the total skipped', async () => {
    const { value, said } = read('lead-source-breakdown', await fixture('ga4-traffic-acquisition.csv'));
    expect(said).to.deep.equal([]);
    expect(valid('lead-source-breakdown', value)).to.equal(true);
    expect(sources(value)).to.have.length(9);
    expect(bySource(value, 'organic_search')).to.deep.equal({ source: 'organic_search', visits: 18412, leads: 184 });
    expect(bySource(value, 'other')).to.deep.equal({ source: 'other', visits: 412, leads: 0 });
    expect(bySource(value, 'Display')).to.deep.equal({ source: 'Display', label: 'Display', visits: 1288, leads: 4 });
  });

  it('GA4 by year month: a month per row, Sessions as the value', async () => {
    const { value, said } = read('rolling-trend', await fixture('ga4-sessions-by-month.csv'));
    expect(said).to.deep.equal([]);
    expect(valid('rolling-trend', value)).to.equal(true);
    const points = value!.points as { period: string; value: number }[];
    expect(points).to.have.length(13);
    expect(points[0]).to.deep.equal({ period: '2025-11', value: 41250 });
    expect(points.at(-1)).to.deep.equal({ period: '2026-11', value: 49977 });
  });

  it('HubSpot contacts: counted by original source, each stage and every later one', async () => {
    const { value, said } = read('lead-source-breakdown', await fixture('hubspot-contacts.csv'));
    expect(said).to.deep.equal([]);
    expect(valid('lead-source-breakdown', value)).to.equal(true);
    // Organic Search: Subscriber, Lead x2, MQL x2, SQL, Opportunity, Customer.
    expect(bySource(value, 'organic_search')).to.deep.equal({ source: 'organic_search', leads: 7, mqls: 5, opportunities: 2, customers: 1 });
    // Paid Search: Lead x3, MQL x2, Opportunity, Customer x2.
    expect(bySource(value, 'paid_search')).to.deep.equal({ source: 'paid_search', leads: 8, mqls: 5, opportunities: 3, customers: 2 });
    // Offline Sources (not a known source): Lead x2, MQL, Opportunity, Evangelist.
    expect(bySource(value, 'Offline Sources')).to.deep.equal({ source: 'Offline Sources', label: 'Offline Sources', leads: 5, mqls: 3, opportunities: 2, customers: 1 });
    expect(sources(value).reduce((n, s) => n + (s.leads as number), 0)).to.equal(35); // 40 contacts, 5 of them subscribers
  });

  it('HubSpot deals: every deal an opportunity, the won ones customers, their amounts revenue', async () => {
    const { value, said } = read('lead-source-breakdown', await fixture('hubspot-deals.csv'));
    expect(said).to.deep.equal(['row 14, column "Amount": a won deal with no amount: its revenue is left out']);
    expect(valid('lead-source-breakdown', value)).to.equal(true);
    expect(bySource(value, 'organic_search')).to.deep.equal({ source: 'organic_search', opportunities: 5, customers: 2, revenue: 59500.5 });
    expect(bySource(value, 'Offline Sources')).to.deep.equal({ source: 'Offline Sources', label: 'Offline Sources', opportunities: 3, customers: 2, revenue: 19000 });
  });

  it('a Google Sheet published as CSV: title and blank rows, formatted cells, a Total row, unused columns', async () => {
    const { value, said } = read('kpi-scorecard', await fixture('google-sheet-scorecard.csv'), { columns: { label: 'Metric' } });
    expect(said).to.deep.equal([]);
    expect(valid('kpi-scorecard', value)).to.equal(true);
    const metrics = value!.metrics as Record<string, unknown>[];
    expect(metrics).to.have.length(6);
    expect(metrics[2]).to.deep.equal({ label: 'New revenue', cadence: 'monthly', unit: 'currency', owner: 'Lina', actual: 318000, target: 333333 });
    expect(metrics[3]!.actual).to.equal(0.275);
  });

  it('the samples in the kit\'s own shapes read without a problem and validate', async () => {
    for (const [name, element] of [
      ['scorecard-weekly.csv', 'kpi-scorecard'], ['scorecard-weekly.ar.csv', 'kpi-scorecard'], ['funnel-plan.csv', 'funnel-planner'],
      ['trend-mqls.csv', 'rolling-trend'], ['lead-sources.csv', 'lead-source-breakdown'],
    ] as const) {
      const { value, said } = read(element, await fixture(name));
      expect(said, name).to.deep.equal([]);
      expect(valid(element, value), name).to.equal(true);
    }
  });
});

describe('CSV: header and field names that are JavaScript names', () => {
  it('a header inputs.__proto__.x sets a field of that name, never a property of every object', () => {
    const { value } = read('kpi-scorecard', 'id,metric,inputs.spend,inputs.leads,inputs.__proto__.polluted\ncpl,cpl,4800,100,1\n');
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect('polluted' in Object.prototype).to.equal(false);
    const metric = (value!.metrics as Record<string, unknown>[])[0]!;
    const inputs = metric.inputs as Record<string, unknown>;
    expect(Object.keys(inputs)).to.deep.equal(['spend', 'leads', '__proto__']);
    expect(Object.getPrototypeOf(inputs)).to.equal(Object.prototype);
  });

  it('a funnel stage called __proto__ keeps its actual', () => {
    const { value } = read('funnel-planner', 'id,rate,actual\n__proto__,,500\nleads,0.1,40\n');
    const actuals = value!.actuals as Record<string, unknown>;
    expect(Object.keys(actuals)).to.deep.equal(['__proto__', 'leads']);
    expect(Object.getOwnPropertyDescriptor(actuals, '__proto__')?.value).to.equal(500);
  });
});
