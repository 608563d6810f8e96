/**
 * The reader features (`track-progress`, `experience`, `active-stage`, `collapsible`) of one element: loaded the
 * first time the element uses one (`../elements/reader.ts`, in the embed `roadmap-elements.reader.js`), their
 * styles then added to the element's shadow root. Until they are here, or when they cannot be loaded, the
 * element shows without them.
 */
import type {ReactiveElement} from 'lit';
import {loadReader, type ReaderFeatures} from '../elements/reader.js';
import type {PendingHost} from '../elements/base-element.js';

export interface Reader {
  /** The features, once loaded; `undefined` before, and for good when they could not be loaded. */
  readonly features?: ReaderFeatures;
  /**
   * Starts loading the features when `wanted` (once per element); the host updates when they arrive, and its
   * `updateComplete` waits for them.
   */
  use(wanted: boolean): void;
}

/** The reader features of `host`, a timeline or a card (`kind` names its styles). A closure, as `stageTarget`. */
export function readerFeatures(host: ReactiveElement & PendingHost, kind: 'timeline' | 'card'): Reader {
  let asked = false;
  const reader: Reader & {features?: ReaderFeatures} = {
    use(wanted) {
      if (!wanted || asked) return;
      asked = true;
      host.track(
        loadReader().then((features) => {
          features?.adopt(host.renderRoot as ShadowRoot, kind);
          reader.features = features;
          host.requestUpdate();
        }),
      );
    },
  };
  return reader;
}
