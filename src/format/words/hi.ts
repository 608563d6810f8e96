/** Hindi (हिन्दी): every key of the English table, in words a Hindi reader meets on Indian job sites. */
import type {WordTable} from './en.js';

export const hi: WordTable = {
  stage: (number) => `चरण ${number}`,
  stageSpan: (range) => `चरण ${range}`,
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
  source: (label, how, date) => `स्रोत: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `गिनती: ${count}` : 'गिनती से'),
    reported: (count) => (count ? `${count} लोगों द्वारा बताया गया` : 'स्व-घोषित'),
    estimated: (count) => (count ? `${count} आँकड़ों से अनुमान` : 'अनुमानित'),
  },
  dataPoints: (count) => `${count} आँकड़े`,
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
  offerPlaces: {below: 'से कम', within: 'के भीतर', above: 'से ज़्यादा'},
  offerPlace: (offer, place, range, name) => `${offer} ${name ? `${name} की` : 'इस'} सीमा (${range}) ${place} है`,
  offerLabel: 'आपका ऑफ़र या मौजूदा वेतन',
  offerHelp: 'यह हिसाब इसी डिवाइस पर होता है: रोडमैप इसे न भेजता है, न सहेजता है।',
  offerUnreadable: (example) => `यह राशि समझ नहीं आई। ${example} जैसी राशि लिखें।`,
};

export default hi;
