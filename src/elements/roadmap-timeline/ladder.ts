/**
 * The view extra: the header's salary ladder (`salary-ladder.ts`), a stage's curriculum (`../stage-card/curriculum.ts`), the watcher that marks a stage row that scrolls
 * sideways (`scroll-row.ts`), and what the timeline reads from its page (`page.ts`). Loaded the first time a
 * timeline renders (in the embed, `roadmap-elements.ladder.js` beside it), while its roadmap is still on its way.
 * A roadmap with stage salaries waits for it behind the loading skeleton, so the header never grows under the
 * reader's eyes; if it cannot be loaded, the roadmap shows the market band alone, after one console warning.
 * Server rendering and the hydrating embed register it up front (`registerLadder`).
 */
import {html, svg} from 'lit';
import type * as View from './salary-ladder.js';

export type SalaryLadder = ReturnType<typeof View.ladderView>;
export type ViewExtra = typeof View & {salaryLadder: SalaryLadder; curriculum: ReturnType<typeof View.curriculumView>};

let view: ViewExtra | null | undefined;
let loading: Promise<void> | undefined;

/** The view extra once here; `null` when it could not be loaded; `undefined` while it loads. */
export const viewExtra = () => view;

/** Makes the view extra available at once, without loading. */
export function registerLadder(module: typeof View): void {
  view = {...module, salaryLadder: module.ladderView(html, svg), curriculum: module.curriculumView(html)};
}

/** Starts loading the view extra (once per page); the promise settles when it is here or has failed. */
export function loadLadder(): Promise<void> | undefined {
  if (view !== undefined) return undefined;
  return (loading ??= import('./salary-ladder.js').then(registerLadder, (error: unknown) => {
    view = null;
    console.warn(
      `roadmap-elements: the salary ladder could not be loaded, so the market band is shown alone (${error})`,
    );
  }));
}
