/**
 * Tamil (தமிழ்): every key of the English table, in Tamil script, in the words Tamil job news and sites use
 * (காலிப் பணியிடங்கள், சம்பளம்).
 */
import type {WordTable} from './en.js';

export const ta: WordTable = {
  stage: (number) => `நிலை ${number}`,
  stageSpan: (range) => `நிலைகள் ${range}`,
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
  perShort: {
    year: (range) => range,
    month: (range) => `${range}/மாதம்`,
    hour: (range) => `${range}/மணிநேரம்`,
  },
  lakh: 'லட்சம்',
  crore: 'கோடி',
  salaryRange: 'சம்பள வரம்பு',
  marketSalary: 'சந்தைச் சம்பளம்',
  salaryByStage: 'நிலைவாரியான சம்பளம்',
  marketRange: 'முழுச் சந்தை',
  openRoles: 'காலிப் பணியிடங்கள்',
  lastRefreshed: 'கடைசிப் புதுப்பிப்பு',
  asOf: (date) => `${date} நிலவரப்படி`,
  source: (label, how, date) => `ஆதாரம்: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  sourceMethod: {
    counted: (count) => (count ? `எண்ணிக்கை: ${count}` : 'எண்ணிக் கணக்கிடப்பட்டது'),
    reported: (count) => (count ? `${count} பேர் தெரிவித்தது` : 'சுயமாகத் தெரிவித்தது'),
    estimated: (count) => (count ? `${count} தரவுகளிலிருந்து மதிப்பீடு` : 'மதிப்பீடு'),
  },
  dataPoints: (count) => `${count} தரவுகள்`,
  stages: 'நிலைகள்',
  links: 'அடுத்த படிகள்',
  loading: 'ரோட்மேப் ஏற்றப்படுகிறது…',
  errorNetwork: 'ரோட்மேப்பை ஏற்ற முடியவில்லை. உங்கள் இணைய இணைப்பைச் சரிபார்த்து மீண்டும் முயலவும்.',
  errorTimeout: 'ரோட்மேப் ஏற்றப்பட அதிக நேரம் ஆகிறது. சிறிது நேரம் கழித்து மீண்டும் முயலவும்.',
  errorServer: 'சர்வரிலிருந்து ரோட்மேப்பை ஏற்ற முடியவில்லை. சிறிது நேரம் கழித்து மீண்டும் முயலவும்.',
  errorInvalid: 'இந்த ரோட்மேப்பில் ஒரு பிழை உள்ளது, அதனால் இதைக் காட்ட முடியவில்லை. தளத்தின் ஆசிரியர்கள் கீழே விவரங்களைக் காணலாம்.',
  retry: 'மீண்டும் முயலவும்',
  scrollHint: 'எல்லா நிலைகளையும் காணப் பக்கவாட்டில் உருட்டவும்',
  errorDetails: 'விவரங்கள்',
  keptPrevious: 'முந்தைய பதிப்பே இன்னும் காட்டப்படுகிறது.',

  // Reader features: track-progress, experience, collapsible.
  progressDone: (done, total) => `${total}-இல் ${done} முடிந்தது`,
  yourProgress: 'உங்கள் முன்னேற்றம்',
  youAreHere: 'நீங்கள் இங்கே உள்ளீர்கள்',
  passed: 'முடிந்தது',
  expandAll: 'அனைத்தையும் விரி',
  collapseAll: 'அனைத்தையும் சுருக்கு',
  offerPlaces: {below: 'வரம்பை விடக் குறைவு', within: 'வரம்பிற்குள் உள்ளது', above: 'வரம்பை விட அதிகம்'},
  offerPlace: (offer, place, range, name) => `${offer} ${name ? `${name} இன்` : 'இந்த'} ${place} (${range})`,
  offerLabel: 'உங்கள் சலுகை அல்லது தற்போதைய சம்பளம்',
  offerHelp: 'இது இந்தச் சாதனத்திலேயே கணக்கிடப்படுகிறது: ரோட்மேப் இதை அனுப்புவதோ சேமிப்பதோ இல்லை.',
  offerUnreadable: (example) => `இந்தத் தொகையைப் படிக்க முடியவில்லை. ${example} போல எழுதவும்.`,
  // The curriculum.
  plan: 'வாரவாரியான திட்டம்',
  samplePlan: 'மாதிரித் திட்டம்',
  weeks: (count, n) => `${count} ${n === 1 ? 'வாரம்' : 'வாரங்கள்'}`,
  hours: (count) => `${count} மணிநேரம்`,
  weekSpan: (range) => `வாரங்கள் ${range}`,
  week: (week) => `வாரம் ${week}`,
  minutes: (count) => `${count} நிமிடம்`,
  free: 'இலவசம்',
  paid: 'கட்டணம்',
  kinds: {article: 'கட்டுரை', video: 'வீடியோ', course: 'பாடநெறி', book: 'புத்தகம்', docs: 'ஆவணங்கள்', practice: 'பயிற்சி'},
};

export default ta;
