/**
 * How the library words a problem with a roadmap, shared by the zod schema (`parse.ts`), the runtime checker
 * (`check.ts`) and the loader, so all of them report the same located issue in the same words. No zod here.
 *
 * The embed's core file does not carry this module: a valid roadmap never needs it. The elements find problems
 * as `FoundIssue`s (`issues.ts`) and load this module (`roadmap-elements.messages.js`) to word them.
 */
import {FORMAT_VERSION, LIMITS} from './limits.js';
import type {Checked, FoundIssue, RawIssue, Result, RoadmapIssue} from './issues.js';
import {scanJson} from './json-text.js';

export type {RoadmapIssue, RawIssue, FoundIssue, Checked} from './issues.js';

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
export function message(issue: RawIssue | {code: string}, subject = 'roadmap'): string {
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
      return ruleMessage(raw as RawIssue, subject);
  }
}

/** What the rules of `rules.ts`, the JSON reader and the loader found, in words. */
function ruleMessage(raw: RawIssue, subject: string): string {
  switch (raw.code) {
    case 'rule':
      return STRING_RULE_MESSAGES[raw.rule] ?? 'is not valid';
    case 'pattern':
      return PATTERN_MESSAGES[raw.name] ?? 'is not in the expected format';
    case 'version':
      return raw.input === undefined
        ? 'is required'
        : `unsupported version ${typeof raw.input === 'number' ? raw.input : `"${shown(raw.input)}"`}: this library reads version ${FORMAT_VERSION}`;
    case 'below':
      return `must be ≥ ${raw.field} (${raw.value})`;
    case 'duplicate_id':
      return `"${raw.id}" is already the id of ${raw.list}[${raw.first}]; ids must be unique`;
    case 'unknown_source':
      return `names no source ("${raw.id}"); ${
        raw.known.length ? `the roadmap's sources are ${raw.known.join(', ')}` : 'the roadmap has no "sources"'
      }`;
    case 'currency_required':
      return `is required because ${raw.where} is set; use an ISO 4217 code such as "INR" or "USD"`;
    case 'currency':
      return `${raw.given === undefined ? 'is required, an' : `"${raw.given}" is not an`} ISO 4217 code such as "INR" or "USD"`;
    case 'json': {
      // Our own scan, not the engine's words: V8 names a line and column, WebKit only "JSON Parse error: Expected
      // '}'", Firefox its own; the reader and the editor need where it goes wrong and what to do, in every engine.
      const error = raw.text === undefined ? undefined : scanJson(raw.text).error;
      const where = error ? `line ${error.line}, column ${error.column}: ${error.message}` : raw.detail;
      return `The ${subject} is not valid JSON: ${where}`;
    }
    case 'unreadable':
      return `The ${subject} could not be read: ${raw.detail}`;
    case 'too_large':
      return `The ${subject} is too large: ${
        raw.bytes === undefined ? `more than ${megabytes(LIMITS.maxBytes)}` : megabytes(raw.bytes)
      }; the limit is ${megabytes(LIMITS.maxBytes)}.`;
    case 'more':
      return `…and ${plural(raw.count, 'more problem', 'more problems')}`;
    case 'not_loaded':
      return `Could not load the ${subject} from ${raw.src}: ${LOAD_FAILURES[raw.reason](raw)}.`;
    case 'said':
      return raw.text;
    default:
      return 'is not valid';
  }
}

/** Any value as text, even one whose `toString` is not a function (`{"toString": 0}`). */
function shown(value: unknown): string {
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

/** What each named pattern of the schema (`roadmap.ts`) says when a value fails it. */
const PATTERN_MESSAGES: Record<string, string> = {
  slug: `must be 1–${LIMITS.maxId} lowercase letters, digits or hyphens, like "backend-developer"`,
  date: 'must be a date written YYYY-MM or YYYY-MM-DD, like "2026-05"',
  currency: 'must be a three-letter ISO 4217 code such as "INR" or "USD"',
};

/** What each string rule of `rules.ts` says when a value fails it. */
const STRING_RULE_MESSAGES: Record<string, string> = {
  href: 'must be an http:, https: or relative URL (other schemes are not allowed)',
  locale: 'must be a language tag such as "en", "en-IN" or "hi"',
};

type NotLoaded = Extract<RawIssue, {code: 'not_loaded'}>;

/** Why `src` could not be loaded, as the end of "Could not load the roadmap from …: ". */
const LOAD_FAILURES: Record<NotLoaded['reason'], (raw: NotLoaded) => string> = {
  network: () => 'the network request failed (offline, blocked, or not allowed by CORS)',
  http: ({status, statusText}) => `the server answered HTTP ${status}${statusText ? ` ${statusText}` : ''}`,
  broke: () => 'the connection broke while it was downloading',
  html: () => 'the server sent an HTML page, not roadmap JSON',
  timeout: ({seconds}) => `no complete answer within ${seconds} s`,
};

/** Codes whose message is a whole sentence that names its subject, never prefixed with "The roadmap". */
const SENTENCES = new Set(['json', 'unreadable', 'too_large', 'more', 'not_loaded', 'said']);

/** One found problem in words; a problem of the whole value names its `subject` ("The roadmap must be …"). */
export function wordIssue({path, raw}: FoundIssue, subject = 'roadmap'): RoadmapIssue {
  const text = message(raw, subject);
  return {path, message: path || SENTENCES.has(raw.code) ? text : `The ${subject} ${text}`};
}

/** A check's outcome with its problems in words. Never throws. */
export function wordResult<T>(checked: Checked<T>, subject = 'roadmap'): Result<T> {
  if (checked.ok) return checked;
  try {
    return {ok: false, issues: checked.issues.map((found) => wordIssue(found, subject))};
  } catch (error) {
    // Wording reads the input again; should a hostile value still throw there, say so rather than throw.
    return {ok: false, issues: [wordIssue({path: '', raw: {code: 'unreadable', detail: shown(error)}}, subject)]};
  }
}

/** @deprecated Renamed `wordIssue`. */
export const word = wordIssue;
/** @deprecated Renamed `wordResult`. */
export const explain = wordResult;

const megabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The issue for roadmap JSON text over the size limit; `bytes` undefined when only "more than the limit" is known. */
export function tooLarge(bytes?: number, subject = 'roadmap'): RoadmapIssue {
  return wordIssue({path: '', raw: bytes === undefined ? {code: 'too_large'} : {code: 'too_large', bytes}}, subject);
}

/** @deprecated The same as `Result<T>`. */
export type Parsed<T> = Result<T>;
