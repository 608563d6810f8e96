/** Numbers through `Intl`, with formatters kept: building an `Intl.NumberFormat` costs far more than using one. */
import {memo} from './memo.js';

/** A kept `Intl.NumberFormat` for these arguments. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  // Counts, the most frequent kind, ask without options: their key needs no JSON.
  return memo(`n${locale}${options ? JSON.stringify(options) : ''}`, () => new Intl.NumberFormat(locale, options));
}

/** A count in the locale's digits and grouping: 7840 → "7,840" (en), "७,८४०" (hi-IN-u-nu-deva). */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/**
 * "0–2", "2–3": two numbers as a range, in the locale's own way. Chromium builds a new ICU range formatter on every
 * `formatRange` call (about 60 µs: 20 ms for a 300-stage roadmap, again on each locale change), so it is asked once
 * per locale, for 1–2, and the text around its numbers (`['', '–', '']` in English) is put around the other ranges'
 * numbers. For plain numbers ≥ 0 that is exactly what `formatRange` writes (test/format.test.ts compares the two in
 * many locales); ends that look alike ("~5") still go through `formatRange`.
 */
export function formatNumberRange(from: number, to: number, locale: string): string {
  const format = numberFormat(locale);
  const start = format.format(from);
  const end = format.format(to);
  if (!(from >= 0 && from < to) || start === end) return format.formatRange(from, to);
  const affixes = memo(`r${locale}`, () => {
    const [before = '', rest = ''] = format.formatRange(1, 2).split(format.format(1));
    return [before, ...rest.split(format.format(2))];
  });
  return affixes[0] + start + affixes[1] + end + affixes[2];
}
