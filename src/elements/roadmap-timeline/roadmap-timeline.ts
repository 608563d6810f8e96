import {LitElement, html, isServer, nothing, type PropertyValues} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {ContextProvider} from '@lit/context';
import {roadmapContext, type RoadmapConfig, type SalaryScale} from '../../context.js';
import {checkRoadmap} from '../../schema/check.js';
import {formatIssue, type Checked, type RoadmapIssue} from '../../schema/issues.js';
import {explainFor, forgetIssues, issuesPending} from '../../schema/wording.js';
import type {LooseRoadmap, Roadmap, RoadmapInput} from '../../schema/roadmap.js';
import type {SalaryPeriod} from '../../schema/limits.js';
import {formatCalendarDate} from '../../format/date.js';
import {formatCount} from '../../format/number.js';
import {resolveLocale, textDirection} from '../../format/locale.js';
import {loadWords, wordsFor} from '../../format/words.js';
import {renderRoot} from '../render-root.js';
import {knownTheme, themeStyles, type Theme} from '../theme.js';
import {heading, headingLevel} from '../heading.js';
import {checkAttribute, warnOnce} from '../warn.js';
import {checkSharedAttributes, oneOf} from '../attributes.js';
import {settleChildren} from '../settle.js';
import {DEFAULT_TIMEOUT, fetchRoadmapText} from './fetch-roadmap.js';
import {loadReader, type ReaderFeatures} from '../reader.js';
import type {RoadmapProgress} from './progress.js';
import {roadmapTimelineStyles} from './roadmap-timeline.styles.js';
import {warnUndefinedChildren} from './undefined-children.js';
import type {StageItemToggleDetail} from '../stage-card/stage-card.js';

export const LAYOUTS = ['auto', 'vertical', 'horizontal'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const LOADINGS = ['eager', 'lazy'] as const;
export type Loading = (typeof LOADINGS)[number];

/** How far outside the viewport a `loading="lazy"` roadmap starts loading: one viewport ahead, any side. */
const LAZY_MARGIN = '100%';

/** The parts of each `<stage-card>` and its `<salary-band>`, re-exported under `stage-…` / `salary-…` names. */
const STAGE_PARTS = [
  'card: stage-card',
  ...[
    'meta',
    'index',
    'period',
    'title',
    'summary',
    'items',
    'item',
    'link',
    'salary',
    'status',
    'toggle',
    'checkbox',
    'progress',
  ].map((name) => `${name}: stage-${name}`),
  ...['band', 'label', 'value', 'bar'].map((name) => `salary-${name}`),
].join(', ');

/** A timeout `setTimeout` can keep: above 0 and below 2³¹ ms (about 24 days). */
const validTimeout = (value: unknown) => Number(value) > 0 && Number(value) < 2 ** 31;

/** The `done` of a stage with nothing ticked: one array, so cards don't re-render for a new empty one. */
const NONE: readonly string[] = [];

const validMonths = (value: unknown) => Number.isFinite(value) && (value as number) >= 0;

/** `auto` layout goes horizontal in a wide element only when the stages fit side by side. */
const MAX_HORIZONTAL_AUTO_STAGES = 4;

export interface RoadmapLoadDetail {
  roadmap: Roadmap;
}
export interface RoadmapErrorDetail {
  /** One line for people: what went wrong, and the first located issue. */
  message: string;
  /** Every located issue (`path` like `stages[2].salary.max`, empty for the whole input). */
  issues: RoadmapIssue[];
}

/** Detail of `roadmap-progress`: the item a reader ticked or unticked, and the roadmap's totals after it. */
export interface RoadmapProgressDetail {
  roadmapId: string;
  stageId: string;
  itemId: string;
  /** `true` when the item was ticked. */
  done: boolean;
  /** Items done in the whole roadmap. */
  completed: number;
  /** Items in the whole roadmap. */
  total: number;
}

/** Each salary period's span over the market band and every stage's band. */
function salaryScales(roadmap: Roadmap): Partial<Record<SalaryPeriod, SalaryScale>> {
  const scales: Partial<Record<SalaryPeriod, SalaryScale>> = {};
  for (const range of [roadmap.market?.salary, ...roadmap.stages.map((stage) => stage.salary)]) {
    if (!range) continue;
    const period = range.period ?? 'year';
    const scale = scales[period] ?? range;
    scales[period] = {min: Math.min(scale.min, range.min), max: Math.max(scale.max, range.max)};
  }
  return scales;
}

interface Labels {
  /** "Backend Developer · India". */
  eyebrow: string;
  openRoles?: string;
  asOf?: string;
  updated?: string;
  /** The stage numbers in the locale's digits. */
  markers: string[];
}

function formatLabels(roadmap: Roadmap, locale: string): Labels {
  const {market, updated} = roadmap;
  const words = wordsFor(locale);
  return {
    eyebrow: [roadmap.role, roadmap.region].filter(Boolean).join(' · '),
    openRoles: market?.openRoles === undefined ? undefined : formatCount(market.openRoles, locale),
    asOf: market?.asOf && words.asOf(formatCalendarDate(market.asOf, locale)),
    updated: updated && formatCalendarDate(updated, locale),
    markers: roadmap.stages.map((_stage, index) => formatCount(index + 1, locale)),
  };
}

/**
 * A whole career roadmap: header facts, one `<stage-card>` per stage in an ordered list, and calls to action.
 *
 * Give it a roadmap in one of four ways, first match wins: the `roadmap` property (an object), the `roadmap`
 * attribute (JSON text), a child `<script type="application/json">`, or the `src` attribute (a URL).
 * Bad input never throws: the element shows a located error (part `error`, `role="alert"`), keeps the last
 * good roadmap on screen, and fires `roadmap-error`.
 *
 * With `structured-data`, the element keeps a `<script type="application/ld+json" data-roadmap>` child that
 * describes the roadmap as a schema.org `Occupation`.
 *
 * Light-DOM children are not displayed: a child `<script type="application/json">` is read as the roadmap, and
 * anything else (a link to the roadmap, say) is a fallback for readers without JavaScript.
 *
 * @summary A career roadmap rendered from JSON.
 * @tag roadmap-timeline
 *
 * @fires {CustomEvent<RoadmapLoadDetail>} roadmap-load - After a roadmap is shown, once every card and band in it
 *   has rendered. `detail: {roadmap}`, the validated roadmap. Bubbles and is composed.
 * @fires {CustomEvent<RoadmapErrorDetail>} roadmap-error - When an input fails (bad JSON, schema violation, network
 *   or HTTP error, HTML instead of JSON, too large). `detail: {message, issues}`; each issue is `{path, message}`.
 *   Bubbles and is composed.
 * @fires {CustomEvent<RoadmapProgressDetail>} roadmap-progress - With `track-progress`, when a reader ticks or
 *   unticks an item. `detail: {roadmapId, stageId, itemId, done, completed, total}`. Bubbles and is composed.
 *
 * @csspart base - The themed box around everything.
 * @csspart header - The roadmap's header.
 * @csspart eyebrow - The role · region line above the title.
 * @csspart category - The category chip.
 * @csspart title - The roadmap title.
 * @csspart tagline - The one-line tagline.
 * @csspart summary - The summary paragraph.
 * @csspart notice - The notice banner.
 * @csspart facts - The list of header facts.
 * @csspart fact - One header fact (open roles, salary band, last refreshed).
 * @csspart stages-title - The heading above the stages (`stagesTitle`).
 * @csspart stages - The ordered list of stages.
 * @csspart stage - One list item, holding a marker and a card.
 * @csspart current - The stage that `experience` falls in (`aria-current="step"`); also has `stage`.
 * @csspart passed - A stage that ended before `experience`; also has `stage`.
 * @csspart active - The stage named by `active-stage` or the URL's `#fragment`; also has `stage`.
 * @csspart progress - The header fact "Your progress", with `track-progress`.
 * @csspart controls - The "Expand all" and "Collapse all" buttons, with `collapsible`.
 * @csspart expand-all - The "Expand all" button.
 * @csspart collapse-all - The "Collapse all" button.
 * @csspart marker - The numbered marker on the line between stages.
 * @csspart card - Each `<stage-card>` element.
 * @csspart stage-card - The box inside each `<stage-card>` (its part `card`).
 * @csspart stage-meta - Each card's line holding the stage number and period (its part `meta`).
 * @csspart stage-index - Each card's "Stage N" (its part `index`).
 * @csspart stage-period - Each card's period, "Months 0–2" (its part `period`).
 * @csspart stage-title - Each card's stage heading (its part `title`).
 * @csspart stage-summary - Each card's summary paragraph (its part `summary`).
 * @csspart stage-items - Each card's list of things to learn (its part `items`).
 * @csspart stage-item - One thing to learn in a card (its part `item`).
 * @csspart stage-link - An item's link in a card (its part `link`).
 * @csspart stage-salary - Each card's `<salary-band>` (its part `salary`).
 * @csspart stage-status - Each card's "You are here" or "Passed" chip (its part `status`).
 * @csspart stage-toggle - Each card's disclosure button, with `collapsible` (its part `toggle`).
 * @csspart stage-checkbox - An item's checkbox in a card, with `track-progress` (its part `checkbox`).
 * @csspart stage-progress - Each card's "3 of 9 done" and its bar, with `track-progress` (its part `progress`).
 * @csspart salary-band - The wrapper of each stage's salary band.
 * @csspart salary-label - The label of each stage's salary band.
 * @csspart salary-value - The compact text of each stage's salary range.
 * @csspart salary-bar - The bar of each stage's salary band.
 * @csspart market-salary - The header's `<salary-band>` (the market range).
 * @csspart market-salary-band - The wrapper inside the header's salary band.
 * @csspart market-salary-value - The compact text of the market range.
 * @csspart market-salary-bar - The bar of the market range.
 * @csspart links - The calls-to-action section.
 * @csspart links-title - Its heading (`linksTitle`).
 * @csspart link - One call to action. A link whose `rel` is a slug also has the part `link-<rel>`, e.g.
 *   `link-roles`, so one button can be styled on its own.
 * @csspart loading - The placeholder shown while loading (the host has `aria-busy="true"` meanwhile); it reserves
 *   `--roadmap-min-block-size`.
 * @csspart error - The error message (`role="alert"`): what went wrong and where.
 *
 * @cssproperty [--roadmap-bg=#ffffff] - Background. Dark theme: #11151c.
 * @cssproperty [--roadmap-surface=#f6f7f9] - Background of the header facts, links section and loading
 *   placeholder. Dark theme: #1a2029.
 * @cssproperty [--roadmap-text=#1c2026] - Text colour. Dark theme: #e8ebf0.
 * @cssproperty [--roadmap-muted=#4f5866] - Secondary text colour. Dark theme: #a9b2c0.
 * @cssproperty [--roadmap-border=#d6dae1] - Borders and the line between stages. Dark theme: #343d4b.
 * @cssproperty [--roadmap-accent=#2446c7] - Markers, links, bars and buttons. Dark theme: #8fa8ff.
 * @cssproperty [--roadmap-accent-text=#ffffff] - Text on the accent colour. Dark theme: #0b1020.
 * @cssproperty [--roadmap-track=#e3e7ee] - The bar track behind a salary range. Dark theme: #2a323e.
 * @cssproperty [--roadmap-notice-bg=#fff4d6] - Notice background. Dark theme: #3a2f10.
 * @cssproperty [--roadmap-notice-text=#5b4200] - Notice text. Dark theme: #ffe3a3.
 * @cssproperty [--roadmap-error-bg=#fdecec] - Error background. Dark theme: #3d1717.
 * @cssproperty [--roadmap-error-text=#8a1c1c] - Error text. Dark theme: #ffc9c9.
 * @cssproperty [--roadmap-radius=0.75em] - Corner radius of cards and boxes.
 * @cssproperty [--roadmap-font-size=inherit] - Base font size of the timeline (inherited from the page).
 * @cssproperty [--roadmap-padding=1.5em] - Padding around the roadmap (1em when the element is under 30em wide).
 * @cssproperty [--roadmap-card-bg=var(--roadmap-bg)] - Background of each `<stage-card>` (inherited by the cards).
 * @cssproperty [--roadmap-card-padding=1.125em 1.25em] - Padding inside each `<stage-card>`.
 * @cssproperty [--roadmap-bar-color=var(--roadmap-accent)] - Fill of the range on each salary bar.
 * @cssproperty [--roadmap-bar-height=0.5em] - Height of each salary bar.
 * @cssproperty [--roadmap-min-block-size=100vh] - Height reserved while loading, and kept as a minimum afterwards
 *   when set. Default while loading: one viewport height; afterwards: none.
 */
export class RoadmapTimeline extends LitElement {
  static override properties = {
    roadmap: {attribute: false},
    roadmapJson: {attribute: 'roadmap'},
    src: {},
    timeout: {type: Number},
    locale: {},
    theme: {reflect: true},
    layout: {reflect: true},
    headingLevel: {type: Number, attribute: 'heading-level'},
    loading: {},
    structuredData: {type: Boolean, attribute: 'structured-data'},
    trackProgress: {type: Boolean, reflect: true, attribute: 'track-progress'},
    experience: {type: Number},
    activeStage: {attribute: 'active-stage'},
    collapsible: {type: Boolean, reflect: true},
    scriptJson: {state: true, attribute: false},
    current: {state: true, attribute: false},
    problem: {state: true, attribute: false},
    busy: {state: true, attribute: false},
    done: {state: true, attribute: false},
    target: {state: true, attribute: false},
    features: {state: true, attribute: false},
  };
  static override styles = [themeStyles, roadmapTimelineStyles];

  protected override createRenderRoot() {
    return renderRoot(this, this.shadowRoot, super.createRenderRoot());
  }

  /** A roadmap object (or JSON text). Takes precedence over every other input. */
  declare roadmap?: RoadmapInput | LooseRoadmap | Roadmap | string | null;
  /** Roadmap JSON text, for pages that set attributes. Property: `roadmapJson`. */
  declare roadmapJson?: string | null;
  /** URL of roadmap JSON, fetched with `fetch`. A newer `src` aborts the older request. */
  declare src?: string | null;
  /** How long `src` may take to arrive, in milliseconds (default 15000), before it fails with a timeout error. */
  declare timeout?: number;
  /** Overrides the roadmap's locale (BCP 47), e.g. `hi-IN`. */
  declare locale?: string | null;
  /** `light`, `dark` or `auto` (default: follows `prefers-color-scheme`). */
  declare theme?: Theme;
  /** `vertical`, `horizontal` or `auto` (default: horizontal when the element itself is wide). */
  declare layout?: Layout;
  /** Level of the roadmap title, 1–6 (default 2); stage titles are one deeper. */
  declare headingLevel?: number;
  /** `eager` (default) fetches `src` at once; `lazy` waits until the element nears the viewport or prints. */
  declare loading?: Loading;
  /**
   * Describe the roadmap for search engines: keeps one `<script type="application/ld+json">` (a schema.org
   * `Occupation`) among the element's own children, in the light DOM where crawlers read it.
   */
  structuredData = false;
  /** Items get checkboxes; progress is kept in `localStorage` under `roadmap-progress:<roadmap id>`. */
  trackProgress = false;
  /** The reader's experience in months: the stage it falls in is marked "You are here", earlier ones "Passed". */
  declare experience?: number;
  /** A stage id: that stage is scrolled into view, highlighted and focused (as a URL's `#<stage id>` is). */
  declare activeStage?: string;
  /** Stages collapse to their title; adds "Expand all" and "Collapse all". */
  collapsible = false;

  /** The text of a child `<script type="application/json">`, kept in sync by a MutationObserver. */
  declare private scriptJson?: string;
  declare private current?: Roadmap;
  declare private problem?: RoadmapErrorDetail;
  /** Waiting for `src`: fetching it, or deferred by `loading="lazy"`. */
  private busy = false;
  /** Done item ids per stage id, only ids in the roadmap on screen. */
  private done: RoadmapProgress = {};
  /** The stage last revealed by `active-stage` or the URL's fragment. */
  declare private target?: string;

  /** The reader features, once loaded for a roadmap that uses them (see `#useReader`). */
  declare private features?: ReaderFeatures;

  /** Locale, currency and salary scales for the cards and bands inside, through `@lit/context`. */
  #provider = new ContextProvider(this, {context: roadmapContext, initialValue: {locale: 'en', scales: {}}});
  private get config(): RoadmapConfig {
    return this.#provider.value;
  }

  /** Formatted numbers and dates, made when the roadmap or locale changes, not on every render. */
  declare private labels: Labels;
  /** The locale's writing direction; `rtl` mirrors the layout. Unset until a locale is known: left to right. */
  declare private direction?: 'ltr' | 'rtl';

  #request?: AbortController;
  /** Set when removal aborted a fetch: connecting again starts it over. */
  #resume = false;
  /** Settles once the words a waiting roadmap needs are here; `updateComplete` waits for it. */
  #wordsLoading?: Promise<void>;
  /** Settles once the reader features are here (or could not be loaded); `updateComplete` waits for it. */
  #readerLoading?: Promise<void>;
  /** The JSON-LD being written (see `#describe`); `updateComplete` waits for it. */
  #describing?: Promise<void>;
  /** A good roadmap waiting for its language's words (see `#accept`); a newer input drops it. */
  #waiting?: Checked<Roadmap>;
  #pending?: CustomEvent<RoadmapLoadDetail | RoadmapErrorDetail>;
  #observer?: MutationObserver;
  /** Watches for a deferred lazy `src` nearing the viewport; set only while one waits. */
  #lazy?: IntersectionObserver;
  /** The element has neared the viewport (or the page printed), so a lazy `src` loads at once. */
  #near = false;
  /** Progress set before a roadmap and the reader features were here, applied once both are. */
  #wanted?: unknown;
  /** Set when the `target` stage is to be opened, scrolled into view and focused, once the reader features are here. */
  #focusTarget = false;
  #onHash = () => this.#show(this.#hashStage());

  /** The roadmap on screen, validated and normalised; `undefined` before the first one. */
  get shownRoadmap(): Roadmap | undefined {
    return this.current;
  }

  /** The last failure, or `undefined` when the last input was good. */
  get error(): RoadmapErrorDetail | undefined {
    return this.problem;
  }

  /**
   * Done item ids per stage id, `{"foundations": ["sql"]}`: a copy, in the roadmap's order. Setting it replaces the
   * whole state (ids not in the roadmap are dropped) and, with `track-progress`, stores it; no event fires.
   */
  get progress(): RoadmapProgress {
    return structuredClone(this.done);
  }

  set progress(value: RoadmapProgress) {
    const roadmap = this.current;
    const {features} = this;
    if (!roadmap || !features) {
      // Applied once both are here; asking for progress is a use of the reader features.
      this.#wanted = value;
      this.requestUpdate();
      return;
    }
    this.done = features.knownProgress(roadmap, value);
    if (this.trackProgress) features.writeProgress(roadmap.id, this.done, this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Server rendering (@lit-labs/ssr) connects the element to reach its context; it has no children to read.
    if (isServer) return;
    addEventListener('hashchange', this.#onHash);
    this.#observer ??= new MutationObserver(() => this.#readScript());
    this.#observer.observe(this, {childList: true, subtree: true, characterData: true});
    this.#readScript();
    if (this.#resume) {
      this.#resume = false;
      this.#load();
    }
    if (this.busy && !this.#request) this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
    this.#observer?.disconnect();
    this.#unwatch();
    if (this.#request) {
      // Removed mid-fetch: stop the download; connecting again starts it over.
      this.#request.abort();
      this.#request = undefined;
      this.#resume = true;
    }
  }

  #readScript(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    this.scriptJson = script?.textContent ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    checkSharedAttributes(this, changed);
    if (changed.has('layout')) checkAttribute(this, 'layout', this.layout, LAYOUTS, oneOf(LAYOUTS));
    if (changed.has('timeout')) {
      const value = this.getAttribute('timeout') ?? this.timeout;
      checkAttribute(this, 'timeout', value, validTimeout, 'a number of milliseconds above 0');
    }
    if (changed.has('experience')) {
      // The attribute's text, when there is one: "seven" names itself better than the NaN it becomes.
      const given = this.getAttribute('experience') ?? this.experience;
      checkAttribute(this, 'experience', given, (value) => validMonths(Number(value)), 'a number of months ≥ 0');
    }
    if (changed.has('loading')) checkAttribute(this, 'loading', this.loading, LOADINGS, oneOf(LOADINGS));
    if (
      changed.has('roadmap') ||
      changed.has('roadmapJson') ||
      changed.has('scriptJson') ||
      changed.has('src') ||
      (changed.has('loading') && this.#lazy)
    ) {
      this.#load();
    }
    if (changed.has('current') || changed.has('locale')) {
      const roadmap = this.current;
      const locale = resolveLocale(this.locale, roadmap?.locale);
      const words = loadWords(locale);
      if (words) {
        this.#wordsLoading = words.then(() => {
          this.#wordsLoading = undefined;
          // Marks `locale` changed even when it is unset (the roadmap's own): the labels are made again.
          this.requestUpdate('locale', null);
        });
      }
      const config = {locale, currency: roadmap?.currency, scales: roadmap ? salaryScales(roadmap) : {}};
      // The same facts keep the same object, so an edit to one stage does not re-render every card.
      if (JSON.stringify(config) !== JSON.stringify(this.config)) this.#provider.setValue(config);
      // Read only while a roadmap is shown, and a shown roadmap is only ever replaced by another.
      if (roadmap) this.labels = formatLabels(roadmap, locale);
      this.direction = textDirection(locale);
    }
    const roadmap = this.current;
    if (roadmap && (changed.has('current') || changed.has('activeStage'))) {
      const active = this.activeStage;
      const known = roadmap.stages.some((stage) => stage.id === active);
      if (active && !known) {
        warnOnce(this, `<roadmap-timeline> active-stage: no stage has the id ${JSON.stringify(active)}`);
      }
      // On a new roadmap, the URL's fragment comes first: it is what the reader followed.
      this.#show((changed.has('current') && this.#hashStage()) || (known ? active : undefined));
    }
    this.#useReader();
    const {features} = this;
    if (changed.has('features')) features?.adopt(this.renderRoot as ShadowRoot, 'timeline');
    if (roadmap && features && (changed.has('current') || changed.has('trackProgress') || changed.has('features'))) {
      this.done = this.trackProgress ? features.readProgress(roadmap) : features.knownProgress(roadmap, this.done);
      if (this.trackProgress) features.follow(this);
      if (this.#wanted !== undefined) {
        const wanted = this.#wanted;
        this.#wanted = undefined;
        this.progress = wanted as RoadmapProgress;
      }
    }
  }

  /** Starts loading the reader features when an attribute, the `progress` property or the URL asks for one. */
  #useReader(): void {
    const used =
      this.trackProgress ||
      this.collapsible ||
      validMonths(this.experience) ||
      this.target !== undefined ||
      this.#wanted !== undefined;
    if (used && !this.features) {
      this.#readerLoading ??= loadReader().then((features) => {
        this.#readerLoading = undefined;
        this.features = features;
      });
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('current')) warnUndefinedChildren(this, this.renderRoot);
    if (changed.has('current') || changed.has('locale') || changed.has('structuredData')) this.#describe();
    if (this.#focusTarget && this.features) {
      this.#focusTarget = false;
      this.features.reveal(this.renderRoot as ShadowRoot, this.updateComplete);
    }
    if (this.busy) this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    const event = this.#pending;
    this.#pending = undefined;
    if (event && 'roadmap' in event.detail) {
      // "After a roadmap is shown": once every card and band inside has rendered too, and only if this
      // roadmap is still the one on screen by then.
      const {roadmap} = event.detail;
      void this.updateComplete.then(() => {
        if (this.current === roadmap) this.dispatchEvent(event);
      });
    } else if (event) this.dispatchEvent(event);
  }

  /**
   * Keeps the light-DOM JSON-LD in step with the roadmap on screen, or removes it. Its builder is loaded the first
   * time it is needed (in the embed, `roadmap-elements.occupation.js`): most pages never ask for it.
   */
  #describe(): void {
    const roadmap = this.current;
    if (!this.structuredData || !roadmap) {
      return this.querySelector(':scope > script[type="application/ld+json"][data-roadmap]')?.remove();
    }
    this.#describing = import('../../structured-data/occupation.js').then(
      ({writeOccupation}) => {
        const {locale} = this.config;
        if (this.structuredData && this.current === roadmap) writeOccupation(this, roadmap, locale, wordsFor(locale));
      },
      (error: unknown) =>
        warnOnce(this, `<roadmap-timeline> structured-data: its module could not be loaded (${error})`),
    );
  }

  /** Resolves when the timeline and every stage card and salary band in it have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#wordsLoading || this.#readerLoading || issuesPending(this)) {
      await this.#wordsLoading;
      await this.#readerLoading;
      await issuesPending(this);
      done = await super.getUpdateComplete();
    }
    await settleChildren(this.renderRoot);
    await this.#describing;
    return done;
  }

  /** The URL's fragment, when it names a stage and no element of the page itself (the page's own anchors win). */
  #hashStage(): string | undefined {
    // `globalThis.location`: absent while rendering on a server.
    const id = globalThis.location?.hash.slice(1);
    return id && !document.getElementById(id) && this.current?.stages.some((stage) => stage.id === id) ? id : undefined;
  }

  /** Highlights the stage `id` (when given); after the next render it is opened, scrolled to and focused. */
  #show(id: string | false | undefined): void {
    if (!id) return;
    this.target = id;
    this.#focusTarget = true;
    this.requestUpdate();
  }

  /** A reader ticked or unticked an item in one of the cards. */
  #tick(stageId: string, event: CustomEvent<StageItemToggleDetail>): void {
    const roadmap = this.current;
    if (!roadmap || !this.features) return;
    const {progress, detail} = this.features.tick(roadmap, this.done, stageId, event.detail);
    this.progress = progress;
    this.dispatchEvent(new CustomEvent('roadmap-progress', {bubbles: true, composed: true, detail}));
  }

  /**
   * Takes the input with the highest precedence and shows it, or starts fetching it: at once, or for
   * `loading="lazy"` once the element nears the viewport.
   */
  #load(): void {
    this.#waiting = undefined;
    forgetIssues(this);
    this.#request?.abort();
    this.#request = undefined;
    this.#unwatch();
    this.busy = false;
    const inline = this.roadmap ?? this.roadmapJson ?? this.scriptJson;
    if (inline !== undefined && inline !== null) {
      this.#accept(checkRoadmap(inline));
      return;
    }
    if (!this.src) return;
    this.busy = true;
    if (this.loading === 'lazy' && !this.#near) {
      if (this.isConnected) this.#watch();
      return;
    }
    const request = new AbortController();
    this.#request = request;
    const timeout = validTimeout(this.timeout) ? Number(this.timeout) : DEFAULT_TIMEOUT;
    fetchRoadmapText(this.src, request.signal, timeout).then(
      (result) => {
        if (this.#request !== request) return;
        this.#request = undefined;
        this.#accept(result.ok ? checkRoadmap(result.text) : result);
      },
      () => {
        // Aborted by a newer input or by disconnection: nothing to report.
      },
    );
    // A page's first Intl formatter costs about 20 ms (V8 lists ICU's locales once). Built while the request is in
    // flight, when the main thread would wait anyway, it no longer delays the roadmap once the JSON arrives.
    setTimeout(() => formatCount(0, resolveLocale(this.locale)));
  }

  /** Waits for the element to near the viewport, or for the page to print, then loads the deferred `src`. */
  #watch(): void {
    if (this.#lazy) return;
    this.#lazy = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.#reveal();
      },
      {rootMargin: LAZY_MARGIN},
    );
    this.#lazy.observe(this);
    addEventListener('beforeprint', this.#reveal);
  }

  #unwatch(): void {
    if (!this.#lazy) return;
    this.#lazy.disconnect();
    this.#lazy = undefined;
    removeEventListener('beforeprint', this.#reveal);
  }

  #reveal = (): void => {
    this.#near = true;
    this.#load();
  };

  /**
   * Shows a good roadmap, or the error over whatever is on screen, once its words are here; queues the event for
   * `updated()`.
   */
  #accept(result: Checked<Roadmap>) {
    this.#waiting = undefined;
    forgetIssues(this);
    if (result.ok) {
      // A roadmap in a language whose words are not here yet waits for them: no flash of English words.
      const words = loadWords(resolveLocale(this.locale, result.value.locale));
      if (words) {
        const waiting = (this.#waiting = result);
        this.busy = true;
        this.#wordsLoading = words.then(() => {
          this.#wordsLoading = undefined;
          if (this.#waiting !== waiting) return;
          this.busy = false;
          this.#accept(result);
        });
        return;
      }
      this.busy = false;
      this.current = result.value;
      this.problem = undefined;
      this.#queue('roadmap-load', {roadmap: result.value});
      return;
    }
    // The wording of problems loads on demand (a valid roadmap never needs it). A `src` that failed stays busy
    // (its placeholder up) until the words are here.
    explainFor(this, result.found, 'roadmap', (issues) => {
      this.busy = false;
      this.#fail(issues);
    });
  }

  #fail(issues: RoadmapIssue[]) {
    const first = issues[0] ? formatIssue(issues[0]) : 'unknown problem';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    const message = `${first}${more}`;
    this.problem = {message, issues};
    // One warning per failure, with every located issue, for the publisher; the reader sees a short message.
    warnOnce(this, `<roadmap-timeline> ${issues.map(formatIssue).join('\n  ')}`);
    this.#queue('roadmap-error', this.problem);
  }

  #queue(type: 'roadmap-load' | 'roadmap-error', detail: RoadmapLoadDetail | RoadmapErrorDetail) {
    this.#pending = new CustomEvent(type, {bubbles: true, composed: true, detail});
  }

  protected override render() {
    const roadmap = this.current;
    const {locale} = this.config;
    const words = wordsFor(locale);
    const level = headingLevel(this.headingLevel, 2);
    const layout = this.layout && (LAYOUTS as readonly string[]).includes(this.layout) ? this.layout : 'auto';
    const placeholder = this.busy && !roadmap;
    const classes = `root layout-${layout}${roadmap && roadmap.stages.length <= MAX_HORIZONTAL_AUTO_STAGES ? ' few' : ''}${placeholder ? ' reserve' : ''}`;
    return html`<div
      class=${classes}
      part="base"
      lang=${roadmap ? locale : nothing}
      dir=${this.direction === 'rtl' ? 'rtl' : nothing}
    >
      ${this.problem ? this.#renderError(this.problem, Boolean(roadmap)) : nothing}
      ${
        placeholder
          ? html`<div class="loading" part="loading">
              <span class="visually-hidden">${words.loading}</span>
              <div class="skeleton title"></div>
              <div class="skeleton line"></div>
              <div class="skeleton card"></div>
              <div class="skeleton card"></div>
            </div>`
          : nothing
      }
      ${roadmap ? this.#renderRoadmap(roadmap, level) : nothing}
    </div>`;
  }

  #renderProgress(roadmap: Roadmap, features: ReaderFeatures) {
    const {locale} = this.config;
    const words = wordsFor(locale);
    const {completed, total} = features.countProgress(roadmap, this.done);
    const text = words.progressDone(formatCount(completed, locale), formatCount(total, locale));
    return features.progressFact(words, text, completed, total);
  }

  #renderError(problem: RoadmapErrorDetail, keptPrevious: boolean) {
    const words = wordsFor(this.config.locale);
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${words.errorTitle}${keptPrevious ? html` ${words.keptPrevious}` : nothing}</p>
      <details>
        <summary>${words.errorDetails}</summary>
        <ul>
          ${problem.issues.map((issue) => html`<li>${formatIssue(issue)}</li>`)}
        </ul>
      </details>
    </div>`;
  }

  #renderRoadmap(roadmap: Roadmap, level: number) {
    const {locale} = this.config;
    const words = wordsFor(locale);
    const theme = knownTheme(this.theme);
    const {market} = roadmap;
    const {labels, features} = this;
    const {eyebrow} = labels;
    const facts = [
      labels.openRoles === undefined
        ? undefined
        : html`<div class="fact" part="fact">
            <dt>${words.openRoles}</dt>
            <dd class="big">${labels.openRoles}</dd>
            ${labels.asOf ? html`<dd class="note">${labels.asOf}</dd>` : nothing}
          </div>`,
      market?.salary === undefined
        ? undefined
        : html`<div class="fact wide" part="fact">
            <dt>${words.marketSalary}</dt>
            <dd>
              <salary-band
                part="market-salary"
                exportparts="band: market-salary-band, value: market-salary-value, bar: market-salary-bar"
                .min=${market.salary.min}
                .max=${market.salary.max}
                .period=${market.salary.period}
                label=""
                .theme=${theme}
              ></salary-band>
            </dd>
          </div>`,
      labels.updated === undefined
        ? undefined
        : html`<div class="fact" part="fact">
            <dt>${words.lastRefreshed}</dt>
            <dd>${labels.updated}</dd>
          </div>`,
      this.trackProgress && features ? this.#renderProgress(roadmap, features) : undefined,
    ].filter(Boolean);
    const statuses =
      features && validMonths(this.experience) ? features.statuses(roadmap.stages, this.experience!) : [];
    return html`<header part="header">
        ${
          eyebrow || roadmap.category
            ? html`<p class="eyebrow" part="eyebrow">
                ${eyebrow}${
                  roadmap.category ? html`<span class="category" part="category">${roadmap.category}</span>` : nothing
                }
              </p>`
            : nothing
        }
        ${heading(level, 'title', roadmap.title)}
        ${roadmap.tagline ? html`<p class="tagline" part="tagline">${roadmap.tagline}</p>` : nothing}
        ${roadmap.summary ? html`<p class="summary" part="summary">${roadmap.summary}</p>` : nothing}
        ${roadmap.notice ? html`<p class="notice" part="notice">${roadmap.notice}</p>` : nothing}
        ${facts.length ? html`<dl class="facts" part="facts">${facts}</dl>` : nothing}
      </header>
      <section class="stages-section" aria-label=${roadmap.stagesTitle ? nothing : words.stages}>
        ${roadmap.stagesTitle ? heading(level + 1, 'stages-title', roadmap.stagesTitle) : nothing}
        ${this.collapsible && features ? features.controls(words, this.renderRoot as ShadowRoot) : nothing}
        <ol class="stages" part="stages" role="list" tabindex=${this.layout === 'horizontal' ? 0 : nothing}>
          ${repeat(
            roadmap.stages,
            (stage) => stage.id,
            (stage, index) => {
              const status = statuses[index];
              const active = stage.id === this.target;
              const states = `${status ? ` ${status}` : ''}${active ? ' active' : ''}`;
              return html`<li
                class="stage${states}"
                part="stage${states}"
                id=${stage.id}
                aria-current=${status === 'current' ? 'step' : nothing}
                tabindex=${active ? '-1' : nothing}
              >
                <span class="marker" part="marker" aria-hidden="true">${labels.markers[index]}</span>
                <stage-card
                  part="card"
                  exportparts=${STAGE_PARTS}
                  .stage=${stage}
                  .index=${index + 1}
                  .headingLevel=${level + 1}
                  .theme=${theme}
                  .status=${status && (status === 'current' ? words.youAreHere : words.passed)}
                  .done=${this.trackProgress && features ? (this.done[stage.id] ?? NONE) : undefined}
                  .collapsible=${this.collapsible}
                  .open=${status === 'current' || active}
                  @stage-item-toggle=${(event: CustomEvent<StageItemToggleDetail>) => this.#tick(stage.id, event)}
                ></stage-card>
              </li>`;
            },
          )}
        </ol>
      </section>
      ${
        roadmap.links?.length || roadmap.linksTitle || roadmap.linksSummary
          ? html`<section class="links" part="links" aria-label=${roadmap.linksTitle ? nothing : words.links}>
              ${roadmap.linksTitle ? heading(level + 1, 'links-title', roadmap.linksTitle) : nothing}
              ${roadmap.linksSummary ? html`<p class="summary">${roadmap.linksSummary}</p>` : nothing}
              ${
                roadmap.links?.length
                  ? html`<ul>
                      ${roadmap.links.map(
                        (link, index) =>
                          html`<li>
                            <a
                              class=${index === 0 ? 'button primary' : 'button'}
                              part=${link.rel && /^[a-z0-9-]+$/.test(link.rel) ? `link link-${link.rel}` : 'link'}
                              href=${link.href}
                              >${link.label}</a
                            >
                          </li>`,
                      )}
                    </ul>`
                  : nothing
              }
            </section>`
          : nothing
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'roadmap-timeline': RoadmapTimeline;
  }
  interface GlobalEventHandlersEventMap {
    'roadmap-load': CustomEvent<RoadmapLoadDetail>;
    'roadmap-error': CustomEvent<RoadmapErrorDetail>;
    'roadmap-progress': CustomEvent<RoadmapProgressDetail>;
  }
}
