/// <reference types="node" />
/** Validating roadmap files in Node, for publishers' CI: `roadmap-elements validate` and `validateRoadmapFile`. */
import {readFile, stat} from 'node:fs/promises';
import {formatIssue, parseRoadmap, tooLarge} from '../schema/index.js';
import type {Roadmap} from '../schema/roadmap.js';
import {LIMITS} from '../schema/limits.js';
import {locateIssues, type LocatedIssue} from '../schema/json-text.js';

export type {LocatedIssue};

/** `parseRoadmapText`'s result with the file's name. */
export type FileValidation = {file: string} & TextResult;

/** A `Result<Roadmap, LocatedIssue>` whose roadmap is also `roadmap`, its name before 0.2. */
export type TextResult =
  | {
      ok: true;
      value: Roadmap;
      /** @deprecated The same as `value`. */
      roadmap: Roadmap;
    }
  | {ok: false; issues: LocatedIssue[]};

/**
 * Validates roadmap JSON text. Syntax errors come with the line and column where the JSON goes wrong, and
 * schema issues with the line and column of the value at their path.
 */
export function parseRoadmapText(text: string): TextResult {
  const result = parseRoadmap(text);
  return result.ok ? result : {ok: false, issues: locateIssues(text, result.issues)};
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
  return {file, ...parseRoadmapText(text)};
}

/** @deprecated Renamed `parseRoadmapText` (it is synchronous, as every `parse…` is). */
export const validateRoadmapText = parseRoadmapText;

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
