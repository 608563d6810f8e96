/**
 * A reader's progress in a timeline: the items they ticked, stored per roadmap (`localStorage`, or memory where
 * storage is blocked), shown again on their next visit, and kept in step between timelines of the page and tabs
 * of the site (the `storage` event). The storage, the ticking and the sync live in the reader features
 * (`reader/reader.ts`, loaded on first use), so a page that does not track progress never loads them; this
 * controller holds the state, and applies it once the roadmap and the features are both here.
 */
import type {ReactiveElement} from 'lit';
import type {Roadmap} from '../schema/roadmap.js';
import type {ReaderFeatures} from '../elements/reader.js';
import type {RoadmapProgress} from '../elements/roadmap-timeline/progress.js';
import type {StageItemToggleDetail} from '../elements/stage-card/stage-card.js';

export interface ProgressHost extends ReactiveElement {
  readonly trackProgress: boolean;
  readonly shownRoadmap: Roadmap | undefined;
  progress: RoadmapProgress;
}

export interface Progress {
  /** Done item ids per stage id, only ids in the roadmap on screen. */
  readonly value: RoadmapProgress;
  /** True while progress set early waits: asking for progress is a use of the reader features. */
  readonly wanted: boolean;
  /**
   * Called from the host's `willUpdate`: for a new roadmap, a change of `track-progress` or features just
   * arrived, reads the stored state (or keeps what is known of the roadmap), follows other tabs, and applies
   * progress set early.
   */
  update(): void;
  /**
   * Replaces the whole state (ids not in the roadmap are dropped) and, with `track-progress`, stores it, which
   * other timelines showing the roadmap follow. Before the roadmap and the features are here, it waits for them.
   */
  set(value: RoadmapProgress): void;
  /** A reader ticked or unticked an item of the stage `stageId`: the state changes and `roadmap-progress` fires. */
  tick(stageId: string, event: CustomEvent<StageItemToggleDetail>): void;
}

/**
 * The progress of `host`; `reader` holds the reader features once they are here (a `ReaderController`). A
 * closure rather than a class: its state minifies to one-letter names, which keeps the embed from growing.
 */
export function progressController(host: ProgressHost, reader: {readonly features?: ReaderFeatures}): Progress {
  /** Progress set before the roadmap and the reader features were both here, applied once they are. */
  let wanted: unknown;
  /** The roadmap, `track-progress` and features the state was last read for. */
  let read: unknown[] = [];
  const progress = {
    value: {} as RoadmapProgress,
    get wanted() {
      return wanted !== undefined;
    },
    update() {
      const roadmap = host.shownRoadmap;
      const {features} = reader;
      if (!roadmap || !features) return;
      const now = [roadmap, host.trackProgress, features];
      if (now.every((value, index) => value === read[index])) return;
      read = now;
      progress.value = features.progressFor(host, roadmap, progress.value);
      if (wanted !== undefined) {
        const value = wanted as RoadmapProgress;
        wanted = undefined;
        progress.set(value);
      }
    },
    set(value: RoadmapProgress) {
      const roadmap = host.shownRoadmap;
      const {features} = reader;
      host.requestUpdate();
      if (roadmap && features) progress.value = features.setProgress(host, roadmap, value);
      else wanted = value;
    },
    tick(stageId: string, event: CustomEvent<StageItemToggleDetail>) {
      const roadmap = host.shownRoadmap;
      reader.features?.tick(host, roadmap!, progress.value, stageId, event.detail);
    },
  };
  return progress;
}
