import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { NumberFormatter } from '../../src/core/format.js';
import { formatPath } from '../../src/core/json-path.js';
import { describeProblem } from '../../src/internal/i18n.js';
import {
  buildSourcesModel,
  COLUMN_KEYS,
  EXTRA_COLOURS,
  cplSentence,
  KNOWN_SOURCES,
  parseSort,
  SOURCE_KEYS,
  sourcesDocumentSchema,
  sortRows,
  validateSources,
  type SourcesModel,
  type SourcesModelOptions,
} from '../../src/core/sources.js';
import sources from '../../demo/data/lead-sources.json';
import ppcSeo from '../../demo/data/lead-sources-ppc-seo.json';

function model(json: unknown, options: SourcesModelOptions = {}): SourcesModel {
  const v = validateSources(json);
  expect(v.problems, JSON.stringify(v.problems)).to.deep.equal([]);
  return buildSourcesModel(v.value!, options);
}

function paths(json: unknown): string[] {
  return validateSources(json).problems.map((p) => formatPath(p.path));
}

const contractExample = {
  sources: [
    { source: 'paid_search', label: 'Google Ads', visits: 3000, leads: 100, mqls: 30, opportunities: 6, customers: 2, spend: 10000, revenue: 60000 },
    { source: 'organic_search', leads: 50, spend: 2000 },
  ],
};

describe('lead sources: known sources', () => {
  it('has the 13 keys of the contract, each with English and Arabic labels and two distinct colours', () => {
    expect(SOURCE_KEYS).to.deep.equal([
      'organic_search', 'paid_search', 'organic_social', 'paid_social', 'email', 'referral', 'direct',
      'events', 'content', 'partner', 'customer_referral', 'abm', 'other',
    ]);
    for (const s of KNOWN_SOURCES) {
      expect(s.label.en, s.key).to.match(/^[A-Z]/);
      expect(s.label.ar, s.key).to.match(/[\u0600-\u06FF]/);
      expect(s.color.light, s.key).to.match(/^#[0-9a-f]{6}$/);
      expect(s.color.dark, s.key).to.match(/^#[0-9a-f]{6}$/);
    }
    expect(new Set(KNOWN_SOURCES.map((s) => s.color.light)).size).to.equal(13);
    expect(new Set(KNOWN_SOURCES.map((s) => s.color.dark)).size).to.equal(13);
  });
});

describe('lead sources: labels and colours', () => {
  it('gives known keys their default label in the language, and other keys extra colours distinct from the known', () => {
    const json = { sources: [{ source: 'webinars', label: 'Webinars' }, { source: 'events' }, { source: 'podcast', label: 'Podcast' }] };
    const en = model(json);
    expect(en.rows.map((r) => [r.label, r.known])).to.deep.equal([['Webinars', false], ['Events', true], ['Podcast', false]]);
    expect(en.rows.map((r) => r.color.light)).to.deep.equal([EXTRA_COLOURS[0].light, '#cf222e', EXTRA_COLOURS[1].light]);
    expect(model(json, { language: 'ar' }).rows[1]!.label).to.equal('الفعاليات');
    const knownColours = new Set(KNOWN_SOURCES.flatMap((k) => [k.color.light, k.color.dark]));
    for (const c of EXTRA_COLOURS) expect(knownColours.has(c.light) || knownColours.has(c.dark)).to.equal(false);
  });
});

describe('lead sources: computed columns', () => {
  it('computes every column of a full row by hand', () => {
    const m = model(contractExample);
    const ppc = m.rows.find((r) => r.source === 'paid_search')!;
    expect(ppc.label).to.equal('Google Ads');
    expect(ppc.share).to.be.closeTo(100 / 150, 1e-12);
    expect(ppc.cpl).to.equal(100); // 10,000 / 100
    expect(ppc.cost_per_mql).to.be.closeTo(333.3333, 1e-4); // 10,000 / 30
    expect(ppc.cost_per_opportunity).to.be.closeTo(1666.6667, 1e-4); // 10,000 / 6
    expect(ppc.cac).to.equal(5000); // 10,000 / 2
    expect(ppc.roi).to.equal(5); // (60,000 - 10,000) / 10,000
    expect(ppc.rates.lead_to_mql).to.equal(0.3); // 30 / 100
    expect(ppc.rates.mql_to_opportunity).to.be.closeTo(0.2, 1e-12); // 6 / 30
    expect(ppc.rates.opportunity_to_customer).to.be.closeTo(1 / 3, 1e-12); // 2 / 6
    expect(ppc.missing).to.deep.equal({});
  });

  it('PPC against SEO (domain.md): $100 and $40 per lead, SEO best', () => {
    const m = model(ppcSeo);
    const cpl = Object.fromEntries(m.rows.map((r) => [r.source, r.cpl]));
    expect(cpl).to.deep.equal({ paid_search: 100, organic_search: 40 });
    expect(m.bestCpl).to.equal('organic_search');
    expect(m.worstCpl).to.equal('paid_search');
    expect(cplSentence(m, 'en', new NumberFormatter('en', 'USD'))).to.equal(
      'Organic search brings leads at $40, paid search at $100',
    );
    const ar = model(ppcSeo, { language: 'ar' });
    const sentence = cplSentence(ar, 'ar', new NumberFormatter('ar', 'USD'))!;
    expect(sentence).to.contain('البحث العضوي');
    expect(sentence).to.contain('البحث المدفوع');
    expect(sentence.indexOf('البحث العضوي')).to.be.lessThan(sentence.indexOf('البحث المدفوع'));
    expect(sentence).to.contain(new NumberFormatter('ar', 'USD').money(40));
  });

  it('leaves a ratio null, with its reason, when the denominator is missing', () => {
    const m = model(contractExample);
    const seo = m.rows.find((r) => r.source === 'organic_search')!;
    expect(seo.cpl).to.equal(40);
    expect(seo.cost_per_mql).to.equal(null);
    expect(seo.missing.cost_per_mql).to.deep.equal({ reason: 'missing-input', input: 'mqls' });
    expect(seo.cac).to.equal(null);
    expect(seo.missing.cac).to.deep.equal({ reason: 'missing-input', input: 'customers' });
    expect(seo.roi).to.equal(null);
    expect(seo.missing.roi).to.deep.equal({ reason: 'missing-input', input: 'revenue' });
    expect(seo.rates).to.deep.equal({ lead_to_mql: null, mql_to_opportunity: null, opportunity_to_customer: null });
    expect(seo.missing.lead_to_mql).to.deep.equal({ reason: 'missing-input', input: 'mqls' });
  });

  it('leaves a ratio null, with its reason, when the denominator is zero', () => {
    const m = model({
      sources: [
        { source: 'events', leads: 0, mqls: 0, opportunities: 0, customers: 0, spend: 0, revenue: 500 },
        { source: 'email', leads: 10, spend: 0 },
      ],
    });
    const events = m.rows.find((r) => r.source === 'events')!;
    for (const key of ['cpl', 'cost_per_mql', 'cost_per_opportunity', 'cac', 'roi'] as const) {
      expect(events[key], key).to.equal(null);
    }
    expect(events.missing.cpl).to.deep.equal({ reason: 'zero-denominator', input: 'leads' });
    expect(events.missing.cost_per_opportunity).to.deep.equal({ reason: 'zero-denominator', input: 'opportunities' });
    expect(events.missing.roi).to.deep.equal({ reason: 'zero-denominator', input: 'spend' });
    expect(events.missing.opportunity_to_customer).to.deep.equal({ reason: 'zero-denominator', input: 'opportunities' });
    expect(events.share).to.equal(0); // 0 of 10 leads
    // Spend of zero for ten leads is a real cost per lead of 0, not a gap.
    expect(m.rows.find((r) => r.source === 'email')!.cpl).to.equal(0);
  });

  it('share is null with its reason when the total of the measure is zero', () => {
    const m = model({ sources: [{ source: 'events', leads: 0 }, { source: 'email' }] });
    expect(m.rows.find((r) => r.source === 'events')!.missing.share).to.deep.equal({ reason: 'zero-denominator', input: 'leads' });
    expect(m.rows.find((r) => r.source === 'email')!.missing.share).to.deep.equal({ reason: 'missing-input', input: 'leads' });
    expect(m.totals.share).to.equal(null);
  });

  it('share follows the measure', () => {
    const m = model(contractExample, { measure: 'spend' });
    expect(m.rows.find((r) => r.source === 'paid_search')!.share).to.be.closeTo(10000 / 12000, 1e-12);
    expect(m.ranked).to.deep.equal(['paid_search', 'organic_search']);
    const v = model(contractExample, { measure: 'visits' });
    expect(v.ranked).to.deep.equal(['paid_search']); // SEO has no visits: not charted
    expect(v.rows.find((r) => r.source === 'organic_search')!.share).to.equal(null);
  });
});

describe('lead sources: totals', () => {
  it('sums the counts and computes the ratios from the sums, not by averaging', () => {
    const t = model(contractExample).totals;
    expect(t.leads).to.equal(150);
    expect(t.spend).to.equal(12000);
    expect(t.visits).to.equal(3000);
    expect(t.cpl).to.equal(80); // 12,000 / 150 (the average of 100 and 40 would be 70)
    expect(t.cost_per_mql).to.equal(400); // 12,000 / 30
    expect(t.cac).to.equal(6000); // 12,000 / 2
    expect(t.roi).to.equal(4); // (60,000 - 12,000) / 12,000
    expect(t.rates.lead_to_mql).to.equal(0.2); // 30 / 150
    expect(t.share).to.equal(1);
  });

  it('totals the demo month', () => {
    const m = model(sources);
    expect(m.rows).to.have.length(13);
    expect(m.totals.leads).to.equal(1105);
    expect(m.totals.spend).to.equal(117900);
    expect(m.totals.cpl).to.be.closeTo(117900 / 1105, 1e-9);
    expect(m.totals.customers).to.equal(24);
    expect(m.bestCpl).to.equal('email'); // 900 / 72 = 12.50
    expect(m.worstCpl).to.equal('abm'); // 21,000 / 18 = 1,166.67
    expect(cplSentence(m, 'en', new NumberFormatter('en', 'USD'))).to.equal(
      'Email brings leads at $12.50, account-based marketing at $1,167',
    );
  });

  it('has no totals for a count nobody gave', () => {
    const t = model({ sources: [{ source: 'email', leads: 3 }] }).totals;
    expect(t.revenue).to.equal(null);
    expect(t.missing.roi).to.deep.equal({ reason: 'missing-input', input: 'revenue' });
  });
});

describe('lead sources: best and worst cost per lead', () => {
  it('is null without any cost per lead, and worst is null with only one', () => {
    const none = model({ sources: [{ source: 'direct', leads: 5 }] });
    expect(none.bestCpl).to.equal(null);
    expect(none.worstCpl).to.equal(null);
    expect(cplSentence(none, 'en', new NumberFormatter('en'))).to.equal(null);
    const one = model({ sources: [{ source: 'email', leads: 4, spend: 100 }, { source: 'direct', leads: 5 }] });
    expect(one.bestCpl).to.equal('email');
    expect(one.worstCpl).to.equal(null);
    expect(cplSentence(one, 'en', new NumberFormatter('en'))).to.equal('Email brings leads at $25');
  });

  it('keeps a custom label as written in the sentence', () => {
    const m = model({
      sources: [
        { source: 'paid_search', label: 'Google Ads', leads: 100, spend: 10000 },
        { source: 'webinars', label: 'Webinars', leads: 50, spend: 2000 },
      ],
    });
    expect(cplSentence(m, 'en', new NumberFormatter('en', 'EUR'))).to.equal('Webinars brings leads at €40, Google Ads at €100');
  });
});

describe('lead sources: sorting', () => {
  const m = model(sources);
  it('defaults to the measure, descending', () => {
    expect(m.sort).to.deep.equal({ key: 'leads', direction: 'desc' });
    expect(m.rows.slice(0, 3).map((r) => r.source)).to.deep.equal(['paid_search', 'organic_search', 'content']);
  });

  it('sorts by any column with rows without a value last, in both directions', () => {
    const asc = sortRows(m.rows, { key: 'cpl', direction: 'asc' }).map((r) => r.source);
    expect(asc.slice(0, 2)).to.deep.equal(['email', 'organic_search']);
    expect(asc.slice(-3)).to.deep.equal(['referral', 'direct', 'other']); // no spend: last, input order
    const desc = sortRows(m.rows, { key: 'cpl', direction: 'desc' }).map((r) => r.source);
    expect(desc[0]).to.equal('abm');
    expect(desc.slice(-3)).to.deep.equal(['referral', 'direct', 'other']);
    const rate = sortRows(m.rows, { key: 'opportunity_to_customer', direction: 'desc' }).map((r) => r.source);
    expect(rate[0]).to.equal('customer_referral'); // 4 / 8
    expect(rate[rate.length - 1]).to.equal('other'); // 0 opportunities: null
    const byName = sortRows(m.rows, { key: 'source', direction: 'asc' }).map((r) => r.label);
    expect(byName[0]).to.equal('Account-based marketing');
  });

  it('every column key sorts without throwing', () => {
    for (const key of COLUMN_KEYS) {
      expect(sortRows(m.rows, { key, direction: 'asc' }), key).to.have.length(13);
    }
  });

  it('parses the sort attribute', () => {
    expect(parseSort('cpl')).to.deep.equal({ key: 'cpl', direction: 'desc' });
    expect(parseSort('cpl:asc')).to.deep.equal({ key: 'cpl', direction: 'asc' });
    expect(parseSort(' ROI desc ')).to.deep.equal({ key: 'roi', direction: 'desc' });
    expect(parseSort('source')).to.deep.equal({ key: 'source', direction: 'asc' });
    expect(parseSort('nonsense')).to.equal(null);
    expect(parseSort('')).to.equal(null);
    expect(parseSort(null)).to.equal(null);
  });

  it('the model honours the sort option', () => {
    const bySpend = model(sources, { sort: { key: 'spend', direction: 'asc' } });
    expect(bySpend.rows[0]!.source).to.equal('email');
  });
});

describe('lead sources: validation', () => {
  it('accepts the fixtures', () => {
    expect(validateSources(sources).problems).to.deep.equal([]);
    expect(validateSources(ppcSeo).problems).to.deep.equal([]);
  });

  it('reports a negative count as an error naming the field, and leaves the row out', () => {
    const v = validateSources({ sources: [{ source: 'email', leads: -5, spend: 100 }, { source: 'direct', leads: 3 }] });
    expect(v.problems.map((p) => formatPath(p.path))).to.deep.equal(['sources[0].leads']);
    const p = v.problems[0]!;
    // Worded for the locale: the number in the Arabic through Intl.
    expect(p.code).to.equal('worded');
    expect(describeProblem(p, 'en')).to.contain('leads cannot be negative (-5)');
    for (const locale of ['ar', 'ar-EG']) {
      expect(describeProblem(p, locale)).to.equal(`لا يمكن أن تكون قيمة العملاء المحتملين سالبة (${new Intl.NumberFormat(locale).format(-5)})`);
    }
    expect(v.value!.sources.map((s) => s.item.source)).to.deep.equal(['direct']);
  });

  it('names each bad field with its path', () => {
    expect(paths({ sources: [{ source: 'email', spend: -1, revenue: -2 }] })).to.deep.equal(['sources[0].spend', 'sources[0].revenue']);
    expect(paths({ sources: [{ source: 'email', leads: 'ten' }] })).to.deep.equal(['sources[0].leads']);
    expect(paths({ sources: [{ leads: 10 }] })).to.deep.equal(['sources[0].source']);
    expect(paths({ sources: [{ source: '' }] })).to.deep.equal(['sources[0].source']);
    expect(paths({ sources: ['email'] })).to.deep.equal(['sources[0]']);
  });

  it('needs a label for a key that is not known', () => {
    const v = validateSources({ sources: [{ source: 'webinars', leads: 4 }, { source: 'podcast', label: 'Podcast', leads: 2 }] });
    expect(v.problems.map((p) => formatPath(p.path))).to.deep.equal(['sources[0].label']);
    expect(v.value!.sources.map((s) => s.item.source)).to.deep.equal(['podcast']);
  });

  it('reports a repeated source key', () => {
    const v = validateSources({ sources: [{ source: 'email', leads: 1 }, { source: 'email', leads: 2 }] });
    expect(v.problems).to.have.length(1);
    expect(formatPath(v.problems[0]!.path)).to.equal('sources[1].source');
    expect(v.problems[0]!.code).to.equal('duplicate');
    expect(v.value!.sources).to.have.length(1);
  });

  it('rejects a document without a sources list', () => {
    expect(validateSources({}).value).to.equal(null);
    expect(paths({})).to.deep.equal(['sources']);
    expect(paths({ sources: 'all' })).to.deep.equal(['sources']);
    expect(paths([])).to.deep.equal(['']);
    expect(paths({ title: 4, sources: [] })).to.deep.equal(['title']);
  });

  it('has a JSON Schema of the document with non-negative counts', () => {
    const schema = z.toJSONSchema(sourcesDocumentSchema, { io: 'input' }) as unknown as {
      properties: { sources: { items: { properties: Record<string, unknown>; required: string[] } } };
    };
    const row = schema.properties.sources.items;
    expect(row.required).to.deep.equal(['source']);
    expect(JSON.stringify(row.properties.leads)).to.contain('"minimum":0');
  });

  it('accepts null counts as missing', () => {
    const m = model({ sources: [{ source: 'email', leads: null, spend: 10 }] });
    expect(m.rows[0]!.leads).to.equal(null);
    expect(m.rows[0]!.missing.cpl).to.deep.equal({ reason: 'missing-input', input: 'leads' });
  });

  it('produces a JSON-serialisable model with no NaN or Infinity', () => {
    const m = model({ sources: [{ source: 'events', leads: 0, spend: 0, mqls: 0, revenue: 0, opportunities: 0, customers: 0 }] });
    const text = JSON.stringify(m);
    expect(text).not.to.match(/NaN|Infinity/);
    expect(JSON.parse(text)).to.deep.equal(m);
  });
});
