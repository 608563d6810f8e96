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

/** "0–2", "2–3": two numbers as a range, in the locale's own way. */
export function formatNumberRange(from: number, to: number, locale: string): string {
  return numberFormat(locale).formatRange(from, to);
}
