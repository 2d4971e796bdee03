/**
 * The strings table: for every Arabic wording fixed in review, the exact text the real
 * function gives for one input, in `ar` (Latin digits) and, where digits matter, `ar-EG`
 * (Arabic-Indic digits). Counted nouns follow Intl.PluralRules `ar` (six forms).
 */
import { expect } from '@open-wc/testing';
import { arabicGenitive, catalogueEntry } from '../../src/core/catalogue.js';
import { arabicCount, arabicOrdinal, NumberFormatter } from '../../src/core/format.js';
import { validateFunnel } from '../../src/core/funnel.js';
import { buildScorecardModel, validateScorecard, type ScorecardMetric } from '../../src/core/scorecard.js';
import { SOURCE_KEYS, validateSources } from '../../src/core/sources.js';
import { headlineSentence } from '../../src/core/trend.js';
import { parseJsonText, type Problem } from '../../src/core/validation.js';
import { describeProblem, stringsFor } from '../../src/internal/i18n.js';
import { gapText, missingText, periodHeading, streakText, wordsFor } from '../../src/kpi-scorecard/words.js';
import { periodName } from '../../src/rolling-trend/strings.js';

const say = (p: Problem, locale = 'ar') => describeProblem(p, locale);

/** One metric of a real scorecard model, with the fields a test sets. */
function scorecardMetric(input: Record<string, unknown>, extra: Partial<ScorecardMetric> = {}): ScorecardMetric {
  const v = validateScorecard({ metrics: [{ id: 'm', label: 'M', ...input }] }, { locale: 'ar' });
  expect(v.problems, JSON.stringify(v.problems)).to.deep.equal([]);
  return { ...buildScorecardModel(v.value!, { language: 'ar' }).metrics[0]!, ...extra };
}

describe('Arabic strings: the table', () => {
  it('asks the team to identify, discuss and solve, in the plural', () => {
    expect(wordsFor('ar').discussHint['off-track']).to.equal('المؤشرات خارج المسار، الأسوأ أولًا: حدِّدوها وناقشوها وحُلّوها.');
    expect(wordsFor('ar').discussHint['at-risk']).to.equal('المؤشرات خارج المسار والمعرَّضة للخطر، الأسوأ أولًا: حدِّدوها وناقشوها وحُلّوها.');
    expect(stringsFor('ar').toDiscussHint).to.equal('المؤشرات خارج المسار: حدِّدوها وناقشوها وحُلّوها.');
  });

  it('counts a too-large list with an Arabic noun that agrees with the number', () => {
    const tooLarge = (what: string, actual: number, limit: number): Problem => ({ path: [what], code: 'too-large', what, actual, limit });
    expect(say(tooLarge('metrics', 1001, 1000))).to.equal('يحتوي على 1,001 مؤشر؛ الحد الأقصى 1,000');
    expect(say(tooLarge('metrics', 1001, 1000), 'ar-EG')).to.equal('يحتوي على ١٬٠٠١ مؤشر؛ الحد الأقصى ١٬٠٠٠');
    expect(say(tooLarge('metrics', 11, 10))).to.equal('يحتوي على 11 مؤشرًا؛ الحد الأقصى 10');
    expect(say(tooLarge('metrics', 3, 2))).to.equal('يحتوي على 3 مؤشرات؛ الحد الأقصى 2');
    expect(say(tooLarge('stages', 21, 20))).to.equal('يحتوي على 21 مرحلة؛ الحد الأقصى 20');
    expect(say(tooLarge('points', 100_001, 100_000))).to.equal('يحتوي على 100,001 نقطة؛ الحد الأقصى 100,000');
    expect(say(tooLarge('sources', 2, 1))).to.equal('يحتوي على مصدرين؛ الحد الأقصى 1');
    expect(say(tooLarge('items', 1001, 1000))).to.equal('يحتوي على 1,001 عنصر؛ الحد الأقصى 1,000');
    // The English keeps its own words.
    expect(describeProblem(tooLarge('metrics', 1001, 1000), 'en')).to.equal('has 1,001 metrics; the most this element shows is 1,000');
  });

  it('says a text is longer than its limit with the noun in the form the number takes', () => {
    const tooLong = (maximum: number): Problem => ({ path: ['title'], code: 'too-long', maximum });
    expect(say(tooLong(500))).to.equal('أطول من 500 حرف');
    expect(say(tooLong(500), 'ar-EG')).to.equal('أطول من ٥٠٠ حرف');
    expect(say(tooLong(10))).to.equal('أطول من 10 أحرف');
    expect(say(tooLong(2))).to.equal('أطول من حرفين');
    expect(say(tooLong(40))).to.equal('أطول من 40 حرفًا');
  });

  it('describes a JSON syntax error in Arabic, with line and column through Intl', () => {
    const trailingComma = parseJsonText('{"a": 1,}').problems[0]!;
    expect(say(trailingComma)).to.equal('ليست بصيغة JSON صالحة (السطر 1، العمود 9): يُتوقع هنا اسم حقل بين علامتَي اقتباس مزدوجتين ("): ربما توجد فاصلة زائدة قبل قوس الإغلاق');
    expect(say(trailingComma, 'ar-EG')).to.equal('ليست بصيغة JSON صالحة (السطر ١، العمود ٩): يُتوقع هنا اسم حقل بين علامتَي اقتباس مزدوجتين ("): ربما توجد فاصلة زائدة قبل قوس الإغلاق');
    const missingComma: Problem = {
      path: [], code: 'invalid-json', line: 1, column: 26,
      detail: "Expected ',' or '}' after property value in JSON at position 25 (line 1 column 26)",
    };
    expect(say(missingComma)).to.equal('ليست بصيغة JSON صالحة (السطر 1، العمود 26): تنقص فاصلة (,) أو قوس إغلاق (}) بعد قيمة الحقل');
    expect(say(missingComma, 'ar-EG')).to.equal('ليست بصيغة JSON صالحة (السطر ١، العمود ٢٦): تنقص فاصلة (,) أو قوس إغلاق (}) بعد قيمة الحقل');
    expect(say(parseJsonText('{"a": 1').problems[0]!)).to.match(/^ليست بصيغة JSON صالحة \(السطر 1، العمود 8\): تنقص فاصلة \(,\) أو قوس إغلاق \(}\)/);
    expect(say(parseJsonText('').problems[0]!)).to.equal('ليست بصيغة JSON صالحة (السطر 1، العمود 1): انتهت البيانات قبل أن تكتمل: قوس أو علامة اقتباس لم يُغلق');
    expect(say(parseJsonText('[1] x').problems[0]!)).to.equal('ليست بصيغة JSON صالحة (السطر 1، العمود 5): يوجد نص زائد بعد نهاية البيانات');
    // V8 quotes the data after its words: the data cannot choose the description.
    expect(say({ path: [], code: 'invalid-json', detail: 'Unexpected token \'}\', "{"end of input": tru}" is not valid JSON', line: 1, column: 23 }))
      .to.equal('ليست بصيغة JSON صالحة (السطر 1، العمود 23): رمز غير متوقع: «}»');
    // No English from the browser in the Arabic, whatever the browser said.
    expect(say({ path: [], code: 'invalid-json', detail: 'Something nobody expected' })).to.equal('ليست بصيغة JSON صالحة: خطأ في الصياغة');
    // The English keeps the browser's words, the numbers through Intl.
    expect(describeProblem(missingComma, 'en')).to.equal("is not valid JSON (line 1, column 26): Expected ',' or '}' after property value in JSON at position 25 (line 1 column 26)");
  });

  it('names the cadence of an empty scorecard in the feminine plural', () => {
    const s = stringsFor('ar');
    expect(s.emptyCadence(s.cadence.quarterly!)).to.equal('لا توجد مؤشرات ربع سنوية في بطاقة الأداء هذه.');
    expect(s.emptyCadence(s.cadence.weekly!)).to.equal('لا توجد مؤشرات أسبوعية في بطاقة الأداء هذه.');
    expect(s.emptyCadence(s.cadence.monthly!)).to.equal('لا توجد مؤشرات شهرية في بطاقة الأداء هذه.');
    expect(wordsFor('ar').gridCaption(s.cadence.monthly!, 'أكتوبر 2026', 'ديسمبر 2026')).to.equal('المؤشرات الشهرية، من أكتوبر 2026 إلى ديسمبر 2026');
    expect(wordsFor('ar').gridCaptionOne(s.cadence.quarterly!, 'الربع الرابع 2026')).to.equal('المؤشرات الربع سنوية، الربع الرابع 2026');
    expect(wordsFor('ar').gridCaptionOne(s.groups.other!, '#1')).to.equal('المؤشرات الأخرى، #1');
  });

  it('calls leading and lagging indicators رائد and متأخر', () => {
    const s = stringsFor('ar');
    expect(s.indicator).to.deep.equal({ leading: 'رائد', lagging: 'متأخر' });
    expect(s.groups.leading).to.equal('المؤشرات الرائدة');
    expect(s.groups.lagging).to.equal('المؤشرات المتأخرة');
  });

  it('keeps the acronyms marketers use, and CAC is the cost of acquiring a customer', () => {
    expect(catalogueEntry('cpl')!.terms.leads!.ar).to.equal('العملاء المحتملون');
    expect(catalogueEntry('cost_per_mql')!.terms.mqls!.ar).to.equal('العملاء المؤهلون تسويقيًا (MQL)');
    expect(catalogueEntry('cost_per_sql')!.terms.sqls!.ar).to.equal('العملاء المؤهلون للمبيعات (SQL)');
    expect(catalogueEntry('cost_per_mql')!.label.ar).to.equal('تكلفة العميل المؤهل تسويقيًا (MQL)');
    expect(catalogueEntry('cost_per_sql')!.label.ar).to.equal('تكلفة العميل المؤهل للمبيعات (SQL)');
    expect(catalogueEntry('cac')!.label.ar).to.equal('تكلفة اكتساب العميل (CAC)');
    expect(catalogueEntry('cltv')!.label.ar).to.equal('القيمة الدائمة للعميل (CLTV)');
    expect(catalogueEntry('ltv_cac')!.label.ar).to.equal('نسبة القيمة الدائمة للعميل إلى تكلفة اكتساب العميل (LTV:CAC)');
  });

  it('names quarters by their ordinal', () => {
    expect(periodHeading('2026-Q3', 'ar').name).to.equal('الربع الثالث 2026');
    expect(periodHeading('2026-Q3', 'ar-EG').name).to.equal('الربع الثالث ٢٠٢٦');
    expect(periodName('2026-Q3', 'ar')).to.equal('الربع الثالث 2026');
    expect(periodName('2026-Q3', 'ar-EG')).to.equal('الربع الثالث ٢٠٢٦');
    expect(['2026-Q1', '2026-Q2', '2026-Q4'].map((q) => periodName(q, 'ar'))).to.deep.equal(['الربع الأول 2026', 'الربع الثاني 2026', 'الربع الرابع 2026']);
    expect(periodHeading('2026-W49', 'ar').name).to.equal('الأسبوع 49');
    expect(periodName('2026-Q3', 'en')).to.equal('Q3 2026');
  });

  it('counts Arabic nouns in all six plural forms, and writes ordinals', () => {
    const forms = { one: 'صف واحد', two: 'صفين', few: '{n} صفوف', many: '{n} صفًا', other: '{n} صف' };
    expect([1, 2, 3, 10, 11, 99, 100, 101, 103, 111].map((n) => arabicCount('ar', n, forms))).to.deep.equal(
      ['صف واحد', 'صفين', '3 صفوف', '10 صفوف', '11 صفًا', '99 صفًا', '100 صف', '101 صف', '103 صفوف', '111 صفًا'],
    );
    expect(arabicCount('ar-EG', 12_000, forms)).to.equal('١٢٬٠٠٠ صف');
    expect([1, 2, 3, 10, 11, 12, 19].map((n) => arabicOrdinal(n, 'ar'))).to.deep.equal(
      ['الأول', 'الثاني', 'الثالث', 'العاشر', 'الحادي عشر', 'الثاني عشر', 'التاسع عشر'],
    );
    expect(arabicOrdinal(25, 'ar')).to.equal('الـ25');
    expect(arabicOrdinal(25, 'ar-EG')).to.equal('الـ٢٥');
    expect(arabicGenitive('العملاء المحتملون')).to.equal('العملاء المحتملين');
    expect(arabicGenitive('المستخدمون العائدون')).to.equal('المستخدمين العائدين');
    expect(arabicGenitive('العملاء المؤهلون تسويقيًا (MQL)')).to.equal('العملاء المؤهلين تسويقيًا (MQL)');
    expect(arabicGenitive('الاجتماعات المحجوزة')).to.equal('الاجتماعات المحجوزة');
  });

  it('lists with Intl.ListFormat, never with an English comma', () => {
    const notOneOf: Problem = { path: ['cadence'], code: 'not-one-of', allowed: ['weekly', 'monthly', 'quarterly'], value: 'daily' };
    expect(say(notOneOf)).to.equal('«daily» ليس من القيم المسموح بها: weekly أو monthly أو quarterly');
    const unknown = validateSources({ sources: [{ source: 'tv', leads: 3 }] }).problems[0]!;
    expect(say(unknown)).to.equal(`مطلوب: «tv» ليس من المصادر المعروفة (${new Intl.ListFormat('ar', { type: 'disjunction' }).format(SOURCE_KEYS)})`);
    expect(say(unknown)).to.not.contain(', ');
    const funnel = validateFunnel({ goal: { revenue: 100000, period: 'month' }, averageDealSize: 1000, stages: [{ id: 'leads' }, { id: 'sqls', rate: 0.2 }, { id: 'won', rate: 0.3 }], actuals: { mqls: 4 } });
    expect(funnel.problems.map((p) => say(p))).to.deep.equal(['لا يطابق أي مرحلة؛ معرّفات المراحل: leads وsqls وwon']);
  });

  it('joins لـ to the noun: «للشهر», never «لـالشهر»', () => {
    const latest = { period: '2026-11', value: 100 };
    expect(headlineSentence({ granularity: 'month', latest, streak: 0, mom: 0, yoy: null, locale: 'ar' }))
      .to.equal('مساوٍ للشهر السابق؛ لا توجد قيمة للشهر نفسه من العام الماضي للمقارنة.');
    expect(headlineSentence({ granularity: 'week', latest: { period: '2026-W48', value: 1 }, streak: 0, mom: 0.1, yoy: 0, locale: 'ar' }))
      .to.equal(`أعلى بنسبة ${new Intl.NumberFormat('ar', { style: 'percent' }).format(0.1)} من الأسبوع السابق، وهو مساوٍ للأسبوع نفسه من العام الماضي.`);
    expect(headlineSentence({ granularity: 'month', latest, streak: 1, mom: 0, yoy: 0, locale: 'ar' })).to.not.contain('لـال');
  });

  it('counts a run by its latest period, as an ordinal: «تراجع للشهر الثالث على التوالي»', () => {
    const run = (granularity: 'month' | 'week' | 'quarter', streak: number, locale = 'ar') =>
      headlineSentence({ granularity, latest: { period: granularity === 'month' ? '2026-11' : granularity === 'week' ? '2026-W48' : '2026-Q4', value: 1 }, streak, mom: null, yoy: null, locale });
    const noYear = { month: 'للشهر نفسه', week: 'للأسبوع نفسه', quarter: 'للربع نفسه' };
    expect(run('month', -3)).to.equal(`تراجع للشهر الثالث على التوالي؛ لا توجد قيمة ${noYear.month} من العام الماضي للمقارنة.`);
    expect(run('week', -3)).to.equal(`تراجع للأسبوع الثالث على التوالي؛ لا توجد قيمة ${noYear.week} من العام الماضي للمقارنة.`);
    expect(run('quarter', -3)).to.equal(`تراجع للربع الثالث على التوالي؛ لا توجد قيمة ${noYear.quarter} من العام الماضي للمقارنة.`);
    expect(run('month', 3)).to.match(/^ارتفع للشهر الثالث على التوالي؛/);
    expect(run('month', 2)).to.match(/^ارتفع للشهر الثاني على التوالي؛/);
    expect(run('week', 25, 'ar-EG')).to.match(/^ارتفع للأسبوع الـ٢٥ على التوالي؛/);
    // The scorecard says its streaks the same way.
    const m = scorecardMetric({ cadence: 'monthly', actual: 10, target: 20 });
    expect(streakText({ ...m, streak: -3 }, 'ar')).to.equal('تراجع للشهر الثالث على التوالي');
    expect(streakText({ ...m, streak: 3 }, 'ar')).to.equal('ارتفع للشهر الثالث على التوالي');
    expect(streakText({ ...m, streak: -3, shownCadence: 'weekly' }, 'ar')).to.equal('تراجع للأسبوع الثالث على التوالي');
    expect(streakText({ ...m, streak: 4, shownCadence: 'quarterly' }, 'ar')).to.equal('ارتفع للربع الرابع على التوالي');
    expect(streakText({ ...m, streak: -3 }, 'en')).to.equal('down 3 months in a row');
  });

  it('names the latest period by its name, not its label', () => {
    const empty = (locale: string) => headlineSentence({ granularity: 'month', latest: { period: '2026-11', value: null }, streak: 0, mom: null, yoy: null, locale });
    expect(empty('ar')).to.equal('لا توجد قيمة بعد لآخر فترة (نوفمبر 2026).');
    expect(empty('ar-EG')).to.equal('لا توجد قيمة بعد لآخر فترة (نوفمبر ٢٠٢٦).');
    expect(headlineSentence({ granularity: 'quarter', latest: { period: '2026-Q3', value: null }, streak: 0, mom: null, yoy: null, locale: 'ar' }))
      .to.equal('لا توجد قيمة بعد لآخر فترة (الربع الثالث 2026).');
  });

  it('formats the numbers in its own sentences through Intl', () => {
    expect(say({ path: ['x'], code: 'too-small', minimum: 0, inclusive: true }, 'ar-EG')).to.equal('يجب ألا يقل عن ٠');
    expect(say({ path: ['x'], code: 'too-big', maximum: 100, inclusive: true }, 'ar-EG')).to.equal('يجب ألا يزيد على ١٠٠');
    expect(say({ path: ['x'], code: 'too-small', minimum: 0, inclusive: false })).to.equal('يجب أن يكون أكبر من 0');
    // A rate written as a percentage: 20 is above 100 %; 0.2 is what the JSON holds, so it stays as written.
    const rate = validateFunnel({ goal: { revenue: 100000, period: 'month' }, averageDealSize: 1000, stages: [{ id: 'leads' }, { id: 'won', rate: 20 }] }).problems[0]!;
    const pct = (locale: string, r: number) => new Intl.NumberFormat(locale, { style: 'percent' }).format(r);
    expect(say(rate, 'ar-EG')).to.equal(`يساوي ٢٠، أي أكثر من ${pct('ar-EG', 1)}: المعدل نسبة من المرحلة السابقة، فاكتب 0.2 لتعني ${pct('ar-EG', 0.2)}`);
    const day = validateScorecard({ asOf: '2026-02-30', metrics: [{ id: 'm', label: 'M', actual: 1 }] }).problems[0]!;
    expect(say(day, 'ar-EG')).to.equal('«2026-02-30» ليس يومًا في التقويم: فبراير ٢٠٢٦ فيه ٢٨ يومًا');
  });

  it('words what cannot be computed around «قيمة», the input in the genitive', () => {
    const s = stringsFor('ar');
    const m = scorecardMetric({ metric: 'cpl', cadence: 'monthly', inputs: { spend: 500, leads: 0 } });
    expect(missingText('zero-denominator', 'leads', m, 'ar', s.missing)).to.equal('تعذّر الحساب: قيمة العملاء المحتملين صفر');
    expect(missingText('missing-input', 'spend', m, 'ar', s.missing)).to.equal('تعذّر الحساب: قيمة الإنفاق غير موجودة');
    expect(s.missing['zero-denominator']()).to.equal('تعذّر الحساب: المقام صفر');
    expect(missingText('zero-denominator', 'leads', m, 'en', stringsFor('en').missing)).to.equal('cannot be computed: leads is 0');
  });

  it('counts percentage points with the noun that agrees', () => {
    const ar = new NumberFormatter('ar');
    const m = scorecardMetric({ unit: 'percent', actual: 0.2, target: 0.25 });
    expect(gapText(m, ar)).to.equal(`ينقصه 5 نقاط مئوية ليبلغ ${ar.percent(0.25)}`);
    expect(gapText({ ...m, shortfall: 0.02 }, ar)).to.equal(`ينقصه نقطتان مئويتان ليبلغ ${ar.percent(0.25)}`);
    expect(gapText({ ...m, shortfall: 0.12 }, ar)).to.equal(`ينقصه 12 نقطة مئوية ليبلغ ${ar.percent(0.25)}`);
  });
});
