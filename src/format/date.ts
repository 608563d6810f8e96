/** Dates through `Intl`. The format's dates are calendar dates, so they are read and shown in UTC. */
import {memo} from './memo.js';

/**
 * "2026-05" → "May 2026"; "2026-05-14" → "14 May 2026" (en-IN) or "May 14, 2026" (en-US). The format's dates are
 * Gregorian, so they are shown in the Gregorian calendar unless the locale asks for another (`ar-SA-u-ca-islamic`):
 * engines disagree on some locales' default (WebKit shows ar-SA in the Hijri calendar, Chromium in the Gregorian).
 */
export function formatCalendarDate(value: string, locale: string): string {
  const [year = 0, month = 1, day] = value.split('-').map(Number);
  const withDay = day !== undefined;
  const formatter = memo(
    `d${locale}${withDay}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone: 'UTC',
        year: 'numeric',
        month: 'long',
        day: withDay ? 'numeric' : undefined,
        calendar: /-ca-/i.test(locale) ? undefined : 'gregory',
      }),
  );
  return formatter.format(Date.UTC(year, month - 1, day ?? 1));
}
