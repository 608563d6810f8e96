/** Numbers through `Intl`, with formatters cached: building an `Intl.NumberFormat` costs far more than using one. */

const formatters = new Map<string, Intl.NumberFormat>();

/** A cached `Intl.NumberFormat` for these arguments. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A count in the locale's digits and grouping: 7840 → "7,840" (en), "७,८४०" (hi-IN-u-nu-deva). */
export function formatCount(value: number, locale: string): string {
  return numberFormat(locale).format(value);
}

/** Per locale, the text before, between and after the two numbers of a range: `['', '–', '']` in English. */
const rangeAffixes = new Map<string, string[]>();

/**
 * "0–2", "2–3": two numbers as a range, in the locale's own way. Chromium builds a new ICU range formatter on every
 * `formatRange` call (about 60 µs: 20 ms for a 300-stage roadmap, again on each locale change), so it is asked once
 * per locale, for 1–2, and the text around the numbers it gives is put around the other ranges' numbers. For plain
 * numbers ≥ 0 that is exactly what `formatRange` writes (test/format.test.ts compares the two in many locales); ends
 * that look alike ("~5") still go through `formatRange`.
 */
export function formatNumberRange(from: number, to: number, locale: string): string {
  const format = numberFormat(locale);
  const start = format.format(from);
  const end = format.format(to);
  if (!(from >= 0 && from < to) || start === end) return format.formatRange(from, to);
  let affixes = rangeAffixes.get(locale);
  if (!affixes) {
    affixes = ['', '', ''];
    let at = 0;
    for (const part of format.formatRangeToParts(1, 2)) {
      if (part.source === 'shared') affixes[at] += part.value;
      else at = part.source === 'startRange' ? 1 : 2;
    }
    rangeAffixes.set(locale, affixes);
  }
  return affixes[0] + start + affixes[1] + end + affixes[2];
}
