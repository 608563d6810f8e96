/// <reference types="node" />
/** Validating roadmap files in Node, for publishers' CI: `roadmap-elements validate` and `validateRoadmapFile`. */
import {readFile, stat} from 'node:fs/promises';
import {formatIssue, parseRoadmap, tooLarge, type RoadmapIssue} from '../schema/index.js';
import type {Roadmap} from '../schema/roadmap.js';
import {LIMITS} from '../schema/limits.js';
import {positionAt, scanJson, type TextPosition} from '../schema/json-text.js';

/** An issue, and where in the file it is when that is known (the value at its path, or the nearest parent). */
export type LocatedIssue = RoadmapIssue & Partial<TextPosition>;

export type FileValidation =
  {file: string; ok: true; roadmap: Roadmap} | {file: string; ok: false; issues: LocatedIssue[]};

/** `stages[2].salary` → `stages[2]` → `stages` → `''`. */
const parentPath = (path: string) => path.replace(/(\.[^.[]*|\[\d+\]|^[^.[]+)$/, '');

/**
 * Validates roadmap JSON text. Syntax errors come with the line and column where the JSON goes wrong, and
 * schema issues with the line and column of the value at their path.
 */
export function validateRoadmapText(text: string): {ok: true; roadmap: Roadmap} | {ok: false; issues: LocatedIssue[]} {
  const result = parseRoadmap(text);
  if (result.ok) return result;
  const scan = scanJson(text);
  if (scan.error) {
    const {message, ...position} = scan.error;
    return {ok: false, issues: [{path: '', message: `The roadmap is not valid JSON: ${message}`, ...position}]};
  }
  const issues = result.issues.map((issue): LocatedIssue => {
    if (!issue.path) return issue;
    for (let path = issue.path; ; path = parentPath(path)) {
      const offset = scan.positions.get(path);
      if (offset !== undefined) return {...issue, ...positionAt(text, offset)};
      if (!path) return issue;
    }
  });
  return {ok: false, issues};
}

/**
 * Reads and validates one roadmap file. Never throws: a missing or unreadable file, a file over the size limit,
 * bad JSON and schema violations all come back as located issues.
 */
export async function validateRoadmapFile(file: string): Promise<FileValidation> {
  let text: string;
  try {
    const {size} = await stat(file);
    if (size > LIMITS.maxBytes) return {file, ok: false, issues: [tooLarge(size)]};
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    return {file, ok: false, issues: [{path: '', message: `The roadmap could not be read: ${reason}`}]};
  }
  return {file, ...validateRoadmapText(text)};
}

/**
 * A validation as lines for a terminal and CI logs: `file: ok`, or one `file:line:column: path: message` per
 * issue (the form editors and CI annotations link to a place in the file).
 */
export function formatValidation(validation: FileValidation): string[] {
  if (validation.ok) return [`${validation.file}: ok`];
  return validation.issues.map((issue) => {
    const where = issue.line === undefined ? '' : `:${issue.line}:${issue.column}`;
    return `${validation.file}${where}: ${formatIssue(issue)}`;
  });
}
