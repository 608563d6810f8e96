/**
 * Validating with words, at once: the checker (`check.ts`) and the wording (`messages.ts`) together. What the
 * npm entry, the CLI and server rendering use. The embed's core file uses `wording.ts` instead, which loads the
 * wording only when an input fails.
 */
import {checkRange, checkRoadmap, checkStage} from './check.js';
import {wordResult, type Parsed} from './messages.js';
import type {RoadmapIssue} from './issues.js';
import type {Roadmap, SalaryRange, Stage} from './roadmap.js';

/** The result of `parseRoadmap`: a `Result<Roadmap>` whose roadmap is also `roadmap`, its name before 0.2. */
export type ParseResult =
  | {
      ok: true;
      value: Roadmap;
      /** @deprecated The same as `value`. */
      roadmap: Roadmap;
    }
  | {ok: false; issues: RoadmapIssue[]};

/**
 * Parses roadmap JSON text, or validates a roadmap object, against format version 1. Never throws.
 * Returns the normalised roadmap (every stage and item with an id), or every located issue.
 */
export function parseRoadmap(input: unknown): ParseResult {
  const result = wordResult(checkRoadmap(input), 'roadmap');
  return result.ok ? {ok: true, value: result.value, roadmap: result.value} : result;
}

/** Validates one stage on its own (for a standalone `<stage-card>`), normalised like a roadmap's stages. */
export function parseStage(input: unknown): Parsed<Stage> {
  return wordResult(checkStage(input), 'stage');
}

/** Validates a salary range (for `<salary-band>`). */
export function parseRange(input: unknown): Parsed<SalaryRange> {
  return wordResult(checkRange(input), 'salary range');
}
