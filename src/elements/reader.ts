/**
 * The reader features (`track-progress`, `experience`, `active-stage` and URL fragment links, `collapsible`) are
 * opt-in, so their behaviour, templates and styles live in `reader/reader.ts`, loaded the first time an element
 * uses one (in the embed, `roadmap-elements.reader.js` next to it). The attributes and properties stay on the
 * elements; until the module is here, or when it cannot be loaded, a roadmap shows without these features.
 */
import {html} from 'lit';
import type {ReaderFeatures} from './reader/reader.js';

export type {ReaderFeatures};

let loading: Promise<ReaderFeatures | undefined> | undefined;

/**
 * The reader features, once loaded: the same promise for every element. If the module cannot be loaded, it
 * settles to `undefined` after one console warning, and is not asked for again.
 */
export function loadReader(): Promise<ReaderFeatures | undefined> {
  return (loading ??= import('./reader/reader.js').then(
    (module) => module.readerFeatures(html),
    (error: unknown) => {
      console.warn(
        `roadmap-elements: the reader features (track-progress, experience, active-stage, collapsible) could not be loaded, so the roadmap is shown without them (${error})`,
      );
      return undefined;
    },
  ));
}
