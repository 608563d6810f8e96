/** Hindi (हिन्दी): every key of the English table, in words a Hindi reader meets on Indian job sites. */
import type {Words} from './en.js';

export const hi: Words = {
  stage: (number) => `चरण ${number}`,
  period: {
    month: {
      span: (range) => `महीने ${range}`,
      single: (month) => `महीना ${month}`,
      onwards: (month) => `महीना ${month}+`,
    },
    year: {
      span: (range) => `वर्ष ${range}`,
      single: (year) => `वर्ष ${year}`,
      onwards: (year) => `वर्ष ${year}+`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `${per} ${min} से ${max} तक`,
  per: {year: 'प्रति वर्ष', month: 'प्रति माह', hour: 'प्रति घंटा'},
  lakh: 'लाख',
  crore: 'करोड़',
  salaryRange: 'वेतन सीमा',
  marketSalary: 'वेतन बैंड',
  openRoles: 'खुली नौकरियाँ',
  lastRefreshed: 'अंतिम अपडेट',
  asOf: (date) => `${date} तक`,
  stages: 'चरण',
  links: 'अगले कदम',
  loading: 'रोडमैप लोड हो रहा है…',
  errorTitle: 'यह रोडमैप नहीं दिखाया जा सका।',
  errorDetails: 'विवरण',
  keptPrevious: 'पिछला संस्करण अभी भी दिखाया जा रहा है।',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${total} में से ${done} पूरे`,
  yourProgress: 'आपकी प्रगति',
  youAreHere: 'आप यहाँ हैं',
  passed: 'पूरा हुआ',
  expandAll: 'सभी खोलें',
  collapseAll: 'सभी बंद करें',
};

export default hi;
