import type {RoadmapIssue} from './messages.js';

/**
 * Where things are in JSON text, for editors and terminals: the line and column of a syntax error (JSON.parse
 * names at best an offset), and of the value at each path (`stages[2].salary.max`), so a located issue can
 * point into the file. Syntax only, no values built; iterative, so deep nesting cannot overflow the stack.
 */

export interface TextPosition {
  /** 1-based line. */
  line: number;
  /** 1-based column, in UTF-16 code units. */
  column: number;
}

export interface JsonScan {
  /** The first syntax error, located; absent when the text is valid JSON. */
  error?: TextPosition & {message: string};
  /** Where the value at each path starts (`''` is the whole document), as paths are written in issues. */
  positions: Map<string, number>;
}

/** The 1-based line and column of an offset into `text`. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return {line, column: offset - lineStart + 1};
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = ['true', 'false', 'null'];

interface Container {
  close: '}' | ']';
  path: string;
  /** The next array index, or the object key just read. */
  next: number | string;
}

/** Scans JSON text: the first syntax error, and where each value starts. */
export function scanJson(text: string): JsonScan {
  const positions = new Map<string, number>();
  const stack: Container[] = [];
  let at = 0;
  const fail = (message: string): JsonScan => ({positions, error: {...positionAt(text, at), message}});
  const childPath = (): string => {
    const parent = stack.at(-1);
    if (!parent) return '';
    if (typeof parent.next === 'number') return `${parent.path}[${parent.next}]`;
    return parent.path ? `${parent.path}.${parent.next}` : parent.next;
  };
  /** Reads a string at `at` (a `"`); returns its raw text, or an error message. */
  const string = (): {value: string} | {problem: string} => {
    const start = ++at;
    while (at < text.length) {
      const char = text.charCodeAt(at);
      if (char === 34) return {value: text.slice(start, at++)};
      if (char < 32) return {problem: 'a line break or control character inside text: end the text with " first'};
      if (char === 92) {
        const escape = text[at + 1] ?? '';
        if (escape === 'u' ? !/^[0-9a-fA-F]{4}$/.test(text.slice(at + 2, at + 6)) : !'"\\/bfnrt'.includes(escape)) {
          return {problem: `"\\${escape}" is not an escape JSON knows (write \\\\ for a backslash)`};
        }
        at += escape === 'u' ? 6 : 2;
      } else at++;
    }
    return {problem: 'the text never ends: a closing " is missing'};
  };
  let expect: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'next' | 'end' = 'value';
  for (;;) {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
    const char = text[at];
    const top = stack.at(-1);
    if (expect === 'end') return char === undefined ? {positions} : fail('there is more text after the JSON ends');
    if (char === undefined) {
      return fail(top ? `the JSON ends too early: a closing "${top.close}" is missing` : 'there is no JSON here');
    }
    if ((expect === 'first-key' && char === '}') || (expect === 'first-value' && char === ']')) {
      at++;
      stack.pop();
      expect = stack.length ? 'next' : 'end';
      continue;
    }
    if (expect === 'key' || expect === 'first-key') {
      if (char !== '"') {
        return fail(
          expect === 'key' && char === '}'
            ? 'a comma before "}" has nothing after it: remove the trailing comma'
            : 'expected a property name in double quotes',
        );
      }
      const key = string();
      if ('problem' in key) return fail(key.problem);
      // Paths use the key as parsed: escapes (`\"`, `\u00e9`) decoded.
      top!.next = key.value.includes('\\') ? (JSON.parse(`"${key.value}"`) as string) : key.value;
      expect = 'colon';
      continue;
    }
    if (expect === 'colon') {
      if (char !== ':') return fail('expected ":" after the property name');
      at++;
      expect = 'value';
      continue;
    }
    if (expect === 'next') {
      if (char === ',') {
        at++;
        if (typeof top!.next === 'number') top!.next++;
        expect = top!.close === '}' ? 'key' : 'value';
        continue;
      }
      if (char === top!.close) {
        at++;
        stack.pop();
        expect = stack.length ? 'next' : 'end';
        continue;
      }
      return fail(`expected "," or "${top!.close}"${char === '"' || char === '{' ? ': a comma is missing' : ''}`);
    }
    // A value.
    if (expect === 'value' && char === ']' && top?.close === ']') {
      return fail('a comma before "]" has nothing after it: remove the trailing comma');
    }
    positions.set(childPath(), at);
    if (char === '{' || char === '[') {
      stack.push({close: char === '{' ? '}' : ']', path: childPath(), next: 0});
      at++;
      expect = char === '{' ? 'first-key' : 'first-value';
      continue;
    }
    if (char === '"') {
      const value = string();
      if ('problem' in value) return fail(value.problem);
    } else {
      NUMBER.lastIndex = at;
      const literal = LITERALS.find((word) => text.startsWith(word, at));
      if (literal) at += literal.length;
      else if (NUMBER.test(text)) at = NUMBER.lastIndex;
      else {
        return fail(
          char === "'" ? 'text must be in double quotes, not single quotes' : `unexpected "${char}": expected a value`,
        );
      }
    }
    expect = stack.length ? 'next' : 'end';
  }
}

/** An issue, and where in the text it is when that is known (the value at its path, or its nearest parent). */
export type LocatedIssue = RoadmapIssue & Partial<TextPosition>;

/** `stages[2].salary` → `stages[2]` → `stages` → `''`. */
const parentPath = (path: string) => path.replace(/(\.[^.[]*|\[\d+\]|^[^.[]+)$/, '');

/**
 * Places the issues of `text` (from `parseRoadmap(text)`): a syntax error, if any, replaces them all with one
 * issue at the line and column where the JSON goes wrong; else each issue gets the line and column of the value
 * at its path, or of its nearest parent when the value is missing (`stages[0].title: is required`).
 */
export function locateIssues(text: string, issues: readonly RoadmapIssue[], subject = 'roadmap'): LocatedIssue[] {
  const scan = scanJson(text);
  if (scan.error) {
    const {message, ...position} = scan.error;
    return [{path: '', message: `The ${subject} is not valid JSON: ${message}`, ...position}];
  }
  return issues.map((issue) => {
    if (!issue.path) return issue;
    for (let path = issue.path; ; path = parentPath(path)) {
      const offset = scan.positions.get(path);
      if (offset !== undefined) return {...issue, ...positionAt(text, offset)};
      if (!path) return issue;
    }
  });
}
