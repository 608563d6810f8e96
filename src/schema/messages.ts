/**
 * How the library words a problem with a roadmap, shared by the zod schema (`parse.ts`) and the runtime checker
 * (`check.ts`), so both report the same located issue in the same words. No zod here: the embed ships this file.
 */
import {LIMITS} from './limits.js';

/** One problem, located: `path` is like `stages[2].salary.max`, empty for the document as a whole. */
export interface RoadmapIssue {
  path: string;
  message: string;
}

/** A problem as a validator first describes it: zod's issue fields that the wording needs. */
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
  | {code: 'invalid_format' | 'invalid_union' | string};

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

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
};

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return TYPE_NAMES[typeof value] ?? typeof value;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

const length = (input: unknown) =>
  typeof input === 'string' || Array.isArray(input) ? ` (this one has ${input.length})` : '';

/** The library's English wording of a problem, by its code. */
export function message(issue: RawIssue): string {
  const raw = issue as RawIssue & {[key: string]: never};
  switch (raw.code) {
    case 'invalid_type': {
      const {expected, input} = raw as {expected: string; input: unknown};
      if (input === undefined) return 'is required';
      if (expected === 'int' && typeof input === 'number') return 'must be a whole number';
      return `must be ${TYPE_NAMES[expected] ?? expected}, not ${kindOf(input)}`;
    }
    case 'too_small': {
      const {minimum, origin, inclusive} = raw as {minimum: unknown; origin: string; inclusive?: boolean};
      const min = Number(minimum);
      if (origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (origin === 'array') return `must have at least ${plural(min, 'entry', 'entries')}`;
      return `must be ${inclusive === false ? '>' : '≥'} ${min}`;
    }
    case 'too_big': {
      const {maximum, origin, inclusive, input} = raw as {
        maximum: unknown;
        origin: string;
        inclusive?: boolean;
        input: unknown;
      };
      const max = Number(maximum);
      if (origin === 'string') return `is too long: at most ${plural(max, 'character', 'characters')}${length(input)}`;
      if (origin === 'array') return `has too many entries: at most ${max}${length(input)}`;
      return `must be ${inclusive === false ? '<' : '≤'} ${max}`;
    }
    case 'invalid_value': {
      const values = (raw as {values: readonly unknown[]}).values.map((value) => JSON.stringify(value));
      return values.length === 1 ? `must be ${values[0]}` : `must be one of ${values.join(', ')}`;
    }
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_union':
      return 'must be text, or an object with "text"';
    default:
      return 'is not valid';
  }
}

/** An issue at `path`; root-level messages name their `subject` ("The roadmap must be an object, …"). */
export function located(path: readonly PropertyKey[], text: string, subject: string): RoadmapIssue {
  const where = formatPath(path);
  return {path: where, message: where ? text : `The ${subject} ${text}`};
}

function utf8Length(text: string): number {
  // Every UTF-16 unit is 1–3 UTF-8 bytes: only measure when the answer is in doubt.
  if (text.length * 3 <= LIMITS.maxBytes) return text.length;
  return new TextEncoder().encode(text).length;
}

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The issue for roadmap JSON text over the size limit; `bytes` undefined when only "more than the limit" is known. */
export function tooLarge(bytes?: number, subject = 'roadmap'): RoadmapIssue {
  const size = bytes === undefined ? `more than ${megabytes(LIMITS.maxBytes)}` : megabytes(bytes);
  return {path: '', message: `The ${subject} is too large: ${size}; the limit is ${megabytes(LIMITS.maxBytes)}.`};
}

/** The outcome of checking one value: the normalised value, or located issues. */
export type Parsed<T> = {ok: true; value: T} | {ok: false; issues: RoadmapIssue[]};

/**
 * The steps around any validator: JSON text is parsed first, within the size limit; a validator that throws
 * (only hostile objects can make it: throwing getters, revoked proxies) becomes an issue; issues are capped at
 * `LIMITS.maxIssues`, then counted. Never throws.
 */
export function runValidator<T>(input: unknown, subject: string, validate: (value: unknown) => Parsed<T>): Parsed<T> {
  let value = input;
  if (typeof input === 'string') {
    const bytes = utf8Length(input);
    if (bytes > LIMITS.maxBytes) return {ok: false, issues: [tooLarge(bytes, subject)]};
    try {
      value = JSON.parse(input);
    } catch (error) {
      return {
        ok: false,
        issues: [{path: '', message: `The ${subject} is not valid JSON: ${(error as Error).message}`}],
      };
    }
  }
  let result: Parsed<T>;
  try {
    result = validate(value);
  } catch (error) {
    return {ok: false, issues: [{path: '', message: `The ${subject} could not be read: ${String(error)}`}]};
  }
  const {issues} = result as {issues?: RoadmapIssue[]};
  if (issues && issues.length > LIMITS.maxIssues) {
    const more = issues.length - LIMITS.maxIssues;
    issues.length = LIMITS.maxIssues;
    issues.push({path: '', message: `…and ${plural(more, 'more problem', 'more problems')}`});
  }
  return result;
}
