/**
 * The reader features of `<roadmap-timeline>` and `<stage-card>`: progress (checkboxes, counts, storage), the
 * stages' places against `experience`, revealing a linked stage, the disclosure of collapsible stages, and the
 * styles of all of them (print styles stay with the elements: printing cannot wait for a file). Loaded by `../reader.ts` when an
 * element uses a feature; in the embed, this is `roadmap-elements.reader.js`.
 *
 * It must not import Lit, or the embed's extra would carry a second copy: the core passes in its `html`.
 */
import type {html as litHtml, TemplateResult} from 'lit';
import type {Roadmap, Stage} from '../../schema/roadmap.js';
import type {Words} from '../../format/words.js';
import type {RoadmapProgressDetail} from '../roadmap-timeline/roadmap-timeline.js';
import type {StageItemToggleDetail} from '../stage-card/stage-card.js';
import {
  countProgress,
  forgetProgress,
  knownProgress,
  progressKey,
  readProgress,
  stageStatus,
  writeProgress,
  type RoadmapProgress,
} from '../roadmap-timeline/progress.js';
import {READER_STYLES} from './reader.styles.js';

const sheets: Partial<Record<keyof typeof READER_STYLES, CSSStyleSheet>> = {};

/** What progress sync needs of a timeline: the roadmap it shows, whether it tracks progress, and its state. */
interface Follower {
  readonly isConnected: boolean;
  readonly trackProgress: boolean;
  readonly shownRoadmap: Roadmap | undefined;
  progress: RoadmapProgress;
}

/** Timelines that track progress, held weakly: a removed one is neither kept alive nor told anything. */
const followers = new Set<WeakRef<Follower>>();
const following = new WeakSet<Follower>();

/** Shows `roadmapId`'s stored progress in every connected timeline that tracks it, except `source`. */
function share(roadmapId: string, source?: Follower): void {
  for (const ref of followers) {
    const timeline = ref.deref();
    if (!timeline) followers.delete(ref);
    else if (timeline !== source && timeline.isConnected && timeline.trackProgress) {
      const roadmap = timeline.shownRoadmap;
      if (roadmap?.id === roadmapId) timeline.progress = readProgress(roadmap);
    }
  }
}

/** Another tab (or window, or frame) of this site stored progress: every timeline here showing it follows. */
function onStorage(event: StorageEvent): void {
  const prefix = progressKey('');
  if (event.storageArea !== localStorage || !event.key?.startsWith(prefix)) return;
  const roadmapId = event.key.slice(prefix.length);
  // What that tab stored is now the truth here too, not what this page last wrote.
  forgetProgress(roadmapId);
  share(roadmapId);
}

export function readerFeatures(html: typeof litHtml) {
  return {
    countProgress,

    /**
     * The progress `timeline` shows for `roadmap`: with `track-progress`, the stored state, kept in step from then
     * on with other timelines, here or in another tab of the site, that change it; else what of `progress` is in
     * the roadmap.
     */
    progressFor(timeline: Follower, roadmap: Roadmap, progress: RoadmapProgress): RoadmapProgress {
      if (!timeline.trackProgress) return knownProgress(roadmap, progress);
      if (!following.has(timeline)) {
        if (!followers.size) addEventListener('storage', onStorage);
        following.add(timeline);
        followers.add(new WeakRef(timeline));
      }
      return readProgress(roadmap);
    },

    /**
     * `value` as the progress of `roadmap` (ids not in it dropped); with `track-progress` it is stored, and shown in
     * every other timeline of this page that tracks the same roadmap.
     */
    setProgress(timeline: Follower, roadmap: Roadmap, value: unknown): RoadmapProgress {
      const progress = knownProgress(roadmap, value);
      if (timeline.trackProgress && writeProgress(roadmap.id, progress)) share(roadmap.id, timeline);
      return progress;
    },

    /**
     * A reader ticked or unticked an item of a stage: `timeline` takes the new progress and announces it with
     * `roadmap-progress`.
     */
    tick(
      timeline: Follower & EventTarget,
      roadmap: Roadmap,
      progress: RoadmapProgress,
      stageId: string,
      {itemId, done}: StageItemToggleDetail,
    ): void {
      const others = (progress[stageId] ?? []).filter((id) => id !== itemId);
      const next = knownProgress(roadmap, {...progress, [stageId]: done ? [...others, itemId] : others});
      const detail: RoadmapProgressDetail = {
        roadmapId: roadmap.id,
        stageId,
        itemId,
        done,
        ...countProgress(roadmap, next),
      };
      timeline.progress = next;
      timeline.dispatchEvent(new CustomEvent('roadmap-progress', {bubbles: true, composed: true, detail}));
    },

    /** Adds the reader styles of an element kind to its shadow root, once. */
    adopt(root: ShadowRoot, kind: keyof typeof READER_STYLES): void {
      let sheet = sheets[kind];
      if (!sheet) {
        sheet = sheets[kind] = new CSSStyleSheet();
        sheet.replaceSync(READER_STYLES[kind]);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    },

    /** Each stage's place against `experience` (months): only the first stage containing it is `current`. */
    statuses(stages: readonly Stage[], experience: number): ('current' | 'passed' | undefined)[] {
      let here = false;
      return stages.map((stage) => {
        const status = stageStatus(stage, experience);
        if (status !== 'current') return status;
        if (here) return undefined;
        here = true;
        return status;
      });
    },

    /** Opens the highlighted stage in `root`; once `rendered` settles, scrolls it into view and focuses it. */
    reveal(root: ShadowRoot, rendered: Promise<unknown>): void {
      const stage = root.querySelector<HTMLElement>('.stage.active');
      const card = stage?.querySelector('stage-card');
      if (card) card.open = true;
      void rendered.then(() => {
        stage?.scrollIntoView({block: 'start'});
        stage?.focus({preventScroll: true});
      });
    },

    /** The header fact "Your progress", `text` being "3 of 9 done". */
    progressFact(words: Words, text: string, completed: number, total: number): TemplateResult {
      return html`<div class="fact" part="fact progress">
        <dt>${words.yourProgress}</dt>
        <dd>${text}</dd>
        <dd><progress max=${total} .value=${completed} aria-hidden="true"></progress></dd>
      </div>`;
    },

    /** "Expand all" and "Collapse all": they open or close every card in `root`. */
    controls(words: Words, root: ShadowRoot): TemplateResult {
      const openAll = (open: boolean) => {
        for (const card of root.querySelectorAll('stage-card')) card.open = open;
      };
      return html`<div class="controls" part="controls">
        <button type="button" class="button" part="expand-all" @click=${() => openAll(true)}>${words.expandAll}</button>
        <button type="button" class="button" part="collapse-all" @click=${() => openAll(false)}>
          ${words.collapseAll}
        </button>
      </div>`;
    },

    /** A card's title as the button that shows and hides the rest of the card. */
    toggle(title: string, open: boolean, onClick: () => void): TemplateResult {
      return html`<button
        type="button"
        part="toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="body"
        @click=${onClick}
      >
        ${title}
      </button>`;
    },

    /** A card's "3 of 9 done" and its bar. */
    cardProgress(text: string, done: number, total: number): TemplateResult {
      return html`<p class="progress" part="progress">
        ${text}
        <progress max=${total} .value=${done} aria-hidden="true"></progress>
      </p>`;
    },

    /**
     * An item with its checkbox. `link` is the item's link (labelled `t<index>`), or empty when it has none and the
     * text becomes the checkbox's label; `more` follows it in the item (a curriculum item's resources).
     */
    trackedItem(
      text: string,
      link: TemplateResult | '',
      index: number,
      checked: boolean,
      onChange: (checked: boolean) => void,
      more: TemplateResult | '' = '',
    ): TemplateResult {
      return html`<li part="item" class="tracked">
        <label class="tick"
          ><input
            type="checkbox"
            part="checkbox"
            id=${`c${index}`}
            aria-labelledby=${`t${index}`}
            .checked=${checked}
            @change=${(event: Event) => onChange((event.target as HTMLInputElement).checked)}
        /></label>
        ${link || html`<label for=${`c${index}`} id=${`t${index}`}>${text}</label>`}${more}
      </li>`;
    },
  };
}

export type ReaderFeatures = ReturnType<typeof readerFeatures>;
