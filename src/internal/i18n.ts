/**
 * Interface strings in English and Arabic, chosen by locale. Plurals go
 * through Intl.PluralRules (Arabic has six forms). No DOM here.
 */
import type { MissingReason, Status } from '../core/types.js';
import { isolateBidi, type Problem, type ValueKind } from '../core/validation.js';
import { formatPath } from '../core/json-path.js';
import { formatCell } from '../core/csv-table.js';

export type Language = 'en' | 'ar';

export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const pluralRules = new Map<string, Intl.PluralRules>();
/** Picks the plural form for n in the locale and fills in `{n}`. */
export function plural(locale: string, n: number, forms: PluralForms, shown: string = String(n)): string {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace('{n}', shown);
}

const en = {
  status: { 'on-track': 'On track', 'at-risk': 'At risk', 'off-track': 'Off track', none: 'Not rated' } satisfies Record<Status, string>,
  groups: {
    marketing: 'Marketing', sales: 'Sales', service: 'Customer service',
    leading: 'Leading indicators', lagging: 'Lagging indicators', other: 'Other',
  } as Record<string, string>,
  cadence: { weekly: 'Weekly', monthly: 'Monthly', quarterly: 'Quarterly' } as Record<string, string>,
  indicator: { leading: 'Leading', lagging: 'Lagging' } as Record<string, string>,
  actual: 'Actual',
  target: 'Target',
  csv: { metric: 'Metric', group: 'Group', indicator: 'Indicator', cadence: 'Cadence', pacedTarget: 'Target by now', status: 'Status', ofTarget: '% of target' },
  exportCsv: 'Download CSV',
  exportPng: 'Download PNG',
  pacedTarget: (paced: string, pct: string) => `${paced} by now (${pct} of the period)`,
  owner: 'Owner',
  ofTarget: (pct: string) => `${pct} of target`,
  lowerIsBetter: 'Lower is better',
  trend: 'Trend',
  loading: 'Loading data…',
  empty: 'No data yet.',
  emptyCadence: (cadence: string) => `No ${cadence.toLowerCase()} metrics in this scorecard.`,
  summary: 'Summary',
  toDiscuss: (n: number, locale: string) =>
    plural(locale, n, { one: '1 item to discuss', other: '{n} items to discuss' }),
  toDiscussHint: 'Off-track metrics: identify, discuss, solve.',
  allOnTrack: 'Nothing off track: keep working the plan.',
  problemsHeading: (n: number, locale: string) =>
    plural(locale, n, { one: 'One problem with the data', other: '{n} problems with the data' }),
  keptLastGood: 'Showing the last data that could be used.',
  wholeDocument: 'the data',
  missing: {
    'zero-denominator': (input?: string) => `cannot be computed: ${input ?? 'the denominator'} is 0`,
    'missing-input': (input?: string) => `cannot be computed: ${input ?? 'an input'} is missing`,
    'no-actual': () => 'no actual yet',
    'no-target': () => 'no target set',
    'out-of-range': () => 'cannot be computed: the result is out of range',
    'invalid-input': (input?: string) => `cannot be computed: ${input ?? 'an input'} is not valid`,
  } satisfies Record<MissingReason, (input?: string) => string>,
  kinds: {
    missing: 'nothing', null: 'null', text: 'text', number: 'a number', boolean: 'true/false',
    list: 'a list', object: 'an object', 'not-a-number': 'not a finite number',
  } satisfies Record<ValueKind, string>,
  expected: { number: 'a number', string: 'text', boolean: 'true or false', array: 'a list', object: 'an object', record: 'an object', valid: 'a valid value', 'number|object': 'a number or a range such as { "min": 40, "max": 60 }' } as Record<string, string>,
  problem: {
    invalidJson: (detail: string, line?: number, column?: number) =>
      `is not valid JSON${line ? ` (line ${line}, column ${column})` : ''}: ${detail}`,
    required: 'is required',
    wrongType: (expected: string, got: string, value?: string) =>
      `should be ${expected}, but is ${got}${value !== undefined ? ` ("${value}")` : ''}`,
    tooSmall: (min: string, inclusive: boolean) => `must be ${inclusive ? 'at least' : 'more than'} ${min}`,
    tooBig: (max: string, inclusive: boolean) => `must be ${inclusive ? 'at most' : 'less than'} ${max}`,
    notOneOf: (allowed: string, value?: string) =>
      `${value !== undefined ? `"${value}" ` : ''}is not one of: ${allowed}`,
    duplicate: (value: string) => `repeats "${value}", which is already used`,
    emptyText: 'must not be empty',
    tooLarge: (what: string, limit: string, actual: string) => `has ${actual} ${what}; the most this element shows is ${limit}`,
    tooLong: (max: string) => `is longer than ${max} characters`,
    fetch: {
      http: (url: string, status?: number) => `could not be loaded from ${url}: the server answered ${status ?? '?'}`,
      timeout: (url: string, _status?: number, within = '10 seconds') => `could not be loaded from ${url}: no answer within ${within}`,
      network: (url: string) => `could not be loaded from ${url}: the network request failed (offline, the server refused, or a server of another origin that does not allow this page to read it)`,
      'not-json': (url: string) => `loaded from ${url} is not JSON`,
      credentials: (url: string) => `could not be loaded from ${url}: its address holds a user name or password, which browsers refuse to send; remove them from src`,
      blocked: (url: string) => `could not be loaded from ${url}: the page's Content-Security-Policy (connect-src) does not allow this address`,
      'too-large': (url: string, _status?: number, limit = '10 MB') => `could not be loaded from ${url}: the answer is larger than ${limit}, the most read; serve a smaller file`,
    },
  },
};

export type Strings = typeof en;

const ar: Strings = {
  status: { 'on-track': 'على المسار', 'at-risk': 'معرّض للخطر', 'off-track': 'خارج المسار', none: 'غير مُقيَّم' },
  groups: {
    marketing: 'التسويق', sales: 'المبيعات', service: 'خدمة العملاء',
    leading: 'المؤشرات الاستباقية', lagging: 'المؤشرات اللاحقة', other: 'أخرى',
  },
  cadence: { weekly: 'أسبوعي', monthly: 'شهري', quarterly: 'ربع سنوي' },
  indicator: { leading: 'استباقي', lagging: 'لاحق' },
  actual: 'الفعلي',
  target: 'الهدف',
  csv: { metric: 'المؤشر', group: 'المجموعة', indicator: 'نوع المؤشر', cadence: 'الدورية', pacedTarget: 'الهدف حتى الآن', status: 'الحالة', ofTarget: 'نسبة تحقيق الهدف' },
  exportCsv: 'تنزيل CSV',
  exportPng: 'تنزيل PNG',
  pacedTarget: (paced, pct) => `${paced} حتى الآن (${pct} من الفترة)`,
  owner: 'المسؤول',
  ofTarget: (pct) => `${pct} من الهدف`,
  lowerIsBetter: 'الأقل أفضل',
  trend: 'الاتجاه',
  loading: 'جارٍ تحميل البيانات…',
  empty: 'لا توجد بيانات بعد.',
  emptyCadence: (cadence) => `لا توجد مؤشرات (${cadence}) في بطاقة الأداء هذه.`,
  summary: 'الملخص',
  toDiscuss: (n, locale) =>
    plural(locale, n, {
      zero: 'لا بنود للنقاش',
      one: 'بند واحد للنقاش',
      two: 'بندان للنقاش',
      few: '{n} بنود للنقاش',
      many: '{n} بندًا للنقاش',
      other: '{n} بند للنقاش',
    }, new Intl.NumberFormat(locale).format(n)),
  toDiscussHint: 'المؤشرات خارج المسار: حدِّد، ناقش، احلّ.',
  allOnTrack: 'لا شيء خارج المسار: واصلوا تنفيذ الخطة.',
  problemsHeading: (n, locale) =>
    plural(locale, n, {
      zero: 'لا مشكلات في البيانات',
      one: 'مشكلة واحدة في البيانات',
      two: 'مشكلتان في البيانات',
      few: '{n} مشكلات في البيانات',
      many: '{n} مشكلة في البيانات',
      other: '{n} مشكلة في البيانات',
    }, new Intl.NumberFormat(locale).format(n)),
  keptLastGood: 'تُعرض آخر بيانات صالحة.',
  wholeDocument: 'البيانات',
  missing: {
    'zero-denominator': (input) => `لا يمكن حسابه: ${input ?? 'المقام'} يساوي صفرًا`,
    'missing-input': (input) => `لا يمكن حسابه: ${input ?? 'أحد المدخلات'} غير موجود`,
    'no-actual': () => 'لا توجد قيمة فعلية بعد',
    'no-target': () => 'لم يُحدَّد هدف',
    'out-of-range': () => 'لا يمكن حسابه: النتيجة خارج النطاق',
    'invalid-input': (input) => `لا يمكن حسابه: ${input ?? 'أحد المدخلات'} غير صالح`,
  },
  kinds: {
    missing: 'لا شيء', null: 'فارغ (null)', text: 'نص', number: 'رقم', boolean: 'صح/خطأ',
    list: 'قائمة', object: 'كائن', 'not-a-number': 'ليس رقمًا منتهيًا',
  },
  expected: { number: 'رقمًا', string: 'نصًا', boolean: 'صح أو خطأ', array: 'قائمة', object: 'كائنًا', record: 'كائنًا', valid: 'قيمة صالحة', 'number|object': 'رقمًا أو نطاقًا مثل { "min": 40, "max": 60 }' },
  problem: {
    invalidJson: (detail, line, column) =>
      `ليس JSON صالحًا${line ? ` (السطر ${line}، العمود ${column})` : ''}: ${detail}`,
    required: 'مطلوب',
    wrongType: (expected, got, value) => `يجب أن يكون ${expected}، لكنه ${got}${value !== undefined ? ` («${value}»)` : ''}`,
    tooSmall: (min, inclusive) => `يجب أن يكون ${inclusive ? 'على الأقل' : 'أكبر من'} ${min}`,
    tooBig: (max, inclusive) => `يجب أن يكون ${inclusive ? 'على الأكثر' : 'أصغر من'} ${max}`,
    notOneOf: (allowed, value) => `${value !== undefined ? `«${value}» ` : ''}ليس من القيم المسموح بها: ${allowed}`,
    duplicate: (value) => `يكرر «${value}» المستخدم من قبل`,
    emptyText: 'يجب ألا يكون فارغًا',
    tooLarge: (what, limit, actual) => `يحتوي ${actual} (${what})؛ الحد الأقصى ${limit}`,
    tooLong: (max) => `أطول من ${max} حرفًا`,
    fetch: {
      http: (url, status) => `تعذر تحميلها من ${url}: أجاب الخادم ${status ?? '?'}`,
      timeout: (url, _status, within = '10 ثوانٍ') => `تعذر تحميلها من ${url}: لا رد خلال ${within}`,
      network: (url) => `تعذر تحميلها من ${url}: فشل طلب الشبكة (لا اتصال، أو رفض الخادم، أو خادم من أصل آخر لا يسمح لهذه الصفحة بقراءته)`,
      'not-json': (url) => `المحمّلة من ${url} ليست JSON`,
      credentials: (url) => `تعذر تحميلها من ${url}: العنوان يتضمن اسم مستخدم أو كلمة مرور، والمتصفحات ترفض إرسالهما؛ احذفهما من src`,
      blocked: (url) => `تعذر تحميلها من ${url}: سياسة أمان المحتوى للصفحة (connect-src) لا تسمح بهذا العنوان`,
      'too-large': (url, _status, limit = '10 ميغابايت') => `تعذر تحميلها من ${url}: الرد أكبر من ${limit}، وهو الحد الأقصى للقراءة؛ قدّم ملفًا أصغر`,
    },
  },
};

const STRINGS: Record<Language, Strings> = { en, ar };

export function stringsFor(locale: string): Strings {
  return STRINGS[languageOf(locale)];
}

/** A word from a fixed table by a key that may come from the data: own keys only (`constructor` is not a word). */
export function lookup(table: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Text from the data quoted inside a message, bidi-isolated (defined with the problems, used by core and elements). */
export { isolateBidi };

/** A problem in plain words, in the locale's language (without its path). */
export function describeProblem(p: Problem, locale: string): string {
  const lang = languageOf(locale);
  const s = STRINGS[lang];
  const num = (n: number) => new Intl.NumberFormat(locale).format(n);
  switch (p.code) {
    case 'invalid-json': return s.problem.invalidJson(isolateBidi(p.detail), p.line, p.column);
    case 'required': return s.problem.required;
    case 'wrong-type': return s.problem.wrongType(lookup(s.expected, p.expected) ?? p.expected, s.kinds[p.got], isolateBidi(p.value));
    case 'too-small': return s.problem.tooSmall(num(p.minimum), p.inclusive);
    case 'too-big': return s.problem.tooBig(num(p.maximum), p.inclusive);
    case 'not-one-of': return s.problem.notOneOf(p.allowed.join(', '), isolateBidi(p.value));
    case 'duplicate': return s.problem.duplicate(isolateBidi(p.value));
    case 'empty-text': return s.problem.emptyText;
    case 'too-large': return s.problem.tooLarge(p.what, num(p.limit), num(p.actual));
    case 'too-long': return s.problem.tooLong(num(p.maximum));
    case 'custom': return p[lang];
    case 'worded': return p.say(locale, lang);
    case 'fetch-failed':
      if (p.reason === 'timeout' && p.seconds !== undefined) {
        const n = num(p.seconds);
        const within = lang === 'ar'
          ? plural(locale, p.seconds, { zero: '{n} ثانية', one: 'ثانية واحدة', two: 'ثانيتين', few: '{n} ثوانٍ', many: '{n} ثانية', other: '{n} ثانية' }, n)
          : plural(locale, p.seconds, { one: '{n} second', other: '{n} seconds' }, n);
        return s.problem.fetch.timeout(isolateBidi(p.url), p.status, within);
      }
      if (p.reason === 'too-large' && p.bytes !== undefined) {
        const mega = p.bytes >= 1_000_000;
        const size = new Intl.NumberFormat(locale, { style: 'unit', unit: mega ? 'megabyte' : 'kilobyte', maximumFractionDigits: 1 })
          .format(p.bytes / (mega ? 1_000_000 : 1_000));
        return s.problem.fetch['too-large'](isolateBidi(p.url), p.status, size);
      }
      return s.problem.fetch[p.reason](isolateBidi(p.url), p.status);
  }
}

/** A problem as the public `errors` property reports it. */
export function toKitError(p: Problem, locale: string): { path: string; message: string } {
  return { path: p.cell ? formatCell(p.cell) : formatPath(p.path), message: describeProblem(p, locale) };
}
