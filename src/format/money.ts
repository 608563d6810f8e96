/** Money through `Intl`: compact for the eye (₹5L, $120K), spelled out for the ear (5 lakh Indian rupees). */
import type {SalaryRange} from '../schema/roadmap.js';
import {numberFormat} from './number.js';
import {wordsFor} from './words.js';

/** ₹5L, ₹1.5Cr (en-IN, INR); $120K (en-US, USD). */
export function formatMoney(amount: number, locale: string, currency: string): string {
  return numberFormat(locale, {style: 'currency', currency, notation: 'compact'}).format(amount);
}

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

/** "5 lakh Indian rupees to 11 lakh Indian rupees per year": what a screen reader should say. */
export function describeMoneyRange(range: SalaryRange, locale: string, currency: string): string {
  const spoken = numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    compactDisplay: 'long',
    currencyDisplay: 'name',
  });
  const words = wordsFor(locale);
  return words.spokenRange(spoken.format(range.min), spoken.format(range.max), words.per[range.period ?? 'year']);
}
