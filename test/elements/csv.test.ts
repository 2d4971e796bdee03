/**
 * CSV in, CSV out (the contract, every element): data from a `<script type="text/csv">` or a
 * `src` answered with CSV, problems reported at their cells, the `columns` and `decimal`
 * attributes, Arabic, and `toCSV()` / the download button writing plain numbers.
 * What is asserted is what a reader sees (the shadow DOM) or a program reads (`result`,
 * `errors`, `toCSV()`).
 */
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import weekly from '../../demo/data/scorecard-weekly.json';
import weeklyAr from '../../demo/data/scorecard-weekly.ar.json';
import plan from '../../demo/data/funnel-plan.json';
import mqls from '../../demo/data/trend-mqls.json';
import sources from '../../demo/data/lead-sources.json';
import '../../src/index.js';

interface Kit extends HTMLElement {
  data?: unknown;
  src: string | null;
  readonly result: unknown;
  readonly errors: { path: string; message: string }[];
  readonly updateComplete: Promise<boolean>;
  toCSV(options?: { display?: boolean }): string | null;
}
interface SourcesResult {
  rows: { source: string; label: string; leads: number | null; spend: number | null; visits: number | null }[];
}

const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;
/** Everything the shadow root shows, spaces collapsed. */
const shown = (el: Element) => (el.shadowRoot!.textContent ?? '').replace(/\s+/g, ' ').trim();
const panel = (el: Element) => el.shadowRoot!.querySelector('[part="errors"]');
const sourceButtons = (el: Element) => Array.from(el.shadowRoot!.querySelectorAll('[part="source"]')).map((b) => b.textContent!.trim());

let made: Element[] = [];
afterEach(() => {
  for (const el of made) el.remove();
  made = [];
});

function element(tag: string, attributes: Record<string, string> = {}): Kit {
  const el = document.createElement(tag) as Kit;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  made.push(el);
  return el;
}

/** An element fed CSV text by a child `<script type="text/csv">`, once it has read it. */
async function withCsv(tag: string, csv: string, attributes: Record<string, string> = {}): Promise<Kit> {
  const el = element(tag, attributes);
  const script = document.createElement('script');
  script.type = 'text/csv';
  script.textContent = csv;
  el.append(script);
  document.body.append(el);
  await el.updateComplete;
  await waitUntil(() => el.result !== null || el.errors.length > 0, `<${tag}> did not read its CSV`);
  return el;
}

async function withJson(tag: string, data: unknown, attributes: Record<string, string> = {}): Promise<Kit> {
  const el = element(tag, attributes);
  el.data = data;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

async function withSrc(tag: string, src: string, attributes: Record<string, string> = {}): Promise<Kit> {
  const el = element(tag, { ...attributes, src });
  document.body.append(el);
  await waitUntil(() => el.result !== null || el.errors.length > 0, `<${tag} src="${src}"> did not load`);
  await el.updateComplete;
  return el;
}

const csvText = async (file: string) => (await fetch(file)).text();
/** The test server's text endpoint: any body, with the content type asked for. */
const served = (body: string, type: string, path = '/__test__/text') => `${path}?type=${encodeURIComponent(type)}&body=${encodeURIComponent(body)}`;

describe('CSV data: the demo samples', () => {
  const samples = [
    { tag: 'kpi-scorecard', json: weekly, csv: '/demo/data/scorecard-weekly.csv', locale: 'en', number: '4,200' },
    { tag: 'kpi-scorecard', json: weeklyAr, csv: '/demo/data/scorecard-weekly.ar.csv', locale: 'ar', number: '4,200' },
    { tag: 'funnel-planner', json: plan, csv: '/demo/data/funnel-plan.csv', locale: 'en', number: '5,200' },
    { tag: 'rolling-trend', json: mqls, csv: '/demo/data/trend-mqls.csv', locale: 'en', number: '144' },
    { tag: 'lead-source-breakdown', json: sources, csv: '/demo/data/lead-sources.csv', locale: 'en', number: '18,400' },
  ];
  for (const s of samples) {
    it(`<${s.tag} locale="${s.locale}"> reads ${s.csv} as a <script type="text/csv"> and shows what its JSON original shows`, async () => {
      const fromJson = await withJson(s.tag, s.json, { locale: s.locale });
      const fromCsv = await withCsv(s.tag, await csvText(s.csv), { locale: s.locale });
      expect(fromCsv.errors).to.deep.equal([]);
      expect(plain(fromCsv.result)).to.deep.equal(plain(fromJson.result));
      expect(shown(fromCsv)).to.contain(s.number);
      expect(shown(fromCsv)).to.equal(shown(fromJson));
    });
  }
});

describe('CSV data: src', () => {
  it('fetches a URL path ending .csv (the dev server serves demo/data/*.csv)', async () => {
    const fromJson = await withJson('lead-source-breakdown', sources);
    const el = await withSrc('lead-source-breakdown', '/demo/data/lead-sources.csv');
    expect(el.errors).to.deep.equal([]);
    expect(plain(el.result)).to.deep.equal(plain(fromJson.result));
    expect(sourceButtons(el)).to.include('Google Ads');
  });

  for (const type of ['text/csv; charset=utf-8', 'application/csv']) {
    it(`reads an answer of type ${type} from a path that does not end .csv`, async () => {
      const el = await withSrc('rolling-trend', served('period,value\n2026-09,153\n2026-10,144\n', type), { locale: 'en' });
      expect(el.errors).to.deep.equal([]);
      expect((el.result as { latest: unknown }).latest).to.deep.equal({ period: '2026-10', value: 144 });
      expect(el.shadowRoot!.querySelector('[part="value"]')!.textContent).to.equal('144');
    });
  }

  it('reports an HTML page answered for a .csv address, in plain words', async () => {
    const el = await withSrc('lead-source-breakdown', served('<!doctype html><html><body>Sign in</body></html>', 'text/html', '/__test__/text/leads.csv'));
    expect(el.result).to.equal(null);
    expect(el.errors).to.have.length(1);
    expect(el.errors[0]!.message).to.match(/^is a web page \(HTML\), not CSV/);
    expect(panel(el)!.textContent).to.contain('is a web page (HTML), not CSV');
  });
});

describe('CSV data: problems at their cells', () => {
  it('a bad number: errors and the panel name its cell, kpi-error fires, the valid rows are still drawn', async () => {
    const el = element('lead-source-breakdown', { locale: 'en' });
    const event = oneEvent(el, 'kpi-error');
    const script = document.createElement('script');
    script.type = 'text/csv';
    script.textContent = 'source,leads,visits\nemail,12,100\ndirect,n/a,50\nreferral,7,30\n';
    el.append(script);
    document.body.append(el);
    const { detail } = await event;
    await el.updateComplete;
    const expected = [{ path: 'row 2, column "leads"', message: '"n/a" is not a number' }];
    expect(detail.errors).to.deep.equal(expected);
    expect(el.errors).to.deep.equal(expected);
    const items = Array.from(panel(el)!.querySelectorAll('li')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal(['row 2, column "leads" "n/a" is not a number']);
    expect(panel(el)!.getAttribute('role')).to.equal('alert');
    const rows = (el.result as SourcesResult).rows;
    expect(rows.find((r) => r.source === 'email')!.leads).to.equal(12);
    expect(rows.find((r) => r.source === 'referral')!.leads).to.equal(7);
    expect(sourceButtons(el)).to.include.members(['Email', 'Referral sites']);
  });

  it('a missing required column: a clear problem naming it and the columns found, nothing thrown', async () => {
    const uncaught: unknown[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      const el = await withCsv('lead-source-breakdown', 'channel,leads\nemail,3\n');
      expect(el.result).to.equal(null);
      expect(el.errors).to.have.length(1);
      expect(el.errors[0]!.path).to.equal('');
      expect(el.errors[0]!.message).to.match(/^has no column "source": the columns found are "channel", "leads"/);
      expect(panel(el)!.textContent).to.contain('has no column "source"');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(uncaught).to.deep.equal([]);
  });

  it('after good data, a bad CSV keeps the last good data visible and says so (as for JSON)', async () => {
    const el = await withCsv('lead-source-breakdown', 'source,leads\nemail,12\ndirect,5\n', { locale: 'en' });
    const good = plain(el.result);
    expect(sourceButtons(el)).to.include.members(['Email', 'Direct']);
    const event = oneEvent(el, 'kpi-error');
    el.querySelector('script')!.textContent = 'channel,leads\nemail,3\n';
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.errors[0].message).to.contain('has no column "source"');
    expect(plain(el.result)).to.deep.equal(good);
    expect(sourceButtons(el)).to.include.members(['Email', 'Direct']);
    expect(panel(el)!.textContent).to.contain('Showing the last data that could be used');
    // Good CSV again: the problems go.
    el.querySelector('script')!.textContent = 'source,leads\nemail,40\n';
    await waitUntil(() => el.errors.length === 0, 'the good CSV was not read');
    await el.updateComplete;
    expect(panel(el)).to.equal(null);
    expect((el.result as SourcesResult).rows.map((r) => [r.source, r.leads])).to.deep.equal([['email', 40]]);
  });
});

describe('CSV data: the decimal and columns attributes', () => {
  const file = 'Channel;Leads;Spend\nemail;3,5;1.200,50\ndirect;2;10\n';

  it('decimal="," and columns map the file; changing either reads it again', async () => {
    const el = await withCsv('lead-source-breakdown', file, { locale: 'en', decimal: ',', columns: '{"source":"Channel","leads":"Leads","spend":"Spend"}' });
    expect(el.errors).to.deep.equal([]);
    const email = () => (el.result as SourcesResult).rows.find((r) => r.source === 'email')!;
    expect(email().leads).to.equal(3.5);
    expect(email().spend).to.equal(1200.5);

    el.setAttribute('decimal', '.');
    await el.updateComplete;
    expect(el.errors.map((e) => e.path)).to.deep.equal(['row 1, column "Leads"', 'row 1, column "Spend"']);
    expect(el.errors[0]!.message).to.equal('"3,5" is not a number with "." as the decimal mark: for this file, set decimal=","');

    el.setAttribute('decimal', ',');
    el.setAttribute('columns', '{"source":"Channel","leads":"Spend"}');
    await el.updateComplete;
    expect(el.errors).to.deep.equal([]);
    expect(email().leads).to.equal(1200.5);
  });

  it('without decimal, a decimal-comma locale reads its own mark', async () => {
    const el = await withCsv('lead-source-breakdown', 'source;leads\nemail;3,5\n', { locale: 'de-DE' });
    expect(el.errors).to.deep.equal([]);
    expect((el.result as SourcesResult).rows[0]!.leads).to.equal(3.5);
  });

  it('an invalid columns attribute gives its documented problem', async () => {
    const el = await withCsv('lead-source-breakdown', 'source,leads\nemail,3\n', { columns: '{"source":' });
    expect(el.errors).to.deep.equal([{
      path: '',
      message: 'has a columns attribute that is not a JSON object of field names to header names, such as {"source":"Channel","visits":"Sessions"}: it is ignored',
    }]);
    // Ignored: the file's own header names still read.
    expect((el.result as SourcesResult).rows[0]!.leads).to.equal(3);
    expect(panel(el)!.textContent).to.contain('has a columns attribute');
  });

  it('a columns entry naming a header the file does not have says so', async () => {
    const el = await withCsv('lead-source-breakdown', 'source,leads\nemail,3\n', { columns: '{"visits":"Sessions"}' });
    expect(el.errors).to.have.length(1);
    expect(el.errors[0]!.path).to.equal('column "Sessions"');
    expect(el.errors[0]!.message).to.contain('is not a column of this file');
  });
});

describe('CSV data: Arabic', () => {
  it('<lead-source-breakdown locale="ar-EG"> reads Arabic-Indic digits and words its problems in Arabic, at the cell', async () => {
    const el = await withCsv('lead-source-breakdown', 'source,leads,spend\nemail,٣٤,١٬٢٠٠\ndirect,غير متاح,50\n', { locale: 'ar-EG' });
    const rows = (el.result as SourcesResult).rows;
    expect(rows.find((r) => r.source === 'email')).to.deep.include({ leads: 34, spend: 1200 });
    expect(el.errors).to.deep.equal([{ path: 'row 2, column "leads"', message: '«غير متاح» ليس رقمًا' }]);
    const text = panel(el)!.textContent!;
    expect(text).to.contain('مشكلة واحدة في البيانات');
    // `errors[].path` is the same cell in every language; the panel says it in Arabic, in words and digits
    expect(text).to.contain('الصف ٢، العمود «leads»');
    expect(text).not.to.contain('row 2');
    expect(panel(el)!.querySelector('code.error-path'), 'a cell is not code').to.equal(null);
    expect(text).to.contain('«غير متاح» ليس رقمًا');
    expect(sourceButtons(el)).to.include('البريد الإلكتروني');
  });

  it('<kpi-scorecard locale="ar"> says a missing column in Arabic', async () => {
    const el = await withCsv('kpi-scorecard', 'name,actual\nزوار,٤٢٠٠\n', { locale: 'ar' });
    expect(el.errors).to.have.length(1);
    expect(el.errors[0]!.message).to.match(/^لا تحتوي على عمود «id» أو «metric» أو «label»: الأعمدة الموجودة هي «name» و«actual»\./);
  });
});

describe('toCSV() and the download', () => {
  const BIDI_OR_LOCAL = /[\u200E\u200F\u061C\u066B\u066C\u0660-\u0669\u00A0\u202F$€]|US\$/;

  for (const locale of ['ar-EG', 'de-DE']) {
    it(`writes plain numbers with the unit in the header, even for locale="${locale}"`, async () => {
      const el = await withJson('lead-source-breakdown', sources, { locale });
      const csv = el.toCSV()!;
      const lines = csv.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]!.split(',').slice(0, 11)).to.deep.equal(['source', 'label', 'visits', 'leads', 'mqls', 'opportunities', 'customers', 'spend (USD)', 'revenue (USD)', 'title', 'period']);
      expect(lines[2]!.startsWith('paid_search,Google Ads,9200,230,58,12,3,23000,81000,,,')).to.equal(true);
      expect(BIDI_OR_LOCAL.exec(csv)).to.equal(null);
      expect(csv).not.to.contain(';');
      // The computed columns, plain too: 0.2081447963800905, not 20.8 %.
      expect(lines[0]).to.contain('result.share');
      expect(lines[2]).to.match(/,0\.208\d+,/);
    });
  }

  it('names the currency of money columns: currency="EUR" gives spend (EUR)', async () => {
    const el = await withJson('lead-source-breakdown', sources, { currency: 'EUR' });
    expect(el.toCSV()!.split('\r\n')[0]).to.contain('spend (EUR),revenue (EUR)');
  });

  it('toCSV({ display: true }) is the table as shown, formatted in the locale', async () => {
    const de = await withJson('lead-source-breakdown', sources, { locale: 'de-DE' });
    const display = de.toCSV({ display: true })!;
    expect(display).to.contain('Google Ads;9.200;230');
    expect(display).to.match(/;23\.000\s\$;/);
    const ar = await withJson('lead-source-breakdown', sources, { locale: 'ar-EG' });
    expect(ar.toCSV({ display: true })).to.contain('٢٣٬٠٠٠');
    expect(ar.toCSV()).not.to.contain('٢٣٬٠٠٠');
  });

  it('the export button downloads the plain CSV (what toCSV() returns)', async () => {
    const el = await withJson('lead-source-breakdown', sources, { locale: 'de-DE', exportable: '' });
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="export-button"]')!;
    let blob: Blob | null = null;
    let download = '';
    const { createObjectURL } = URL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:captured';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      download = this.download;
    };
    try {
      button.click();
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(download).to.equal('lead-source-breakdown.csv');
    expect(blob).to.not.equal(null);
    expect(blob!.type).to.equal('text/csv;charset=utf-8');
    // Blob.text() decodes UTF-8 and drops the byte-order mark.
    const text = await blob!.text();
    expect(text).to.equal(el.toCSV()!.replace(/^\uFEFF/, ''));
    expect(text).to.contain('23000');
    expect(text).not.to.contain('23.000');
  });

  it('guards a formula in the data and reads it back as the original text', async () => {
    const label = '=HYPERLINK("http://evil.example","click")';
    const el = await withJson('lead-source-breakdown', { sources: [{ source: 'email', label, leads: 3 }] });
    const csv = el.toCSV()!;
    expect(csv.split('\r\n')[1]!.startsWith(`email,"'=HYPERLINK(""http://evil.example"",""click"")",3,`)).to.equal(true);
    const back = await withCsv('lead-source-breakdown', csv);
    expect(back.errors).to.deep.equal([]);
    expect((back.result as SourcesResult).rows[0]!.label).to.equal(label);
    expect(sourceButtons(back)[0]).to.contain(label);
  });
});
