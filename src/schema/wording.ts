/**
 * Problems put into words when they happen: the elements find problems without words (`issues.ts`) and load
 * the wording (`messages.ts`; in the embed, `roadmap-elements.messages.js` beside it) only when an input fails.
 * A valid roadmap never fetches it.
 */
import {checkRoadmap} from './check.js';
import {failed, type FoundIssue, type RoadmapIssue} from './issues.js';
import type {ParseResult} from './validate.js';

type Messages = typeof import('./messages.js');

let loading: Promise<Messages | undefined> | undefined;

/** The wording, once loaded: one request per page. If it cannot be loaded, one console warning, then `undefined`. */
function loadMessages(): Promise<Messages | undefined> {
  return (loading ??= import('./messages.js').then(
    (module) => module,
    (error: unknown) => {
      console.warn(
        `roadmap-elements: the error messages could not be loaded, so problems are named by their codes (${error})`,
      );
      return undefined;
    },
  ));
}

/** Found problems in words; without the wording module, each named by its code at its path. */
export async function wordIssues(found: readonly FoundIssue[], subject: string): Promise<RoadmapIssue[]> {
  const messages = await loadMessages();
  if (!messages) {
    return found.map(({path, raw}) => ({
      path,
      message: `${path ? 'is' : `The ${subject} is`} not valid (${raw.code})`,
    }));
  }
  // `wordResult`, not `wordIssue` one by one: it never throws, whatever the input holds.
  const worded = messages.wordResult(failed([...found]), subject);
  return worded.ok ? [] : worded.issues;
}

/** Per owner (an element), the wording it waits for: only the newest is shown. */
const pending = new WeakMap<object, Promise<void>>();

/**
 * Words `found` for `owner` and hands the issues to `show`, unless `owner` asked again, or called
 * `forgetIssues`, before the words were here: a newer input always wins over an older failure.
 */
export function wordIssuesFor(
  owner: object,
  found: readonly FoundIssue[],
  subject: string,
  show: (issues: RoadmapIssue[]) => void,
): void {
  const explaining = wordIssues(found, subject).then((issues) => {
    if (pending.get(owner) !== explaining) return;
    pending.delete(owner);
    show(issues);
  });
  pending.set(owner, explaining);
}

/** Drops the wording `owner` waits for, if any: its input was replaced. */
export const forgetIssues = (owner: object): void => void pending.delete(owner);

/** What `owner`'s `updateComplete` waits for: the wording of its latest problem, while it loads. */
export const issuesPending = (owner: object): Promise<void> | undefined => pending.get(owner);

/**
 * `parseRoadmap` for the embed: the same result, as a promise, because the words of a failure load on demand.
 * Never rejects.
 */
export async function validateRoadmap(input: unknown): Promise<ParseResult> {
  const checked = checkRoadmap(input);
  return checked.ok
    ? {ok: true, value: checked.value, roadmap: checked.value}
    : {ok: false, issues: await wordIssues(checked.issues, 'roadmap')};
}
