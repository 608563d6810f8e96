/**
 * Reading an amount of money a reader typed, in their locale's way: "12L", "12 lakh", "1.2Cr", "12,00,000" and
 * "₹12L" in en-IN; "$120k", "120,000" and "1.2M" in en-US; "1,2 Mio." in German; "12 लाख" in Hindi. The locale's
 * digits, grouping and decimal separators, and the names of its compact units (K, L, Cr, Mio., लाख, करोड़ …), are
 * learnt from `Intl.NumberFormat`, so no table of them is kept here; the common units (k, lakh, lac, LPA, cr,
 * crore, m, million, bn) are read in every locale, since readers everywhere type them.
 *
 * Part of the offer check (`roadmap-elements.offer.js`), loaded only when a timeline has `offer-check`.
 */
import {memo} from './memo.js';

/** Units readers type in any locale, by their multiple. A plural "s" is dropped before looking a unit up. */
const COMMON_UNITS: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  l: 1e5,
  lac: 1e5,
  lakh: 1e5,
  lpa: 1e5,
  cr: 1e7,
  crore: 1e7,
  m: 1e6,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  tsd: 1e3,
  // Hindi's, for readers who type them in an English roadmap (the nukta of करोड़ is dropped before looking up).
  लाख: 1e5,
  करोड: 1e7,
};

/** The zero of each run of decimal digits in Unicode that a locale may write numbers in (Devanagari ०, Arabic ٠ …). */
const ZEROS = [0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66, 0xe50, 0xff10];

/** Any decimal digit of those scripts as an ASCII digit; everything else unchanged. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u0d6f\u0e50-\u0e59\uff10-\uff19]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = ZEROS.find((start) => code >= start && code <= start + 9);
    return zero === undefined ? digit : String(code - zero);
  });
}

/** A unit's name as looked up: lower case, its final full stop and Devanagari nukta gone (करोड़ = करोड). */
const unitKey = (text: string) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\u093c/g, '')
    .replace(/[.\s]+/g, ' ')
    .trim();

interface Conventions {
  decimal: string;
  group: string;
  units: Map<string, number>;
}

/** The locale's decimal and group separators and its compact units, learnt once from `Intl`. */
function conventions(locale: string): Conventions {
  return memo(`p${locale}`, () => {
    const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5);
    const units = new Map<string, number>(Object.entries(COMMON_UNITS));
    for (const compactDisplay of ['short', 'long'] as const) {
      const format = new Intl.NumberFormat(locale, {notation: 'compact', compactDisplay, numberingSystem: 'latn'});
      for (let power = 3; power <= 12; power++) {
        for (const leading of [1, 2, 10]) {
          const amount = leading * 10 ** power;
          const pieces = format.formatToParts(amount);
          const name = pieces
            .filter((piece) => piece.type === 'compact')
            .map((piece) => piece.value)
            .join(' ');
          const number = Number(
            pieces
              .filter((piece) => piece.type === 'integer')
              .map((piece) => piece.value)
              .join(''),
          );
          // French writes 1,000 as "mille", with no number before it.
          if (name) units.set(unitKey(name), amount / (number || 1));
        }
      }
    }
    return {
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
      units,
    };
  });
}

/**
 * Digits with group separators: the groups after the first have 2 or 3 digits (Indian grouping, 12,00,000, and
 * Western, 1,200,000) and the last has 3. `undefined` when `whole` is not that.
 */
function readWhole(whole: string, separators: RegExp): number | undefined {
  const groups = whole.split(separators);
  if (!groups.every((group) => /^\d+$/.test(group))) return undefined;
  const [, ...rest] = groups;
  if (rest.length && (rest.some((group) => group.length < 2 || group.length > 3) || rest.at(-1)!.length !== 3))
    return undefined;
  return Number(groups.join(''));
}

/**
 * The amount in `text`, in the currency's major unit, read the way `locale` writes numbers; `undefined` when it is
 * not an amount (empty, no digits, an unknown unit, digits grouped wrongly, zero or less). A currency sign or code
 * (₹, $, Rs, INR) anywhere in it is allowed and ignored: the amount is taken to be in the roadmap's currency.
 */
export function parseMoney(text: string, locale: string, currency = ''): number | undefined {
  const {decimal, group, units} = conventions(locale);
  let rest = asciiDigits(text.normalize('NFKC'))
    .replace(/\p{Sc}/gu, ' ')
    .replace(new RegExp(`(^|[^\\p{L}])(rs\\.?|${currency || 'rs'})(?![\\p{L}])`, 'giu'), '$1 ')
    .trim();
  const match = /^(\d[\d.,'’٫٬\s]*)(.*)$/u.exec(rest);
  if (!match) return undefined;
  const unitName = unitKey(match[2]!);
  const unit = unitName
    ? (units.get(unitName) ?? (unitName.endsWith('s') ? units.get(unitName.slice(0, -1)) : undefined))
    : 1;
  if (unit === undefined) return undefined;
  rest = match[1]!.trim();
  const read = (mark: string): number | undefined => {
    const [whole = '', fraction, ...more] = rest.split(mark);
    if (more.length || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
    // Spaces of any width and apostrophes group digits in every locale (1 200 000, 1'200'000), beside the
    // locale's own group separator and whichever of "." and "," is not the decimal mark.
    const value = readWhole(whole, new RegExp(`[\\s'’٬${mark === ',' ? '.' : ','}${group === mark ? '' : group}]`));
    return value === undefined ? undefined : value + (fraction ? Number(`0.${fraction}`) : 0);
  };
  let value = read(decimal);
  // One "." or "," that cannot be a group separator is the decimal mark, whatever the locale's: 1.5M in German.
  if (value === undefined && /^\d+[.,]\d+$/.test(rest)) value = read(rest.replace(/\d/g, ''));
  if (value === undefined) return undefined;
  const amount = Math.round(value * unit * 100) / 100;
  return amount > 0 && Number.isFinite(amount) ? amount : undefined;
}
