/**
 * Marathi (मराठी): every key of the English table, in Devanagari, in the words Marathi job sites use (रिक्त पदे,
 * वेतन). Digits come from `Intl` (Devanagari digits for `mr`).
 */
import type {WordTable} from './en.js';

export const mr: WordTable = {
  stage: (number) => `टप्पा ${number}`,
  stageSpan: (range) => `टप्पे ${range}`,
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
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/महिना`,
    hour: (range) => `${range}/तास`,
  },
  lakh: 'लाख',
  crore: 'कोटी',
  salaryRange: 'वेतन श्रेणी',
  marketSalary: 'बाजारातील वेतन',
  salaryByStage: 'टप्प्यानुसार वेतन',
  marketRange: 'संपूर्ण बाजार',
  openRoles: 'रिक्त पदे',
  lastRefreshed: 'शेवटचे अपडेट',
  asOf: (date) => `${date} नुसार`,
  source: (label, how, date) => `स्रोत: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `मोजणी: ${count}` : 'मोजणीनुसार'),
    reported: (count) => (count ? `${count} जणांनी सांगितलेले` : 'स्वतः सांगितलेले'),
    estimated: (count) => (count ? `${count} आकड्यांवरून अंदाज` : 'अंदाजे'),
  },
  dataPoints: (count) => `${count} आकडे`,
  stages: 'टप्पे',
  links: 'पुढील पावले',
  loading: 'रोडमॅप लोड होत आहे…',
  errorNetwork: 'रोडमॅप लोड होऊ शकला नाही. तुमचे इंटरनेट कनेक्शन तपासा आणि पुन्हा प्रयत्न करा.',
  errorTimeout: 'रोडमॅप लोड व्हायला खूप वेळ लागत आहे. थोड्या वेळाने पुन्हा प्रयत्न करा.',
  errorServer: 'सर्व्हरवरून रोडमॅप लोड होऊ शकला नाही. थोड्या वेळाने पुन्हा प्रयत्न करा.',
  errorInvalid: 'या रोडमॅपमध्ये एक चूक आहे, त्यामुळे तो दाखवता आला नाही. साइटचे संपादक खाली तपशील पाहू शकतात.',
  retry: 'पुन्हा प्रयत्न करा',
  scrollHint: 'सर्व टप्पे पाहण्यासाठी बाजूला स्क्रोल करा',
  errorDetails: 'तपशील',
  keptPrevious: 'मागील आवृत्तीच अजून दाखवली जात आहे.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${total} पैकी ${done} पूर्ण`,
  yourProgress: 'तुमची प्रगती',
  youAreHere: 'तुम्ही इथे आहात',
  passed: 'पूर्ण झाला',
  expandAll: 'सर्व उघडा',
  collapseAll: 'सर्व बंद करा',
  offerPlaces: {below: 'श्रेणीपेक्षा कमी', within: 'श्रेणीत', above: 'श्रेणीपेक्षा जास्त'},
  offerPlace: (offer, place, range, name) => `${offer} ${name ? `${name}च्या` : 'या'} ${place} आहे (${range})`,
  offerLabel: 'तुमची ऑफर किंवा सध्याचे वेतन',
  offerHelp: 'हा हिशोब याच डिव्हाइसवर होतो: रोडमॅप तो पाठवत नाही, साठवत नाही.',
  offerUnreadable: (example) => `ही रक्कम समजली नाही. ${example} अशी रक्कम लिहा.`,
  // The curriculum.
  plan: 'आठवडावार योजना',
  samplePlan: 'नमुना योजना',
  weeks: (count, n) => `${count} ${n === 1 ? 'आठवडा' : 'आठवडे'}`,
  hours: (count) => `${count} तास`,
  weekSpan: (range) => `आठवडे ${range}`,
  week: (week) => `आठवडा ${week}`,
  minutes: (count) => `${count} मिनिटे`,
  free: 'मोफत',
  paid: 'सशुल्क',
  kinds: {article: 'लेख', video: 'व्हिडिओ', course: 'कोर्स', book: 'पुस्तक', docs: 'दस्तऐवज', practice: 'सराव'},
};

export default mr;
