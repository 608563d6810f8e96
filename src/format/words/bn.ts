/**
 * Bengali (বাংলা): every key of the English table, in Bengali script, in the words Indian Bengali job sites and
 * notices use (শূন্যপদ, বেতন). Digits come from `Intl` (Bengali digits for `bn`).
 */
import type {Words} from './en.js';

export const bn: Words = {
  stage: (number) => `পর্যায় ${number}`,
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
  salaryRange: 'বেতনের পরিসর',
  marketSalary: 'বেতন ব্যান্ড',
  openRoles: 'শূন্যপদ',
  lastRefreshed: 'সর্বশেষ আপডেট',
  asOf: (date) => `${date} অনুযায়ী`,
  stages: 'পর্যায়সমূহ',
  links: 'পরবর্তী পদক্ষেপ',
  loading: 'রোডম্যাপ লোড হচ্ছে…',
  errorTitle: 'এই রোডম্যাপটি দেখানো যায়নি।',
  errorDetails: 'বিস্তারিত',
  keptPrevious: 'আগের সংস্করণটিই এখনও দেখানো হচ্ছে।',

  // Reader features: track-progress, experience, collapsible. "টি" counts things: "৯টির মধ্যে ৩টি".
  progressDone: (done, total) => `${total}টির মধ্যে ${done}টি সম্পূর্ণ`,
  yourProgress: 'আপনার অগ্রগতি',
  youAreHere: 'আপনি এখানে আছেন',
  passed: 'সম্পূর্ণ',
  expandAll: 'সব খুলুন',
  collapseAll: 'সব বন্ধ করুন',
};

export default bn;
