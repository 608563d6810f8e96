/**
 * Problems with an input, as the checker, the rules and the loader find them: located, but not yet in words.
 *
 * Putting a problem into words is `messages.ts`'s job. Keeping the two apart keeps the English wording out of
 * the embed's core file: a valid roadmap never needs it, so the embed loads it (`roadmap-elements.messages.js`)
 * only when an input fails. No zod and no wording here.
 */
import {LIMITS} from './limits.js';

/** One problem, located and worded: `path` is like `stages[2].salary.max`, empty for the document as a whole. */
export interface RoadmapIssue {
  path: string;
  message: string;
}

/**
 * A problem before it is worded: zod's issue fields that the wording needs (`invalid_type`, `too_small`, …), or
 * one of the library's own codes. `said` carries a message already worded (by zod, which words as it parses).
 */
export type RawIssue =
  | {code: 'invalid_type'; expected: string; input: unknown}
  | {
      code: 'too_small' | 'too_big';
      origin: string;
      input: unknown;
      minimum?: unknown;
      maximum?: unknown;
      inclusive?: boolean;
    }
  | {code: 'invalid_value'; values: readonly unknown[]}
  | {code: 'invalid_format' | 'invalid_union'}
  /** A string rule of `rules.ts` failed (`href`, `locale`). */
  | {code: 'rule'; rule: string}
  /** A named pattern of the schema failed (`slug`, `date`, `currency`). */
  | {code: 'pattern'; name: string}
  | {code: 'version'; input: unknown}
  /** A bound that comes from another field: `max` below `min`, `to` below `from`. */
  | {code: 'below'; field: string; value: number}
  | {code: 'duplicate_id'; id: string; list: string; first: number}
  | {code: 'currency_required'; where: string}
  /** A `source` naming no entry of the roadmap's `sources` (`known`: their ids). */
  | {code: 'unknown_source'; id: string; known: readonly string[]}
  /** A `<salary-band>`'s currency: missing (no `given`), or not one `Intl` knows. */
  | {code: 'currency'; given?: string}
  /** Not JSON: the engine's `detail`, and the `text`, which the wording scans for where and why (engines differ). */
  | {code: 'json'; detail: string; text?: string}
  | {code: 'unreadable'; detail: string}
  | {code: 'too_large'; bytes?: number}
  | {code: 'more'; count: number}
  /** `src` could not be loaded: `reason` says why; `status` and `seconds` go with `http` and `timeout`. */
  | {
      code: 'not_loaded';
      src: string;
      reason: 'network' | 'http' | 'broke' | 'html' | 'timeout';
      status?: number;
      statusText?: string;
      seconds?: number;
    }
  | {code: 'said'; text: string};

/** A problem as found: where, and what in a form `messages.ts` puts into words. */
export interface FoundIssue {
  path: string;
  raw: RawIssue;
}

/**
 * The library's one result shape: the value, or every issue, located. `I` is a worded `RoadmapIssue` unless a
 * name says otherwise (`Checked`: found, not yet worded; `LocatedIssue`: with a line and column).
 */
export type Result<T, I = RoadmapIssue> = {ok: true; value: T} | {ok: false; issues: I[]};

/**
 * The outcome of checking one value: the normalised value, or its problems, located but not yet worded. A failure
 * also carries its issues as `found`, their name before 0.2 (deprecated).
 */
export type Checked<T> =
  | {ok: true; value: T}
  | {
      ok: false;
      issues: FoundIssue[];
      /** @deprecated The same list as `issues`. */
      found: FoundIssue[];
    };

/** A failed check with these issues. */
export const failed = (issues: FoundIssue[]): {ok: false; issues: FoundIssue[]; found: FoundIssue[]} => ({
  ok: false,
  issues,
  found: issues,
});

/** `['stages', 2, 'salary', 'max']` → `stages[2].salary.max`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** One issue as a line a blog editor can act on: `stages[2].salary.max: must be ≥ min (1100000)`. */
export function formatIssue(issue: RoadmapIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

/** A problem with the input as a whole. */
export const whole = (raw: RawIssue) => failed([{path: '', raw}]);

function utf8Length(text: string): number {
  // Every UTF-16 unit is 1–3 UTF-8 bytes: only measure when the answer is in doubt.
  if (text.length * 3 <= LIMITS.maxBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

/**
 * The steps around any validator: JSON text is parsed first, within the size limit; a validator that throws
 * (only hostile objects can make it: throwing getters, revoked proxies) becomes a problem; problems are capped
 * at `LIMITS.maxIssues`, then counted. Never throws.
 */
export function checkInput<T>(input: unknown, validate: (value: unknown) => Checked<T>): Checked<T> {
  let value = input;
  if (typeof input === 'string') {
    const bytes = utf8Length(input);
    if (bytes > LIMITS.maxBytes) return whole({code: 'too_large', bytes});
    try {
      value = JSON.parse(input);
    } catch (error) {
      return whole({code: 'json', detail: (error as Error).message, text: input});
    }
  }
  let result: Checked<T>;
  try {
    result = validate(value);
  } catch (error) {
    return whole({code: 'unreadable', detail: String(error)});
  }
  if (!result.ok && result.issues.length > LIMITS.maxIssues) {
    const more = result.issues.length - LIMITS.maxIssues;
    result.issues.length = LIMITS.maxIssues;
    result.issues.push({path: '', raw: {code: 'more', count: more}});
  }
  return result;
}
