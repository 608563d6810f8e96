/**
 * The stage a reader was sent to: named by the `active-stage` attribute or by the URL's `#fragment` (when no
 * element of the page itself has that id: the page's own anchors win). That stage is highlighted; once the reader
 * features are here, it is opened, scrolled into view and focused after the next render.
 */
import {isServer, type ReactiveController, type ReactiveElement} from 'lit';
import type {Roadmap} from '../schema/roadmap.js';
import type {ReaderFeatures} from '../elements/reader.js';
import {warnOnce} from '../elements/warn.js';

export interface StageTargetHost extends ReactiveElement {
  activeStage?: string;
  readonly shownRoadmap: Roadmap | undefined;
}

export interface StageTarget extends ReactiveController {
  /** The id of the stage last revealed, `undefined` before the first. */
  readonly value?: string;
  /**
   * Called from the host's `willUpdate` when the roadmap on screen (`fresh`) or `active-stage` changed. On a new
   * roadmap, the URL's fragment comes first: it is what the reader followed.
   */
  update(fresh: boolean): void;
}

/**
 * The stage target of `host`, added to it as a controller; `reader` holds the reader features once they are here
 * (a `ReaderController`). A closure rather than a class: its state minifies to one-letter names.
 */
export function stageTarget(host: StageTargetHost, reader: {readonly features?: ReaderFeatures}): StageTarget {
  /** Set when the target is to be opened, scrolled into view and focused, once the reader features are here. */
  let focus = false;
  /** The URL's fragment, when it names a stage and no element of the page itself. */
  const hashStage = (): string | undefined => {
    // `globalThis.location`: absent while rendering on a server.
    const id = globalThis.location?.hash.slice(1);
    return id && !document.getElementById(id) && host.shownRoadmap?.stages.some((stage) => stage.id === id)
      ? id
      : undefined;
  };
  const show = (id: string | false | undefined): void => {
    if (!id) return;
    target.value = id;
    focus = true;
    host.requestUpdate();
  };
  const onHash = () => show(hashStage());
  const target: StageTarget & {value?: string} = {
    hostConnected() {
      if (!isServer) addEventListener('hashchange', onHash);
    },
    hostDisconnected() {
      removeEventListener('hashchange', onHash);
    },
    update(fresh) {
      const roadmap = host.shownRoadmap;
      if (!roadmap) return;
      const active = host.activeStage;
      const known = roadmap.stages.some((stage) => stage.id === active);
      if (active && !known) {
        warnOnce(host, `<roadmap-timeline> active-stage: no stage has the id ${JSON.stringify(active)}`);
      }
      show((fresh && hashStage()) || (known ? active : undefined));
    },
    hostUpdated() {
      if (focus && reader.features) {
        focus = false;
        reader.features.reveal(host.renderRoot as ShadowRoot, host.updateComplete);
      }
    },
  };
  host.addController(target);
  return target;
}
