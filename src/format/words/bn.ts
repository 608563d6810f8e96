/**
 * Bengali (বাংলা): every key of the English table, in Bengali script, in the words Indian Bengali job sites and
 * notices use (শূন্যপদ, বেতন). Digits come from `Intl` (Bengali digits for `bn`).
 */
import type {WordTable} from './en.js';

export const bn: WordTable = {
  stage: (number) => `পর্যায় ${number}`,
  stageSpan: (range) => `পর্যায় ${range}`,
  period: {
    month: {
      span: (range) => `মাস ${range}`,
      single: (month) => `মাস ${month}`,
      onwards: (month) => `মাস ${month}+`,
    },
    year: {
      span: (range) => `বছর ${range}`,
      single: (year) => `বছর ${year}`,
      onwards: (year) => `বছর ${year}+`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `${per} ${min} থেকে ${max}`,
  per: {year: 'বার্ষিক', month: 'মাসিক', hour: 'ঘণ্টাপ্রতি'},
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/মাস`,
    hour: (range) => `${range}/ঘণ্টা`,
  },
  lakh: 'লাখ',
  crore: 'কোটি',
  salaryRange: 'বেতনের পরিসর',
  marketSalary: 'বেতন ব্যান্ড',
  salaryByStage: 'পর্যায় অনুযায়ী বেতন',
  marketRange: 'সমগ্র বাজার',
  openRoles: 'শূন্যপদ',
  lastRefreshed: 'সর্বশেষ আপডেট',
  asOf: (date) => `${date} অনুযায়ী`,
  source: (label, how, date) => `উৎস: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `গণনা: ${count}` : 'গণনা করে'),
    reported: (count) => (count ? `${count} জনের দেওয়া তথ্য` : 'নিজেদের জানানো তথ্য'),
    estimated: (count) => (count ? `${count}টি তথ্য থেকে আনুমানিক` : 'আনুমানিক'),
  },
  dataPoints: (count) => `${count}টি তথ্য`,
  stages: 'পর্যায়সমূহ',
  links: 'পরবর্তী পদক্ষেপ',
  loading: 'রোডম্যাপ লোড হচ্ছে…',
  errorNetwork: 'রোডম্যাপটি লোড করা যায়নি। আপনার ইন্টারনেট সংযোগ দেখে নিয়ে আবার চেষ্টা করুন।',
  errorTimeout: 'রোডম্যাপটি লোড হতে অনেক বেশি সময় লাগছে। একটু পরে আবার চেষ্টা করুন।',
  errorServer: 'সার্ভার থেকে রোডম্যাপটি লোড করা যায়নি। একটু পরে আবার চেষ্টা করুন।',
  errorInvalid: 'এই রোডম্যাপে একটি ভুল আছে, তাই এটি দেখানো যায়নি। সাইটের সম্পাদকেরা নিচে বিস্তারিত দেখতে পারবেন।',
  retry: 'আবার চেষ্টা করুন',
  scrollHint: 'সব পর্যায় দেখতে পাশে স্ক্রল করুন',
  errorDetails: 'বিস্তারিত',
  keptPrevious: 'আগের সংস্করণটিই এখনও দেখানো হচ্ছে।',

  // Reader features: track-progress, experience, collapsible. "টি" counts things: "৯টির মধ্যে ৩টি".
  progressDone: (done, total) => `${total}টির মধ্যে ${done}টি সম্পূর্ণ`,
  yourProgress: 'আপনার অগ্রগতি',
  youAreHere: 'আপনি এখানে আছেন',
  passed: 'সম্পূর্ণ',
  expandAll: 'সব খুলুন',
  collapseAll: 'সব বন্ধ করুন',
  offerPlaces: {below: 'সীমার নিচে', within: 'সীমার মধ্যে', above: 'সীমার উপরে'},
  offerPlace: (offer, place, range, name) => `${offer} ${name ? `${name}-এর` : 'এই'} ${place} (${range})`,
  offerLabel: 'আপনার অফার বা বর্তমান বেতন',
  offerHelp: 'এটি এই ডিভাইসেই হিসাব হয়: রোডম্যাপ এটি পাঠায় না, সংরক্ষণও করে না।',
  offerUnreadable: (example) => `এই পরিমাণটি বোঝা যায়নি। ${example}-এর মতো লিখুন।`,
  // The curriculum.
  plan: 'সপ্তাহভিত্তিক পরিকল্পনা',
  samplePlan: 'নমুনা পরিকল্পনা',
  weeks: (count) => `${count} সপ্তাহ`,
  hours: (count) => `${count} ঘণ্টা`,
  weekSpan: (range) => `সপ্তাহ ${range}`,
  week: (week) => `সপ্তাহ ${week}`,
  minutes: (count) => `${count} মিনিট`,
  free: 'বিনামূল্যে',
  paid: 'সশুল্ক',
  kinds: {article: 'নিবন্ধ', video: 'ভিডিও', course: 'কোর্স', book: 'বই', docs: 'ডকুমেন্টেশন', practice: 'অনুশীলন'},
};

export default bn;
