export {formatMoney, formatMoneyRange, formatPay, describeMoney, describeMoneyRange} from './money.js';
export {formatCount, formatNumberRange} from './number.js';
export {parseMoney} from './parse-money.js';
export {formatCalendarDate} from './date.js';
export {formatPeriod} from './period.js';
export {resolveLocale, textDirection, DEFAULT_LOCALE} from './locale.js';
export {wordsFor, loadWords, registerWords, WORD_LANGUAGES, type Words} from './words.js';
