/**
 * Tamil (தமிழ்): every key of the English table, in Tamil script, in the words Tamil job news and sites use
 * (காலிப் பணியிடங்கள், சம்பளம்).
 */
import type {Words} from './en.js';

export const ta: Words = {
  stage: (number) => `நிலை ${number}`,
  period: {
    month: {
      span: (range) => `மாதங்கள் ${range}`,
      single: (month) => `மாதம் ${month}`,
      onwards: (month) => `மாதம் ${month}+`,
    },
    year: {
      span: (range) => `ஆண்டுகள் ${range}`,
      single: (year) => `ஆண்டு ${year}`,
      onwards: (year) => `ஆண்டு ${year}+`,
    },
  },
  range: (min, max) => `${min} – ${max}`,
  spokenRange: (min, max, per) => `${per} ${min} முதல் ${max} வரை`,
  per: {year: 'ஆண்டுக்கு', month: 'மாதத்துக்கு', hour: 'மணிநேரத்துக்கு'},
  salaryRange: 'சம்பள வரம்பு',
  marketSalary: 'சந்தைச் சம்பளம்',
  openRoles: 'காலிப் பணியிடங்கள்',
  lastRefreshed: 'கடைசிப் புதுப்பிப்பு',
  asOf: (date) => `${date} நிலவரப்படி`,
  stages: 'நிலைகள்',
  links: 'அடுத்த படிகள்',
  loading: 'ரோட்மேப் ஏற்றப்படுகிறது…',
  errorTitle: 'இந்த ரோட்மேப்பைக் காட்ட முடியவில்லை.',
  errorDetails: 'விவரங்கள்',
  keptPrevious: 'முந்தைய பதிப்பே இன்னும் காட்டப்படுகிறது.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${total}-இல் ${done} முடிந்தது`,
  yourProgress: 'உங்கள் முன்னேற்றம்',
  youAreHere: 'நீங்கள் இங்கே உள்ளீர்கள்',
  passed: 'முடிந்தது',
  expandAll: 'அனைத்தையும் விரி',
  collapseAll: 'அனைத்தையும் சுருக்கு',
};

export default ta;
