/**
 * Kannada (ಕನ್ನಡ): every key of the English table, in Kannada script, in the words Kannada job news and sites use
 * (ಖಾಲಿ ಹುದ್ದೆಗಳು, ಸಂಬಳ, ಲಕ್ಷ). Periods read number first, as Kannada says them ("0–2 ತಿಂಗಳು", "4ನೇ ವರ್ಷದಿಂದ").
 * The range in spoken money is "between … and …" (ನಡುವೆ), which needs no case ending on the amounts.
 */
import type {WordTable} from './en.js';

export const kn: WordTable = {
  stage: (number) => `ಹಂತ ${number}`,
  stageSpan: (range) => `ಹಂತಗಳು ${range}`,
  period: {
    month: {
      span: (range) => `${range} ತಿಂಗಳು`,
      single: (month) => `${month}ನೇ ತಿಂಗಳು`,
      onwards: (month) => `${month}ನೇ ತಿಂಗಳಿನಿಂದ`,
    },
    year: {
      span: (range) => `${range} ವರ್ಷ`,
      single: (year) => `${year}ನೇ ವರ್ಷ`,
      onwards: (year) => `${year}ನೇ ವರ್ಷದಿಂದ`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `${per} ${min} ಮತ್ತು ${max} ನಡುವೆ`,
  per: {year: 'ವರ್ಷಕ್ಕೆ', month: 'ತಿಂಗಳಿಗೆ', hour: 'ಗಂಟೆಗೆ'},
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/ತಿಂಗಳು`,
    hour: (range) => `${range}/ಗಂಟೆ`,
  },
  lakh: 'ಲಕ್ಷ',
  crore: 'ಕೋಟಿ',
  salaryRange: 'ಸಂಬಳದ ಶ್ರೇಣಿ',
  marketSalary: 'ಮಾರುಕಟ್ಟೆ ಸಂಬಳ',
  salaryByStage: 'ಹಂತವಾರು ಸಂಬಳ',
  marketRange: 'ಇಡೀ ಮಾರುಕಟ್ಟೆ',
  openRoles: 'ಖಾಲಿ ಹುದ್ದೆಗಳು',
  lastRefreshed: 'ಕೊನೆಯ ನವೀಕರಣ',
  asOf: (date) => `${date}ರ ಪ್ರಕಾರ`,
  source: (label, how, date) => `ಮೂಲ: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `ಎಣಿಕೆ: ${count}` : 'ಎಣಿಸಿದ್ದು'),
    reported: (count) => (count ? `${count} ಜನರು ತಿಳಿಸಿದ್ದು` : 'ಸ್ವಯಂ ವರದಿ'),
    estimated: (count) => (count ? `${count} ದತ್ತಾಂಶಗಳಿಂದ ಅಂದಾಜು` : 'ಅಂದಾಜು'),
  },
  dataPoints: (count) => `${count} ದತ್ತಾಂಶಗಳು`,
  stages: 'ಹಂತಗಳು',
  links: 'ಮುಂದಿನ ಹೆಜ್ಜೆಗಳು',
  loading: 'ರೋಡ್‌ಮ್ಯಾಪ್ ಲೋಡ್ ಆಗುತ್ತಿದೆ…',
  errorNetwork: 'ರೋಡ್‌ಮ್ಯಾಪ್ ಲೋಡ್ ಆಗಲಿಲ್ಲ. ನಿಮ್ಮ ಇಂಟರ್ನೆಟ್ ಸಂಪರ್ಕವನ್ನು ಪರಿಶೀಲಿಸಿ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
  errorTimeout: 'ರೋಡ್‌ಮ್ಯಾಪ್ ಲೋಡ್ ಆಗಲು ತುಂಬಾ ಸಮಯ ಹಿಡಿಯುತ್ತಿದೆ. ಸ್ವಲ್ಪ ಹೊತ್ತಿನ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
  errorServer: 'ಸರ್ವರ್‌ನಿಂದ ರೋಡ್‌ಮ್ಯಾಪ್ ಲೋಡ್ ಆಗಲಿಲ್ಲ. ಸ್ವಲ್ಪ ಹೊತ್ತಿನ ನಂತರ ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ.',
  errorInvalid: 'ಈ ರೋಡ್‌ಮ್ಯಾಪ್‌ನಲ್ಲಿ ಒಂದು ದೋಷವಿದೆ, ಹಾಗಾಗಿ ಇದನ್ನು ತೋರಿಸಲಾಗಲಿಲ್ಲ. ಸೈಟ್‌ನ ಸಂಪಾದಕರು ಕೆಳಗೆ ವಿವರಗಳನ್ನು ನೋಡಬಹುದು.',
  retry: 'ಮತ್ತೆ ಪ್ರಯತ್ನಿಸಿ',
  scrollHint: 'ಎಲ್ಲ ಹಂತಗಳನ್ನು ನೋಡಲು ಪಕ್ಕಕ್ಕೆ ಸ್ಕ್ರಾಲ್ ಮಾಡಿ',
  errorDetails: 'ವಿವರಗಳು',
  keptPrevious: 'ಹಿಂದಿನ ಆವೃತ್ತಿಯೇ ಇನ್ನೂ ಕಾಣಿಸುತ್ತಿದೆ.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${total}ರಲ್ಲಿ ${done} ಮುಗಿದಿದೆ`,
  yourProgress: 'ನಿಮ್ಮ ಪ್ರಗತಿ',
  youAreHere: 'ನೀವು ಇಲ್ಲಿದ್ದೀರಿ',
  passed: 'ಮುಗಿದಿದೆ',
  expandAll: 'ಎಲ್ಲವನ್ನೂ ತೆರೆಯಿರಿ',
  collapseAll: 'ಎಲ್ಲವನ್ನೂ ಮುಚ್ಚಿರಿ',
  offerPlaces: {below: 'ಶ್ರೇಣಿಗಿಂತ ಕಡಿಮೆ ಇದೆ', within: 'ಶ್ರೇಣಿಯೊಳಗೆ ಇದೆ', above: 'ಶ್ರೇಣಿಗಿಂತ ಹೆಚ್ಚು ಇದೆ'},
  offerPlace: (offer, place, range, name) => `${offer} ${name ? `${name}ರ` : 'ಈ'} ${place} (${range})`,
  offerLabel: 'ನಿಮ್ಮ ಆಫರ್ ಅಥವಾ ಈಗಿನ ಸಂಬಳ',
  offerHelp: 'ಇದನ್ನು ಈ ಸಾಧನದಲ್ಲೇ ಲೆಕ್ಕ ಹಾಕಲಾಗುತ್ತದೆ: ರೋಡ್‌ಮ್ಯಾಪ್ ಇದನ್ನು ಎಲ್ಲಿಗೂ ಕಳುಹಿಸುವುದಿಲ್ಲ, ಉಳಿಸುವುದೂ ಇಲ್ಲ.',
  offerUnreadable: (example) => `ಈ ಮೊತ್ತವನ್ನು ಓದಲಾಗಲಿಲ್ಲ. ${example} ಎಂಬಂತೆ ಬರೆಯಿರಿ.`,
  // The curriculum.
  plan: 'ವಾರವಾರು ಯೋಜನೆ',
  samplePlan: 'ಮಾದರಿ ಯೋಜನೆ',
  weeks: (count, n) => `${count} ${n === 1 ? 'ವಾರ' : 'ವಾರಗಳು'}`,
  hours: (count, n) => `${count} ${n === 1 ? 'ಗಂಟೆ' : 'ಗಂಟೆಗಳು'}`,
  weekSpan: (range) => `ವಾರ ${range}`,
  week: (week) => `ವಾರ ${week}`,
  minutes: (count) => `${count} ನಿಮಿಷ`,
  free: 'ಉಚಿತ',
  paid: 'ಶುಲ್ಕ ಸಹಿತ',
  kinds: {article: 'ಲೇಖನ', video: 'ವೀಡಿಯೊ', course: 'ಕೋರ್ಸ್', book: 'ಪುಸ್ತಕ', docs: 'ದಸ್ತಾವೇಜು', practice: 'ಅಭ್ಯಾಸ'},
};

export default kn;
