/**
 * Telugu (తెలుగు): every key of the English table, in Telugu script, in the words Telugu job news and sites use
 * (ఉద్యోగ ఖాళీలు, జీతం).
 */
import type {WordTable} from './en.js';

export const te: WordTable = {
  stage: (number) => `దశ ${number}`,
  stageSpan: (range) => `దశలు ${range}`,
  period: {
    month: {
      span: (range) => `నెలలు ${range}`,
      single: (month) => `నెల ${month}`,
      onwards: (month) => `నెల ${month}+`,
    },
    year: {
      span: (range) => `సంవత్సరాలు ${range}`,
      single: (year) => `సంవత్సరం ${year}`,
      onwards: (year) => `సంవత్సరం ${year}+`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `${per} ${min} నుండి ${max} వరకు`,
  per: {year: 'సంవత్సరానికి', month: 'నెలకు', hour: 'గంటకు'},
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/నెల`,
    hour: (range) => `${range}/గంట`,
  },
  lakh: 'లక్షలు',
  crore: 'కోట్లు',
  salaryRange: 'జీతం శ్రేణి',
  marketSalary: 'మార్కెట్ జీతాలు',
  salaryByStage: 'దశల వారీగా జీతం',
  marketRange: 'మొత్తం మార్కెట్',
  openRoles: 'ఉద్యోగ ఖాళీలు',
  lastRefreshed: 'చివరి అప్‌డేట్',
  asOf: (date) => `${date} నాటికి`,
  source: (label, how, date) => `మూలం: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `లెక్కింపు: ${count}` : 'లెక్కించినది'),
    reported: (count) => (count ? `${count} మంది తెలిపినది` : 'స్వయంగా తెలిపినది'),
    estimated: (count) => (count ? `${count} సమాచారాల ఆధారంగా అంచనా` : 'అంచనా'),
  },
  dataPoints: (count) => `${count} సమాచారాలు`,
  stages: 'దశలు',
  links: 'తదుపరి అడుగులు',
  loading: 'రోడ్‌మ్యాప్ లోడ్ అవుతోంది…',
  errorNetwork: 'రోడ్‌మ్యాప్‌ను లోడ్ చేయలేకపోయాం. మీ ఇంటర్నెట్ కనెక్షన్‌ను చెక్ చేసి మళ్లీ ప్రయత్నించండి.',
  errorTimeout: 'రోడ్‌మ్యాప్ లోడ్ కావడానికి చాలా సమయం పడుతోంది. కాసేపటి తర్వాత మళ్లీ ప్రయత్నించండి.',
  errorServer: 'సర్వర్ నుండి రోడ్‌మ్యాప్‌ను లోడ్ చేయలేకపోయాం. కాసేపటి తర్వాత మళ్లీ ప్రయత్నించండి.',
  errorInvalid: 'ఈ రోడ్‌మ్యాప్‌లో ఒక తప్పు ఉంది, అందుకే దీన్ని చూపించలేకపోయాం. సైట్ ఎడిటర్లు కింద వివరాలు చూడవచ్చు.',
  retry: 'మళ్లీ ప్రయత్నించండి',
  scrollHint: 'అన్ని దశలు చూడటానికి పక్కకు స్క్రోల్ చేయండి',
  errorDetails: 'వివరాలు',
  keptPrevious: 'మునుపటి వెర్షన్‌నే ఇంకా చూపిస్తున్నాం.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${total}లో ${done} పూర్తి`,
  yourProgress: 'మీ పురోగతి',
  youAreHere: 'మీరు ఇక్కడ ఉన్నారు',
  passed: 'పూర్తయింది',
  expandAll: 'అన్నీ తెరవండి',
  collapseAll: 'అన్నీ మూసివేయండి',
  offerPlaces: {below: 'పరిధి కంటే తక్కువ', within: 'పరిధిలో ఉంది', above: 'పరిధి కంటే ఎక్కువ'},
  offerPlace: (offer, place, range, name) => `${offer} ${name ?? 'ఈ'} ${place} (${range})`,
  offerLabel: 'మీ ఆఫర్ లేదా ప్రస్తుత జీతం',
  offerHelp: 'ఇది ఈ పరికరంలోనే లెక్కించబడుతుంది: రోడ్‌మ్యాప్ దీన్ని పంపదు, నిల్వ చేయదు.',
  offerUnreadable: (example) => `ఈ మొత్తం అర్థం కాలేదు. ${example} లాగా రాయండి.`,
  // The curriculum.
  plan: 'వారం వారీ ప్రణాళిక',
  samplePlan: 'నమూనా ప్రణాళిక',
  weeks: (count, n) => `${count} ${n === 1 ? 'వారం' : 'వారాలు'}`,
  hours: (count, n) => `${count} ${n === 1 ? 'గంట' : 'గంటలు'}`,
  weekSpan: (range) => `వారాలు ${range}`,
  week: (week) => `వారం ${week}`,
  minutes: (count) => `${count} నిమిషాలు`,
  free: 'ఉచితం',
  paid: 'చెల్లింపు',
  kinds: {article: 'వ్యాసం', video: 'వీడియో', course: 'కోర్సు', book: 'పుస్తకం', docs: 'డాక్యుమెంటేషన్', practice: 'అభ్యాసం'},
};

export default te;
