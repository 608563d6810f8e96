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

/** Whether the locale groups digits the Indian way (1,00,00,000), as every locale that counts in lakh does. */
const indianGrouping = (locale: string) =>
  numberFormat(locale)
    .formatToParts(1e7)
    .filter((part) => part.type === 'group').length === 3;

/** The parts of a formatted number that are the number itself, not its currency or the space beside it. */
const NUMBER_PARTS = new Set(['integer', 'group', 'decimal', 'fraction', 'minusSign', 'plusSign']);

/**
 * An amount of at least a lakh, in lakh or crore and the currency's name: "12 lakh Indian rupees", "1.5 करोड़
 * भारतीय रुपए". Rounded as `Intl`'s compact notation rounds (two significant digits, whole units from 10), with the
 * currency's name and its place from the locale's own long format of the whole amount.
 */
function inIndianUnits(amount: number, locale: string, currency: string, lakh: string, crore: string): string {
  const round = (value: number) => (value >= 10 ? Math.round(value) : Number(value.toPrecision(2)));
  let scaled = round(amount / 1e5);
  let unit = lakh;
  if (scaled >= 100) {
    scaled = round(amount / 1e7);
    unit = crore;
  }
  const number = `${numberFormat(locale, {maximumFractionDigits: 1, useGrouping: false}).format(scaled)} ${unit}`;
  let placed = false;
  return numberFormat(locale, {style: 'currency', currency, currencyDisplay: 'name'})
    .formatToParts(amount)
    .map((part) => {
      if (!NUMBER_PARTS.has(part.type)) return part.value;
      if (placed) return '';
      placed = true;
      return number;
    })
    .join('');
}

/**
 * "5 lakh Indian rupees to 11 lakh Indian rupees per year": what a screen reader should say. Locales that count in
 * lakh and crore get them from the word table, whatever the engine's compact names are (WebKit's ICU says "500
 * thousand"); smaller amounts, and other locales, keep `Intl`'s compact long form ("40 thousand", "1.2 million").
 */
export function describeMoneyRange(range: SalaryRange, locale: string, currency: string): string {
  const spoken = numberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    compactDisplay: 'long',
    currencyDisplay: 'name',
  });
  const words = wordsFor(locale);
  const {lakh, crore} = words;
  const say = (amount: number) =>
    lakh && crore && amount >= 1e5 && indianGrouping(locale)
      ? inIndianUnits(amount, locale, currency, lakh, crore)
      : spoken.format(amount);
  return words.spokenRange(say(range.min), say(range.max), words.per[range.period ?? 'year']);
}
