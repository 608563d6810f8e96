/**
 * The one door into the library: JSON text or an object in, a validated roadmap or located issues out.
 * It never throws.
 */
import type * as z from 'zod/mini';
import {LIMITS} from './limits.js';
import {roadmapSchema, stageSchema, type Roadmap, type Stage} from './roadmap.js';
import {deriveIds} from './ids.js';

/** One problem, located: `path` is like `stages[2].salary.max`, empty for the document as a whole. */
export interface RoadmapIssue {
  path: string;
  message: string;
}

export type ParseResult = {ok: true; roadmap: Roadmap} | {ok: false; issues: RoadmapIssue[]};

type ZodIssue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

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

/** English messages for zod's issue codes. Passed per parse, so no global zod configuration is touched. */
function message(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return 'is required';
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      if (issue.expected === 'int' && typeof issue.input === 'number') return 'must be a whole number';
      return `must be ${expected}, not ${kindOf(issue.input)}`;
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters`;
      if (issue.origin === 'array') return `must have at least ${plural(min, 'entry', 'entries')}`;
      return `must be ${issue.inclusive === false ? '>' : '≥'} ${min}`;
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        const length = typeof issue.input === 'string' ? ` (this one has ${issue.input.length})` : '';
        return `is too long: at most ${plural(max, 'character', 'characters')}${length}`;
      }
      if (issue.origin === 'array') {
        const length = Array.isArray(issue.input) ? ` (this one has ${issue.input.length})` : '';
        return `has too many entries: at most ${max}${length}`;
      }
      return `must be ${issue.inclusive === false ? '<' : '≤'} ${max}`;
    }
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return 'is not in the expected format';
    case 'invalid_union':
      return 'must be text, or an object with "text"';
    default:
      return 'is not valid';
  }
}

/**
 * Flattens zod's issues. A union that failed is explained by the branch that matched the value's type
 * (an item given as an object is explained by the object branch: `items[1].text: is required`).
 */
function collect(
  issues: readonly ZodIssue[],
  prefix: readonly PropertyKey[],
  subject: string,
  out: RoadmapIssue[],
): void {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union') {
      const branch = issue.errors.find(
        (branchIssues) => !branchIssues.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      );
      if (branch) {
        collect(branch, path, subject, out);
        continue;
      }
    }
    const where = formatPath(path);
    out.push({path: where, message: where ? issue.message : `The ${subject} ${issue.message}`});
  }
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

type Parsed<T> = {ok: true; value: T} | {ok: false; issues: RoadmapIssue[]};

/**
 * Validates a value against one of the format's schemas (a roadmap, a stage, a range), with this library's
 * messages. JSON text is parsed first, within the size limit. Never throws. Returns the parsed value, or
 * located issues (at most `LIMITS.maxIssues`, then a count); `subject` names the whole in root-level messages.
 */
export function parseWith<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
  subject = 'roadmap',
): Parsed<z.output<T>> {
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
  const issues: RoadmapIssue[] = [];
  try {
    const result = schema.safeParse(value, {error: message});
    if (result.success) return {ok: true, value: result.data};
    // zod builds messages lazily, when the issues are read: keep that inside the try too.
    collect(result.error.issues, [], subject, issues);
  } catch (error) {
    // Only reachable with hostile objects (throwing getters, revoked proxies); JSON input cannot get here.
    return {ok: false, issues: [{path: '', message: `The ${subject} could not be read: ${String(error)}`}]};
  }
  if (issues.length > LIMITS.maxIssues) {
    const more = issues.length - LIMITS.maxIssues;
    issues.length = LIMITS.maxIssues;
    issues.push({path: '', message: `…and ${plural(more, 'more problem', 'more problems')}`});
  }
  return {ok: false, issues};
}

/** Roadmaps and stages that came out of `parseRoadmap`: valid, so an element can render them without re-checking. */
const parsed = new WeakSet<object>();

/**
 * Parses roadmap JSON text, or validates a roadmap object, against format version 1.
 * Returns the normalised roadmap, or every located issue.
 */
export function parseRoadmap(input: unknown): ParseResult {
  const result = parseWith(roadmapSchema, input);
  if (!result.ok) return result;
  parsed.add(result.value);
  for (const stage of result.value.stages) parsed.add(stage);
  return {ok: true, roadmap: result.value};
}

/** Validates one stage on its own (for a standalone `<stage-card>`), normalised like a roadmap's stages. */
export function parseStage(input: unknown): Parsed<Stage> {
  if (typeof input === 'object' && input !== null && parsed.has(input)) return {ok: true, value: input as Stage};
  const result = parseWith(stageSchema, input, 'stage');
  return result.ok ? {ok: true, value: deriveIds({stages: [result.value]}).stages[0]!} : result;
}
