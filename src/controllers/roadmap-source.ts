/**
 * Where a timeline's roadmap comes from, and what became of it. Four inputs, first match wins: the `roadmap`
 * property, the `roadmap` attribute (`roadmapJson`), a child `<script type="application/json">` (watched by a
 * MutationObserver), and `src`, fetched with abort (a newer input wins), a timeout, a fresh start when the element
 * is connected again after removal mid-fetch, and `loading="lazy"` (an IntersectionObserver, or the page printing).
 *
 * Each input is checked (`checkRoadmap`); a good roadmap waits for its language's words, a failure for the wording
 * of its problems, and then the status says `shown` or `failed`. The events go out after the host's update:
 * `roadmap-load` once everything inside has rendered, `roadmap-error` at once.
 *
 * Why not `@lit/task`: a task runs for its arguments and renders by status, which fits `src`, but not the three
 * inputs that need no task, the lazy start, the resumption, or an earlier roadmap kept under a failure; around it,
 * the same bookkeeping would remain, plus about 1.4 KB gzip in an embed with a few bytes of headroom.
 */
import {isServer, type PropertyValues, type ReactiveController, type ReactiveElement} from 'lit';
import {checkRoadmap} from '../schema/check.js';
import {formatIssue, type Checked, type RoadmapIssue} from '../schema/issues.js';
import {forgetIssues, wordIssuesFor} from '../schema/wording.js';
import type {Roadmap, RoadmapInput} from '../schema/roadmap.js';
import {formatCount} from '../format/number.js';
import {resolveLocale} from '../format/locale.js';
import {loadWords} from '../format/words.js';
import {warnOnce} from '../elements/warn.js';
import type {PendingHost} from '../elements/base-element.js';
import {DEFAULT_TIMEOUT, fetchRoadmapText} from './fetch-roadmap.js';

export interface RoadmapLoadDetail {
  roadmap: Roadmap;
}
export interface RoadmapErrorDetail {
  /** One line for people: what went wrong, and the first located issue. */
  message: string;
  /** Every located issue (`path` like `stages[2].salary.max`, empty for the whole input). */
  issues: RoadmapIssue[];
}

/**
 * `idle`: no input, or one whose problems are being worded; `loading`: fetching `src`, deferred by
 * `loading="lazy"`, or waiting for the roadmap's words; `shown`: the latest input is on screen; `failed`: the
 * latest input failed (an earlier roadmap may still be shown).
 */
export type SourceStatus = 'idle' | 'loading' | 'shown' | 'failed';

export interface SourceHost extends ReactiveElement, PendingHost {
  roadmap?: RoadmapInput | Roadmap | string | null;
  roadmapJson?: string | null;
  src?: string | null;
  timeout?: number;
  loading?: string;
  locale?: string | null;
}

/** The host's properties that are inputs: a change to one loads again. */
const INPUTS = ['roadmap', 'roadmapJson', 'src'];

/** How far outside the viewport a `loading="lazy"` roadmap starts loading: one viewport ahead, any side. */
const LAZY_MARGIN = '100%';

/** A timeout `setTimeout` can keep: above 0 and below 2³¹ ms (about 24 days). */
export const validTimeout = (value: unknown) => Number(value) > 0 && Number(value) < 2 ** 31;

/** What the timeline reads and calls; `roadmapSource` makes it. */
export interface RoadmapSource extends ReactiveController {
  readonly status: SourceStatus;
  /** The roadmap on screen, checked and normalised; kept when a later input fails. */
  readonly value?: Roadmap;
  /** The latest failure, until a later input is shown. */
  readonly error?: RoadmapErrorDetail;
  /** Called from the host's `willUpdate`: loads again when an input changed (or the child script did). */
  update(changed: PropertyValues): void;
  /** Takes the input with the highest precedence and shows it, or starts fetching it. */
  load(): void;
}

/**
 * The source of `host`'s roadmap, added to it as a controller. The host's `shownRoadmap` is marked changed
 * whenever another roadmap is shown. (A closure rather than a class: its state minifies to one-letter names,
 * which keeps the embed from growing.)
 */
export function roadmapSource(host: SourceHost): RoadmapSource {
  /** The text of the child script; `scriptRead` says it changed since the last load. */
  let script: string | undefined;
  let scriptRead = false;
  let observer: MutationObserver | undefined;
  let request: AbortController | undefined;
  /** Set when removal aborted a fetch: connecting again starts it over. */
  let resume = false;
  /** Watches for a deferred lazy `src` nearing the viewport; set only while one waits. */
  let lazy: IntersectionObserver | undefined;
  /** The element has neared the viewport (or the page printed), so a lazy `src` loads at once. */
  let near = false;
  /** A good roadmap waiting for its words; a newer input drops it. */
  let waiting: Checked<Roadmap> | undefined;
  let event: CustomEvent<RoadmapLoadDetail | RoadmapErrorDetail> | undefined;

  const set = (status: SourceStatus): void => {
    if (source.status === status) return;
    source.status = status;
    host.requestUpdate();
  };

  const readScript = (): void => {
    const text = host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    if (text === script) return;
    script = text;
    scriptRead = true;
    host.requestUpdate();
  };

  /** Waits for the element to near the viewport, or for the page to print, then loads the deferred `src`. */
  const watch = (): void => {
    if (lazy) return;
    lazy = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reveal();
      },
      {rootMargin: LAZY_MARGIN},
    );
    lazy.observe(host);
    addEventListener('beforeprint', reveal);
  };

  const unwatch = (): void => {
    if (!lazy) return;
    lazy.disconnect();
    lazy = undefined;
    removeEventListener('beforeprint', reveal);
  };

  const reveal = (): void => {
    near = true;
    source.load();
  };

  /** Shows a good roadmap once its words are here, or the error over whatever is on screen once it is worded. */
  const accept = (result: Checked<Roadmap>): void => {
    waiting = undefined;
    forgetIssues(host);
    if (result.ok) {
      // A roadmap in a language whose words are not here yet waits for them: no flash of English words.
      const words = loadWords(resolveLocale(host.locale, result.value.locale));
      if (words) {
        const wait = (waiting = result);
        set('loading');
        host.track(words.then(() => waiting === wait && accept(result)));
        return;
      }
      const old = source.value;
      source.value = result.value;
      source.error = undefined;
      source.status = 'shown';
      host.requestUpdate('shownRoadmap', old);
      event = new CustomEvent('roadmap-load', {bubbles: true, composed: true, detail: {roadmap: result.value}});
      return;
    }
    // The wording of problems loads on demand (a valid roadmap never needs it). A `src` that failed stays busy
    // (its placeholder up) until the words are here.
    wordIssuesFor(host, result.issues, 'roadmap', (issues) => {
      const first = issues[0] ? formatIssue(issues[0]) : 'unknown problem';
      const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
      const error = (source.error = {message: `${first}${more}`, issues});
      source.status = 'failed';
      host.requestUpdate();
      // One warning per failure, with every located issue, for the publisher; the reader sees a short message.
      warnOnce(host, `<roadmap-timeline> ${issues.map(formatIssue).join('\n  ')}`);
      event = new CustomEvent('roadmap-error', {bubbles: true, composed: true, detail: error});
    });
  };

  const source: Mutable<RoadmapSource> = {
    status: 'idle',

    hostConnected() {
      // Server rendering (@lit-labs/ssr) connects the element to reach its context; it has no children to read.
      if (isServer) return;
      observer ??= new MutationObserver(readScript);
      observer.observe(host, {childList: true, subtree: true, characterData: true});
      readScript();
      if (resume) {
        resume = false;
        source.load();
      }
      if (source.status === 'loading' && !request) watch();
    },

    hostDisconnected() {
      observer?.disconnect();
      unwatch();
      if (request) {
        // Removed mid-fetch: stop the download; connecting again starts it over.
        request.abort();
        request = undefined;
        resume = true;
      }
    },

    update(changed) {
      if (scriptRead || INPUTS.some((key) => changed.has(key)) || (changed.has('loading') && lazy)) source.load();
    },

    hostUpdated() {
      if (source.status === 'loading') host.setAttribute('aria-busy', 'true');
      else host.removeAttribute('aria-busy');
      const queued = event;
      event = undefined;
      if (queued && 'roadmap' in queued.detail) {
        // "After a roadmap is shown": once every card and band inside has rendered too, and only if this
        // roadmap is still the one on screen by then.
        const {roadmap} = queued.detail;
        void host.updateComplete.then(() => source.value === roadmap && host.dispatchEvent(queued));
      } else if (queued) host.dispatchEvent(queued);
    },

    load() {
      scriptRead = false;
      waiting = undefined;
      forgetIssues(host);
      request?.abort();
      request = undefined;
      unwatch();
      set('idle');
      const inline = host.roadmap ?? host.roadmapJson ?? script;
      if (inline !== undefined && inline !== null) return accept(checkRoadmap(inline));
      if (!host.src) return;
      set('loading');
      if (host.loading === 'lazy' && !near) {
        if (host.isConnected) watch();
        return;
      }
      const mine = (request = new AbortController());
      const timeout = validTimeout(host.timeout) ? Number(host.timeout) : DEFAULT_TIMEOUT;
      fetchRoadmapText(host.src, mine.signal, timeout).then(
        (result) => {
          if (request !== mine) return;
          request = undefined;
          accept(result.ok ? checkRoadmap(result.value) : result);
        },
        () => {
          // Aborted by a newer input or by disconnection: nothing to report.
        },
      );
      // A page's first Intl formatter costs about 20 ms (V8 lists ICU's locales once). Built while the request is
      // in flight, when the main thread would wait anyway, it no longer delays the roadmap once the JSON arrives.
      setTimeout(() => formatCount(0, resolveLocale(host.locale)));
    },
  };
  host.addController(source);
  return source;
}

type Mutable<T> = {-readonly [K in keyof T]: T[K]};
