/** Money through `Intl`: compact for the eye (₹5L, $120K), spelled out for the ear (5 lakh Indian rupees). */
import type {SalaryRange} from '../schema/roadmap.js';
import {numberFormat} from './number.js';
import {wordsFor} from './words.js';

/**
 * Whether the locale counts in lakh: it groups digits the Indian way (1,00,00,000 is longer than 10,000,000), or
 * is of India (Kannada groups digits the Western way, yet Kannada job news writes pay in ಲಕ್ಷ).
 */
const countsInLakh = (locale: string) =>
  numberFormat(locale).format(1e7).length > 10 || new Intl.Locale(locale).maximize().region === 'IN';

/**
 * ₹5L, ₹1.5Cr (en-IN, INR); $120K (en-US, USD); ₹5 लाख (hi-IN). Where the engine's compact names count in
 * thousands and millions for a locale that counts in lakh and crore (Tamil and Telugu: "₹500ஆ", "₹1.5மி"), the
 * amount is written in lakh and crore with the word table's words instead ("₹5 லட்சம்"), as readers there write pay.
 */
export function formatMoney(amount: number, locale: string, currency: string): string {
  const compact = numberFormat(locale, {style: 'currency', currency, notation: 'compact'});
  const {lakh, crore} = wordsFor(locale);
  // In lakh, a million is 10 (10L); in millions, it is 1 (1M).
  if (amount < 1e5 || !lakh || !countsInLakh(locale) || compact.format(1e6).includes(formatCountOf(10, locale))) {
    return compact.format(amount);
  }
  const inCrore = amount >= 995e4;
  const value = amount / (inCrore ? 1e7 : 1e5);
  const parts = numberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: 0,
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).formatToParts(value);
  // The unit goes right after the number, wherever the locale puts its currency sign.
  const last = parts.findLastIndex((part) => part.type === 'integer' || part.type === 'fraction');
  parts.splice(last + 1, 0, {type: 'literal', value: `\u00a0${inCrore ? crore : lakh}`});
  return parts.map((part) => part.value).join('');
}

const formatCountOf = (value: number, locale: string) => numberFormat(locale).format(value);

/** "₹5L – ₹11L": both ends written out, so each reads on its own. */
export function formatMoneyRange(range: Pick<SalaryRange, 'min' | 'max'>, locale: string, currency: string): string {
  return wordsFor(locale).range(formatMoney(range.min, locale, currency), formatMoney(range.max, locale, currency));
}

/**
 * The compact range with its pay period when that is not a year, in the locale's words: "$45 – $80/hr",
 * "₹40K – ₹90K/mo", "₹5L – ₹11L" (yearly pay says nothing more, as job boards write it).
 */
export function formatPay(range: SalaryRange, locale: string, currency: string): string {
  return wordsFor(locale).perShort[range.period ?? 'year'](formatMoneyRange(range, locale, currency));
}

/**
 * "5 lakh Indian rupees": an amount as a screen reader should say it. Locales that count in lakh and crore get them
 * from the word table, whatever the engine's compact names are (WebKit's ICU says "500 thousand"); smaller amounts,
 * and other locales, keep `Intl`'s compact long form ("40 thousand", "1.2 million").
 */
export function describeMoney(amount: number, locale: string, currency: string): string {
  const text = numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    compactDisplay: 'long',
    currencyDisplay: 'name',
  }).format(amount);
  const {lakh, crore} = wordsFor(locale);
  if (!lakh || amount < 1e5 || !countsInLakh(locale)) return text;
  // Rounded as Intl's compact notation rounds: 2 significant digits, whole units from 10 (99.5 lakh is 1 crore).
  // The engine's number and unit ("500 thousand", "5 lakh") give way to ours; its currency name stays.
  const inCrore = amount >= 995e4;
  const value = amount / (inCrore ? 1e7 : 1e5);
  const number = numberFormat(locale, {maximumFractionDigits: value < 10 ? 1 : 0}).format(value);
  return text.replace(/^\S+\s\S+/, `${number} ${inCrore ? crore : lakh}`);
}

/** "5 lakh Indian rupees to 11 lakh Indian rupees per year": a range as a screen reader should say it. */
export function describeMoneyRange(range: SalaryRange, locale: string, currency: string): string {
  return wordsFor(locale).spokenRange(
    describeMoney(range.min, locale, currency),
    describeMoney(range.max, locale, currency),
    wordsFor(locale).per[range.period ?? 'year'],
  );
}
