/**
 * Interface strings in English and Arabic, chosen by locale. Plurals go
 * through Intl.PluralRules (Arabic has six forms). No DOM here.
 */
import type { MissingReason, Status } from '../core/types.js';
import { isolateBidi, type Problem, type ValueKind } from '../core/validation.js';
import { formatPath } from '../core/json-path.js';
import { formatCell } from '../core/csv-table.js';
import { arabicCount, plural, type ArabicForms } from '../core/format.js';

export type Language = 'en' | 'ar';

export function languageOf(locale: string): Language {
  return locale.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

/** Picks the plural form for n in the locale and fills in `{n}` (format.ts: core and elements alike). */
export { plural };

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
    invalidJson: (detail: string, line?: string, column?: string) =>
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
    tooLarge: (what: string, limit: string, actual: string, _n: number, _locale: string) => `has ${actual} ${what}; the most this element shows is ${limit}`,
    tooLong: (max: string, _n: number, _locale: string) => `is longer than ${max} characters`,
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
  status: { 'on-track': 'على المسار', 'at-risk': 'معرَّض للخطر', 'off-track': 'خارج المسار', none: 'غير مُقيَّم' },
  groups: {
    marketing: 'التسويق', sales: 'المبيعات', service: 'خدمة العملاء',
    leading: 'المؤشرات الرائدة', lagging: 'المؤشرات المتأخرة', other: 'أخرى',
  },
  cadence: { weekly: 'أسبوعي', monthly: 'شهري', quarterly: 'ربع سنوي' },
  indicator: { leading: 'رائد', lagging: 'متأخر' },
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
  // The cadence comes as its word (أسبوعي، شهري، ربع سنوي): metrics take it in the feminine plural.
  emptyCadence: (cadence) => `لا توجد مؤشرات ${lookup(AR_CADENCE_PLURAL, cadence) ?? `(${cadence})`} في بطاقة الأداء هذه.`,
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
  toDiscussHint: 'المؤشرات خارج المسار: حدِّدوها وناقشوها وحُلّوها.',
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
  keptLastGood: 'تُعرض آخر بيانات أمكن استخدامها.',
  wholeDocument: 'البيانات',
  // `input` is in the genitive, after «قيمة»: «قيمة العملاء المحتملين صفر».
  missing: {
    'zero-denominator': (input) => (input ? `تعذّر الحساب: قيمة ${input} صفر` : 'تعذّر الحساب: المقام صفر'),
    'missing-input': (input) => (input ? `تعذّر الحساب: قيمة ${input} غير موجودة` : 'تعذّر الحساب: أحد المدخلات غير موجود'),
    'no-actual': () => 'لا توجد قيمة فعلية بعد',
    'no-target': () => 'لم يُحدَّد هدف',
    'out-of-range': () => 'تعذّر الحساب: النتيجة خارج النطاق',
    'invalid-input': (input) => (input ? `تعذّر الحساب: قيمة ${input} غير صالحة` : 'تعذّر الحساب: أحد المدخلات غير صالح'),
  },
  kinds: {
    missing: 'غير موجود', null: 'فارغ (null)', text: 'نص', number: 'رقم', boolean: 'صح/خطأ',
    list: 'قائمة', object: 'كائن', 'not-a-number': 'ليس رقمًا منتهيًا',
  },
  expected: { number: 'رقمًا', string: 'نصًا', boolean: 'صح أو خطأ (true أو false)', array: 'قائمة', object: 'كائنًا', record: 'كائنًا', valid: 'قيمة صالحة', 'number|object': 'رقمًا أو نطاقًا مثل { "min": 40, "max": 60 }' },
  problem: {
    invalidJson: (detail, line, column) =>
      `ليست بصيغة JSON صالحة${line ? ` (السطر ${line}، العمود ${column})` : ''}: ${detail}`,
    required: 'مطلوب',
    wrongType: (expected, got, value) => `يجب أن يكون ${expected}، لكنه ${got}${value !== undefined ? ` («${value}»)` : ''}`,
    tooSmall: (min, inclusive) => (inclusive ? `يجب ألا يقل عن ${min}` : `يجب أن يكون أكبر من ${min}`),
    tooBig: (max, inclusive) => (inclusive ? `يجب ألا يزيد على ${max}` : `يجب أن يكون أصغر من ${max}`),
    notOneOf: (allowed, value) => `${value !== undefined ? `«${value}» ` : ''}ليس من القيم المسموح بها: ${allowed}`,
    duplicate: (value) => `يكرّر «${value}»، وهي قيمة مستخدمة من قبل`,
    emptyText: 'يجب ألا يكون فارغًا',
    tooLarge: (what, limit, _actual, n, locale) => `يحتوي على ${arabicCount(locale, n, lookupForms(AR_COUNTED, what) ?? AR_COUNTED.items!)}؛ الحد الأقصى ${limit}`,
    tooLong: (_max, n, locale) => `أطول من ${arabicCount(locale, n, AR_CHARACTERS)}`,
    fetch: {
      http: (url, status) => `تعذّر تحميلها من ${url}: ردّ الخادم بالرمز ${status ?? '?'}`,
      timeout: (url, _status, within = '10 ثوانٍ') => `تعذّر تحميلها من ${url}: لم يصل رد خلال ${within}`,
      network: (url) => `تعذّر تحميلها من ${url}: فشل طلب الشبكة (لا اتصال، أو رفض الخادم، أو خادم من أصل آخر لا يسمح لهذه الصفحة بقراءته)`,
      'not-json': (url) => `المحمَّلة من ${url} ليست بصيغة JSON`,
      credentials: (url) => `تعذّر تحميلها من ${url}: العنوان يتضمن اسم مستخدم أو كلمة مرور، والمتصفحات ترفض إرسالهما؛ احذفهما من src`,
      blocked: (url) => `تعذّر تحميلها من ${url}: سياسة أمان المحتوى للصفحة (connect-src) لا تسمح بهذا العنوان`,
      'too-large': (url, _status, limit = '10 ميغابايت') => `تعذّر تحميلها من ${url}: الرد أكبر من ${limit}، وهو الحد الأقصى للقراءة؛ قدّم ملفًا أصغر`,
    },
  },
};

/** A cadence's word as metrics take it: «مؤشرات شهرية». */
const AR_CADENCE_PLURAL: Readonly<Record<string, string>> = { 'أسبوعي': 'أسبوعية', 'شهري': 'شهرية', 'ربع سنوي': 'ربع سنوية' };

/** What a too-large list holds, counted: «١٬٠٠١ مؤشر», «٢١ مرحلة». */
const AR_COUNTED: Readonly<Record<string, ArabicForms>> = {
  metrics: { one: 'مؤشر واحد', two: 'مؤشرين', few: '{n} مؤشرات', many: '{n} مؤشرًا', other: '{n} مؤشر' },
  items: { one: 'عنصر واحد', two: 'عنصرين', few: '{n} عناصر', many: '{n} عنصرًا', other: '{n} عنصر' },
  points: { one: 'نقطة واحدة', two: 'نقطتين', few: '{n} نقاط', many: '{n} نقطة', other: '{n} نقطة' },
  stages: { one: 'مرحلة واحدة', two: 'مرحلتين', few: '{n} مراحل', many: '{n} مرحلة', other: '{n} مرحلة' },
  sources: { one: 'مصدر واحد', two: 'مصدرين', few: '{n} مصادر', many: '{n} مصدرًا', other: '{n} مصدر' },
};
const AR_CHARACTERS: ArabicForms = { one: 'حرف واحد', two: 'حرفين', few: '{n} أحرف', many: '{n} حرفًا', other: '{n} حرف' };

function lookupForms(table: Readonly<Record<string, ArabicForms>>, key: string): ArabicForms | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * The browser's JSON.parse message (English, and different in each browser) as an Arabic
 * description of the syntax problem. V8 quotes the data after the message: that part is
 * dropped before the message is read, so words in the data cannot pick the description.
 */
const AR_JSON_SYNTAX: readonly [RegExp, string][] = [
  [/unterminated string|end of data (?:when|while|in) .*string/i, 'نص لم تُغلق علامة الاقتباس في آخره (")'],
  [/end of (?:json )?(?:input|data)|unexpected eof/i, 'انتهت البيانات قبل أن تكتمل: قوس أو علامة اقتباس لم يُغلق'],
  [/control character/i, 'نص فيه سطر جديد أو علامة جدولة: اكتبهما \\n و\\t'],
  [/escape/i, 'نص فيه شرطة مائلة عكسية (\\) لا يتبعها رمز صالح'],
  [/double-quoted property name/i, 'يُتوقع هنا اسم حقل بين علامتَي اقتباس مزدوجتين ("): ربما توجد فاصلة زائدة قبل قوس الإغلاق'],
  [/property name/i, 'يُتوقع هنا اسم حقل بين علامتَي اقتباس مزدوجتين (")'],
  [/after property value|',' or '\}'|expected '\}'/i, 'تنقص فاصلة (,) أو قوس إغلاق (}) بعد قيمة الحقل'],
  [/after array element|',' or '\]'|expected '\]'/i, 'تنقص فاصلة (,) أو قوس إغلاق (]) بعد عنصر القائمة'],
  [/colon|expected ':'/i, 'تنقص النقطتان (:) بعد اسم الحقل'],
  [/non-whitespace|after json/i, 'يوجد نص زائد بعد نهاية البيانات'],
  [/unexpected string/i, 'نص في غير موضعه'],
  [/minus sign|exponent|fractional|decimal|unexpected number/i, 'رقم مكتوب بصيغة غير صالحة أو في غير موضعه'],
];

function arabicJsonDetail(detail: string): string {
  const own = detail.replace(/,?\s*".*"\s+is not valid JSON\s*$/s, '');
  for (const [pattern, words] of AR_JSON_SYNTAX) if (pattern.test(own)) return words;
  const token = /(?:unexpected|unrecognized) token\s+'(.*)'\s*$/i.exec(own.replace(/\s+in JSON.*$/s, ''))?.[1];
  if (token) return `رمز غير متوقع: «${isolateBidi(token)}»`;
  if (/unexpected (?:token|character)/i.test(own)) return 'حرف غير متوقع';
  return 'خطأ في الصياغة';
}

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

const listFormats = new Map<string, Intl.ListFormat>();
/** A list in the locale's words: «أ أو ب أو ج», "a, b, or c". */
export function listFormat(locale: string, type: Intl.ListFormatType = 'conjunction'): Intl.ListFormat {
  const key = `${locale}|${type}`;
  let f = listFormats.get(key);
  if (!f) listFormats.set(key, (f = new Intl.ListFormat(locale, { type })));
  return f;
}

/** A problem in plain words, in the locale's language (without its path). */
export function describeProblem(p: Problem, locale: string): string {
  const lang = languageOf(locale);
  const s = STRINGS[lang];
  const num = (n: number) => new Intl.NumberFormat(locale).format(n);
  switch (p.code) {
    case 'invalid-json': {
      // Arabic says what is wrong in Arabic; the browser's words are English (and differ by browser).
      const detail = lang === 'ar' ? arabicJsonDetail(p.detail) : isolateBidi(p.detail);
      return s.problem.invalidJson(detail, p.line === undefined ? undefined : num(p.line), p.column === undefined ? undefined : num(p.column));
    }
    case 'required': return s.problem.required;
    case 'wrong-type': return s.problem.wrongType(lookup(s.expected, p.expected) ?? p.expected, s.kinds[p.got], isolateBidi(p.value));
    case 'too-small': return s.problem.tooSmall(num(p.minimum), p.inclusive);
    case 'too-big': return s.problem.tooBig(num(p.maximum), p.inclusive);
    case 'not-one-of': return s.problem.notOneOf(lang === 'ar' ? listFormat(locale, 'disjunction').format(p.allowed) : p.allowed.join(', '), isolateBidi(p.value));
    case 'duplicate': return s.problem.duplicate(isolateBidi(p.value));
    case 'empty-text': return s.problem.emptyText;
    case 'too-large': return s.problem.tooLarge(p.what, num(p.limit), num(p.actual), p.actual, locale);
    case 'too-long': return s.problem.tooLong(num(p.maximum), p.maximum, locale);
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
