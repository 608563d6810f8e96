/**
 * Where a figure comes from, in words a reader trusts: "Source: Backend Developer salary tracker · reported by
 * 1,312 people, May 2026" (CONTRACT §3). The label is returned apart from the words around it, so a template can
 * make it the source's link.
 */
import type {Source} from '../schema/roadmap.js';
import {formatCalendarDate} from './date.js';
import {formatCount} from './number.js';
import {wordsFor} from './words.js';

export interface SourceNote {
  /** The words before the label ("Source: "), and after it (" · reported by 1,312 people, May 2026"). */
  before: string;
  after: string;
  label: string;
  href?: string | undefined;
  /** The source's date as shown (or `undefined`), so a figure's own "as of" need not say it again. */
  date?: string | undefined;
}

/** The entry of `roadmap.sources` with this id (references are checked, so only an absent id finds nothing). */
export function findSource(
  roadmap: {sources?: readonly Source[] | undefined},
  id: string | undefined,
): Source | undefined {
  return id === undefined ? undefined : roadmap.sources?.find((source) => source.id === id);
}

/**
 * The line shown beside a figure `source` backs, in `locale`'s words. `shown` is that figure when it is a count
 * (the open roles): a sample the same as it goes without saying ("counted", not "counted: 7,840" under 7,840).
 */
export function sourceNote(source: Source, locale: string, shown?: number): SourceNote {
  const words = wordsFor(locale);
  const {sampleSize} = source;
  const count = sampleSize === undefined || sampleSize === shown ? '' : formatCount(sampleSize, locale);
  const how = source.method ? words.sourceMethod[source.method](count) : count && words.dataPoints(count);
  const date = source.asOf && formatCalendarDate(source.asOf, locale);
  // The label's place in the sentence: a character no label or word table contains.
  const [before = '', after = ''] = words.source('\u0000', how, date ?? '').split('\u0000');
  return {before, after, label: source.label, href: source.href, date};
}
