/** A stage's period as readers say it: "Months 0–2", "Month 3", "Year 2–3", "Year 4+". */
import type {StagePeriod} from '../schema/roadmap.js';
import {formatCount, formatNumberRange} from './number.js';
import {wordsFor} from './words.js';

export function formatPeriod(period: StagePeriod, locale: string): string {
  const words = wordsFor(locale).period[period.unit];
  if (period.to === undefined) return words.onwards(formatCount(period.from, locale));
  if (period.to === period.from) return words.single(formatCount(period.from, locale));
  return words.span(formatNumberRange(period.from, period.to, locale));
}
