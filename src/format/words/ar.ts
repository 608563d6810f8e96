/**
 * Arabic (العربية): every key of the English table, in Modern Standard Arabic as Arabic job sites write it.
 * Digits come from `Intl` (Arabic-Indic for `ar`); counts choose among Arabic's six plural forms.
 */
import type {WordTable} from './en.js';

const plural = new Intl.PluralRules('ar');

/** The noun after a count, agreeing with it: one and "many"/other take the singular, two the dual, 3–10 the plural. */
function arabic(count: number, one: string, two: string, few: string, many: string): string {
  const form = plural.select(count);
  return form === 'two' ? two : form === 'few' ? few : form === 'one' ? one : many;
}

/** "of N tasks", the noun agreeing with N: مهمة واحدة، مهمتين، ٣ مهام، ١١ مهمة، ١٠٠ مهمة. */
function ofTasks(total: string, count: number): string {
  switch (plural.select(count)) {
    case 'one':
      return 'من مهمة واحدة';
    case 'two':
      return 'من مهمتين';
    case 'few':
      return `من ${total} مهام`;
    default:
      // zero, many (11–99) and other (100, 101…) take the singular noun.
      return `من ${total} مهمة`;
  }
}

export const ar: WordTable = {
  stage: (number) => `المرحلة ${number}`,
  stageSpan: (range) => `المراحل ${range}`,
  period: {
    month: {
      span: (range) => `الأشهر ${range}`,
      single: (month) => `الشهر ${month}`,
      onwards: (month) => `من الشهر ${month} فصاعدًا`,
    },
    year: {
      span: (range) => `السنوات ${range}`,
      single: (year) => `السنة ${year}`,
      onwards: (year) => `من السنة ${year} فصاعدًا`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `من ${min} إلى ${max} ${per}`,
  per: {year: 'سنويًا', month: 'شهريًا', hour: 'في الساعة'},
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/شهر`,
    hour: (range) => `${range}/ساعة`,
  },
  salaryRange: 'نطاق الراتب',
  marketSalary: 'رواتب السوق',
  salaryByStage: 'الراتب حسب المرحلة',
  marketRange: 'السوق بأكمله',
  openRoles: 'وظائف شاغرة',
  lastRefreshed: 'آخر تحديث',
  asOf: (date) => `حتى ${date}`,
  source: (label, how, date) => `المصدر: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join('، ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `العدد المُحصى: ${count}` : 'بالإحصاء'),
    reported: (count) => (count ? `عدد المُبلِّغين: ${count}` : 'بلاغات ذاتية'),
    estimated: (count) => (count ? `تقدير، عدد البيانات: ${count}` : 'تقدير'),
  },
  dataPoints: (count) => `عدد البيانات: ${count}`,
  stages: 'المراحل',
  links: 'الخطوات التالية',
  loading: 'جارٍ تحميل خريطة الطريق…',
  errorNetwork: 'تعذّر تحميل خريطة الطريق. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.',
  errorTimeout: 'يستغرق تحميل خريطة الطريق وقتًا طويلًا. حاول مرة أخرى بعد قليل.',
  errorServer: 'تعذّر تحميل خريطة الطريق من الخادم. حاول مرة أخرى بعد قليل.',
  errorInvalid: 'في خريطة الطريق هذه خطأ، لذا تعذّر عرضها. يمكن لمحرّري الموقع الاطلاع على التفاصيل أدناه.',
  retry: 'إعادة المحاولة',
  scrollHint: 'مرّر جانبيًا لرؤية جميع المراحل',
  errorDetails: 'التفاصيل',
  keptPrevious: 'لا تزال النسخة السابقة معروضة.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total, count) => `أُنجز ${done} ${ofTasks(total, count.total)}`,
  yourProgress: 'تقدّمك',
  youAreHere: 'أنت هنا',
  passed: 'مكتملة',
  expandAll: 'توسيع الكل',
  collapseAll: 'طيّ الكل',
  offerPlaces: {below: 'أقل من', within: 'ضمن', above: 'أعلى من'},
  offerPlace: (offer, place, range, name) => `${offer} ${place} ${name ? `نطاق ${name}` : 'هذا النطاق'} (${range})`,
  offerLabel: 'عرضك أو راتبك الحالي',
  offerHelp: 'يُحسب على هذا الجهاز: لا ترسله خريطة الطريق ولا تحفظه.',
  offerUnreadable: (example) => `تعذّرت قراءة هذا المبلغ. جرّب مثلًا ${example}.`,
  // The curriculum.
  plan: 'خطة أسبوعية',
  samplePlan: 'خطة نموذجية',
  weeks: (count, n) => `${count} ${arabic(n, 'أسبوع', 'أسبوعان', 'أسابيع', 'أسبوعًا')}`,
  hours: (count, n) => `${count} ${arabic(n, 'ساعة', 'ساعتان', 'ساعات', 'ساعة')}`,
  weekSpan: (range) => `الأسابيع ${range}`,
  week: (week) => `الأسبوع ${week}`,
  minutes: (count) => `${count} دقيقة`,
  free: 'مجاني',
  paid: 'مدفوع',
  kinds: {article: 'مقال', video: 'فيديو', course: 'دورة', book: 'كتاب', docs: 'توثيق', practice: 'تدريب'},
};

export default ar;
