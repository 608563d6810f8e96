/**
 * Malayalam (മലയാളം): every key of the English table, in Malayalam script, in the words Malayalam job news and
 * sites use (ഒഴിവുകൾ, ശമ്പളം, ലക്ഷം). Periods read number first, as Malayalam says them ("0–2 മാസം",
 * "4-ാം വർഷം മുതൽ").
 */
import type {WordTable} from './en.js';

export const ml: WordTable = {
  stage: (number) => `ഘട്ടം ${number}`,
  stageSpan: (range) => `ഘട്ടങ്ങൾ ${range}`,
  period: {
    month: {
      span: (range) => `${range} മാസം`,
      single: (month) => `${month}-ാം മാസം`,
      onwards: (month) => `${month}-ാം മാസം മുതൽ`,
    },
    year: {
      span: (range) => `${range} വർഷം`,
      single: (year) => `${year}-ാം വർഷം`,
      onwards: (year) => `${year}-ാം വർഷം മുതൽ`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `${per} ${min} മുതൽ ${max} വരെ`,
  per: {year: 'പ്രതിവർഷം', month: 'പ്രതിമാസം', hour: 'മണിക്കൂറിന്'},
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/മാസം`,
    hour: (range) => `${range}/മണിക്കൂർ`,
  },
  lakh: 'ലക്ഷം',
  crore: 'കോടി',
  salaryRange: 'ശമ്പള പരിധി',
  marketSalary: 'വിപണിയിലെ ശമ്പളം',
  salaryByStage: 'ഘട്ടം തിരിച്ചുള്ള ശമ്പളം',
  marketRange: 'മുഴുവൻ വിപണി',
  openRoles: 'ഒഴിവുകൾ',
  lastRefreshed: 'അവസാനം പുതുക്കിയത്',
  asOf: (date) => `${date} പ്രകാരം`,
  source: (label, how, date) => `ഉറവിടം: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `എണ്ണം: ${count}` : 'എണ്ണിയത്'),
    reported: (count) => (count ? `${count} പേർ അറിയിച്ചത്` : 'സ്വയം അറിയിച്ചത്'),
    estimated: (count) => (count ? `${count} വിവരങ്ങളിൽ നിന്നുള്ള അനുമാനം` : 'അനുമാനം'),
  },
  dataPoints: (count) => `${count} വിവരങ്ങൾ`,
  stages: 'ഘട്ടങ്ങൾ',
  links: 'അടുത്ത ചുവടുകൾ',
  loading: 'റോഡ്‌മാപ്പ് ലോഡ് ചെയ്യുന്നു…',
  errorNetwork: 'റോഡ്‌മാപ്പ് ലോഡ് ചെയ്യാനായില്ല. നിങ്ങളുടെ ഇന്റർനെറ്റ് കണക്ഷൻ പരിശോധിച്ച് വീണ്ടും ശ്രമിക്കുക.',
  errorTimeout: 'റോഡ്‌മാപ്പ് ലോഡ് ആകാൻ ഏറെ സമയമെടുക്കുന്നു. അൽപ്പസമയം കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.',
  errorServer: 'സെർവറിൽ നിന്ന് റോഡ്‌മാപ്പ് ലോഡ് ചെയ്യാനായില്ല. അൽപ്പസമയം കഴിഞ്ഞ് വീണ്ടും ശ്രമിക്കുക.',
  errorInvalid: 'ഈ റോഡ്‌മാപ്പിൽ ഒരു പിഴവുള്ളതിനാൽ ഇത് കാണിക്കാനായില്ല. സൈറ്റിന്റെ എഡിറ്റർമാർക്ക് താഴെ വിശദാംശങ്ങൾ കാണാം.',
  retry: 'വീണ്ടും ശ്രമിക്കുക',
  scrollHint: 'എല്ലാ ഘട്ടങ്ങളും കാണാൻ വശത്തേക്ക് സ്ക്രോൾ ചെയ്യുക',
  errorDetails: 'വിശദാംശങ്ങൾ',
  keptPrevious: 'മുൻ പതിപ്പ് തന്നെയാണ് ഇപ്പോഴും കാണിക്കുന്നത്.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${total}-ൽ ${done} പൂർത്തിയായി`,
  yourProgress: 'നിങ്ങളുടെ പുരോഗതി',
  youAreHere: 'നിങ്ങൾ ഇവിടെയാണ്',
  passed: 'പൂർത്തിയായി',
  expandAll: 'എല്ലാം തുറക്കുക',
  collapseAll: 'എല്ലാം ചുരുക്കുക',
  offerPlaces: {below: 'പരിധിയിലും കുറവാണ്', within: 'പരിധിക്കുള്ളിലാണ്', above: 'പരിധിയിലും കൂടുതലാണ്'},
  offerPlace: (offer, place, range, name) => `${offer} ${name ? `${name}-ന്റെ` : 'ഈ'} ${place} (${range})`,
  offerLabel: 'നിങ്ങൾക്ക് ലഭിച്ച ഓഫർ അല്ലെങ്കിൽ ഇപ്പോഴത്തെ ശമ്പളം',
  offerHelp: 'ഇത് ഈ ഉപകരണത്തിൽ തന്നെയാണ് കണക്കാക്കുന്നത്: റോഡ്‌മാപ്പ് ഇത് എങ്ങോട്ടും അയയ്ക്കുകയോ സൂക്ഷിക്കുകയോ ചെയ്യുന്നില്ല.',
  offerUnreadable: (example) => `ഈ തുക വായിക്കാനായില്ല. ${example} എന്നതുപോലെ എഴുതുക.`,
  // The curriculum.
  plan: 'ആഴ്ച തിരിച്ചുള്ള പദ്ധതി',
  samplePlan: 'മാതൃകാ പദ്ധതി',
  weeks: (count) => `${count} ആഴ്ച`,
  hours: (count) => `${count} മണിക്കൂർ`,
  weekSpan: (range) => `ആഴ്ച ${range}`,
  week: (week) => `ആഴ്ച ${week}`,
  minutes: (count) => `${count} മിനിറ്റ്`,
  free: 'സൗജന്യം',
  paid: 'പണമടച്ചുള്ളത്',
  kinds: {article: 'ലേഖനം', video: 'വീഡിയോ', course: 'കോഴ്സ്', book: 'പുസ്തകം', docs: 'ഡോക്യുമെന്റേഷൻ', practice: 'പരിശീലനം'},
};

export default ml;
