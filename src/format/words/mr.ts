/**
 * Marathi (मराठी): every key of the English table, in Devanagari, in the words Marathi job sites use (रिक्त पदे,
 * वेतन). Digits come from `Intl` (Devanagari digits for `mr`).
 */
import type {Words} from './en.js';

export const mr: Words = {
  stage: (number) => `टप्पा ${number}`,
  period: {
    month: {
      span: (range) => `महिने ${range}`,
      single: (month) => `महिना ${month}`,
      onwards: (month) => `महिना ${month}+`,
    },
    year: {
      span: (range) => `वर्षे ${range}`,
      single: (year) => `वर्ष ${year}`,
      onwards: (year) => `वर्ष ${year}+`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `${per} ${min} ते ${max}`,
  per: {year: 'दरवर्षी', month: 'दरमहा', hour: 'दर तासाला'},
  salaryRange: 'वेतन श्रेणी',
  marketSalary: 'बाजारातील वेतन',
  openRoles: 'रिक्त पदे',
  lastRefreshed: 'शेवटचे अपडेट',
  asOf: (date) => `${date} नुसार`,
  stages: 'टप्पे',
  links: 'पुढील पावले',
  loading: 'रोडमॅप लोड होत आहे…',
  errorTitle: 'हा रोडमॅप दाखवता आला नाही.',
  errorDetails: 'तपशील',
  keptPrevious: 'मागील आवृत्तीच अजून दाखवली जात आहे.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${total} पैकी ${done} पूर्ण`,
  yourProgress: 'तुमची प्रगती',
  youAreHere: 'तुम्ही इथे आहात',
  passed: 'पूर्ण झाला',
  expandAll: 'सर्व उघडा',
  collapseAll: 'सर्व बंद करा',
};

export default mr;
