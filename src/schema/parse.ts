/**
 * Validating with the zod schema itself. This is the reference the runtime checker (`check.ts`) is tested
 * against, and the way to validate a value against any one of the format's zod schemas. Not in the embed.
 */
import type * as z from 'zod/mini';
import {wordResult, message, type Parsed} from './messages.js';
import {checkInput, failed, formatPath, type Checked, type RawIssue, type RoadmapIssue} from './issues.js';

type ZodIssue = z.core.$ZodIssue;

/** An issue at `path`; root-level messages name their `subject` ("The roadmap must be an object, …"). */
export function located(path: readonly PropertyKey[], text: string, subject: string): RoadmapIssue {
  const where = formatPath(path);
  return {path: where, message: where ? text : `The ${subject} ${text}`};
}

/**
 * `checkInput` (JSON text parsed within the size limit, a throwing validator caught, issues capped) around a
 * validator that words its own issues, as zod does. Never throws.
 */
export function runValidator<T>(input: unknown, subject: string, validate: (value: unknown) => Parsed<T>): Parsed<T> {
  const checked = checkInput(input, (value): Checked<T> => {
    const result = validate(value);
    if (result.ok) return result;
    return failed(result.issues.map(({path, message}) => ({path, raw: {code: 'said', text: message}})));
  });
  return wordResult(checked, subject);
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
  wrongType = new Set<string>(),
) {
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    const where = formatPath(path);
    // zod runs length checks even on a value of the wrong type (a list where text belongs): the wrong type says it all.
    if (wrongType.has(where)) continue;
    if (issue.code === 'invalid_type') wrongType.add(where);
    if (issue.code === 'invalid_union') {
      const branch = issue.errors.find(
        (branchIssues) => !branchIssues.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      );
      if (branch) {
        collect(branch, path, subject, out, wrongType);
        continue;
      }
    }
    out.push(located(path, issue.message, subject));
  }
}

/**
 * Validates a value against one of the format's zod schemas (a roadmap, a stage, a range), with this library's
 * messages. JSON text is parsed first, within the size limit. Never throws. Returns the parsed value, or
 * located issues (at most `LIMITS.maxIssues`, then a count); `subject` names the whole in root-level messages.
 */
export function parseWith<T extends z.ZodMiniType>(
  schema: T,
  input: unknown,
  subject = 'roadmap',
): Parsed<z.output<T>> {
  return runValidator(input, subject, (value) => {
    // The wording is passed per parse: no global zod configuration is touched.
    const result = schema.safeParse(value, {error: (issue) => message(issue as RawIssue)});
    if (result.success) return {ok: true, value: result.data};
    // zod builds messages lazily, when the issues are read: this runs inside runValidator's guard too.
    const issues: RoadmapIssue[] = [];
    collect(result.error.issues, [], subject, issues);
    return {ok: false, issues};
  });
}
