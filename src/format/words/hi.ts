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
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/माह`,
    hour: (range) => `${range}/घंटा`,
  },
  lakh: 'लाख',
  crore: 'करोड़',
  salaryRange: 'वेतन सीमा',
  marketSalary: 'वेतन बैंड',
  salaryByStage: 'हर चरण का वेतन',
  marketRange: 'पूरा बाज़ार',
  openRoles: 'खुली नौकरियाँ',
  lastRefreshed: 'अंतिम अपडेट',
  asOf: (date) => `${date} तक`,
  stages: 'चरण',
  links: 'अगले कदम',
  loading: 'रोडमैप लोड हो रहा है…',
  errorTitle: 'यह रोडमैप नहीं दिखाया जा सका।',
  errorNetwork: 'रोडमैप लोड नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।',
  errorTimeout: 'रोडमैप लोड होने में बहुत समय लग रहा है। थोड़ी देर में फिर से कोशिश करें।',
  errorServer: 'सर्वर से रोडमैप लोड नहीं हो सका। थोड़ी देर में फिर से कोशिश करें।',
  errorInvalid: 'इस रोडमैप में एक गलती है, इसलिए इसे नहीं दिखाया जा सका। साइट के संपादक नीचे विवरण देख सकते हैं।',
  retry: 'फिर से कोशिश करें',
  scrollHint: 'सभी चरण देखने के लिए बगल में स्क्रॉल करें',
  errorDetails: 'विवरण',
  keptPrevious: 'पिछला संस्करण अभी भी दिखाया जा रहा है।',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${total} में से ${done} पूरे`,
  yourProgress: 'आपकी प्रगति',
  youAreHere: 'आप यहाँ हैं',
  passed: 'पूरा हुआ',
  expandAll: 'सभी खोलें',
  collapseAll: 'सभी बंद करें',
  // The curriculum.
  plan: 'हफ़्ते-दर-हफ़्ते योजना',
  samplePlan: 'नमूना योजना',
  weeks: (count, n) => `${count} ${n === 1 ? 'हफ़्ता' : 'हफ़्ते'}`,
  hours: (count, n) => `${count} ${n === 1 ? 'घंटा' : 'घंटे'}`,
  weekSpan: (range) => `हफ़्ते ${range}`,
  week: (week) => `हफ़्ता ${week}`,
  minutes: (count) => `${count} मिनट`,
  free: 'मुफ़्त',
  paid: 'सशुल्क',
  kinds: {article: 'लेख', video: 'वीडियो', course: 'कोर्स', book: 'किताब', docs: 'दस्तावेज़', practice: 'अभ्यास'},
};

export default hi;
