import {html, isServer, nothing, type PropertyValues} from 'lit';
import {ContextProvider} from '@lit/context';
import {roadmapContext, type RoadmapConfig} from '../../context.js';
import {repeat} from 'lit/directives/repeat.js';
import {STAGE_PARTS, formatLabels, salaryPeriod, salaryScales, salarySourceId, type Labels} from './derived.js';
import type {LooseRoadmap, Roadmap, RoadmapInput} from '../../schema/roadmap.js';
import {formatCount} from '../../format/number.js';
import {wordsFor} from '../../format/words.js';
import {en} from '../../format/words/en.js';
import {textDirection} from '../../format/locale.js';
import {RoadmapElement} from '../base-element.js';
import {knownTheme, themeStyles, type Theme} from '../theme.js';
import {heading, headingLevel} from '../heading.js';
import {checkAttribute, oneOf, warnOnce} from '../warn.js';
import {localeController} from '../../controllers/locale.js';
import {readerFeatures} from '../../controllers/reader-features.js';
import {progressController} from '../../controllers/progress.js';
import {stageTarget} from '../../controllers/stage-target.js';
import {
  roadmapSource,
  validTimeout,
  type RoadmapErrorDetail,
  type RoadmapLoadDetail,
} from '../../controllers/roadmap-source.js';
import type {RoadmapProgress} from './progress.js';
import {roadmapTimelineStyles} from './roadmap-timeline.styles.js';
import {loadLadder, viewExtra} from './ladder.js';
import {loadOfferCheck, offerField, type RoadmapOfferDetail} from './offer.js';
import {linkEvents, type RoadmapLinkDetail} from '../link-events.js';
import {warnUndefinedChildren} from './undefined-children.js';
import {errorView, headerView, linksView, loadingView} from './views.js';
import type {StageItemToggleDetail} from '../stage-card/stage-card.js';

export type {RoadmapErrorDetail, RoadmapLinkDetail, RoadmapLoadDetail, RoadmapOfferDetail};

export const LAYOUTS = ['auto', 'vertical', 'horizontal'] as const;
export type Layout = (typeof LAYOUTS)[number];

export const LOADINGS = ['eager', 'lazy'] as const;
export type Loading = (typeof LOADINGS)[number];

/** The `done` of a stage with nothing ticked: one array, so cards don't re-render for a new empty one. */
const NONE: readonly string[] = [];

const validMonths = (value: unknown) => Number.isFinite(value) && (value as number) >= 0;

/** `auto` layout goes horizontal when every stage gets a 13em column; the styles know counts up to 8. */
const MAX_HORIZONTAL_AUTO_STAGES = 8;

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
 * Light-DOM children are not displayed with a roadmap: a child `<script type="application/json">` is read as the
 * roadmap, and anything else (a link to the roadmap, say) is a fallback for readers without JavaScript, also shown
 * with an error when no roadmap is on screen.
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
 * @fires {CustomEvent<RoadmapOfferDetail>} roadmap-offer - With `offer-check`, when a reader enters another amount
 *   (once it is read: not on every keystroke, never for an unreadable one) or empties the field.
 *   `detail: {amount, currency, period, stageId}`: `amount` is `null` when emptied, `stageId` the first stage whose
 *   band holds it, or `null`. Not fired when the page sets `offer`. Bubbles and is composed.
 * @fires {CustomEvent<RoadmapLinkDetail>} roadmap-link - When a reader follows any link in the roadmap (a click, Enter
 *   or a middle click): the header's call to action, the open-roles figure, the calls to action, the stages' item
 *   links. `detail: {href, rel, label, stageId, itemId}`: `href` is the absolute URL followed, `rel` the call to
 *   action's `rel` (else `null`), `stageId` and `itemId` `null` outside the stages. Bubbles and is composed; not
 *   cancelable, and the navigation goes ahead.
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
 * @csspart offer-stage - The first stage whose band holds `offer` (what the offer check names), outlined in
 *   `--roadmap-offer-color`; also has `stage`.
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
 * @csspart stage-curriculum - Each card's week-by-week plan, where its stage has a curriculum (its part `curriculum`).
 * @csspart stage-curriculum-toggle - The plan's disclosure button (its part `curriculum-toggle`).
 * @csspart stage-curriculum-sample - The plan's "Sample plan" label (its part `curriculum-sample`).
 * @csspart stage-curriculum-entry - One entry of a plan, "Weeks 1–2" and what it covers (its part `curriculum-entry`).
 * @csspart stage-resource - One resource of a plan's item (its part `resource`).
 * @csspart stage-resource-kind - A resource's kind label, "Docs" (its part `resource-kind`).
 * @csspart salary-band - The wrapper of each stage's salary band.
 * @csspart salary-label - The label of each stage's salary band.
 * @csspart salary-value - The compact text of each stage's salary range.
 * @csspart salary-bar - The bar of each stage's salary band.
 * @csspart market-salary - The header's `<salary-band>` (the market range).
 * @csspart market-salary-band - The wrapper inside the header's salary band.
 * @csspart market-salary-value - The compact text of the market range.
 * @csspart market-salary-bar - The bar of the market range.
 * @csspart salary-ladder - The header's salary ladder: every stage's range on one axis, the market band first.
 * @csspart offer-check - With `offer-check`, the field "Your offer or current pay", its status line and help.
 * @csspart offer-label - The field's label.
 * @csspart offer-input - The field's text input.
 * @csspart offer-status - The line naming the stage whose band holds the offer, or saying it could not be read
 *   (`aria-live="polite"`).
 * @csspart offer-help - The line saying the offer is worked out on the device and neither sent nor stored.
 * @csspart header-link - The first call to action, repeated in the header.
 * @csspart roles-link - The open-roles figure, when a link has `rel: "roles"`.
 * @csspart retry - The "Try again" button under a network, timeout or HTTP failure.
 * @csspart fallback - The element's own children (the publisher's fallback), shown with an error.
 * @csspart links - The calls-to-action section.
 * @csspart links-title - Its heading (`linksTitle`).
 * @csspart link - One call to action. A link whose `rel` is a slug also has the part `link-<rel>`, e.g.
 *   `link-roles`, so one button can be styled on its own.
 * @csspart loading - The placeholder shown while loading (the host has `aria-busy="true"` meanwhile); it reserves
 *   `--roadmap-min-block-size`.
 * @csspart source - Where a header figure comes from (open roles, the salaries): label, method, sample and date.
 * @csspart source-link - A source's label, linked to the source.
 * @csspart stage-source - A card's own salary source (exported from `<stage-card>`).
 * @csspart stage-source-link - Its label, linked (exported from `<stage-card>`).
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
 * @cssproperty [--roadmap-progress=#17794a] - Reading-progress bars, with `track-progress`. Dark theme: #5fd49a.
 * @cssproperty [--roadmap-font-family=inherit] - The font (default: the page's; its system font on a page that sets
 *   none).
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
 * @cssproperty [--roadmap-bar-height=0.75em] - Height of each salary bar.
 * @cssproperty [--roadmap-offer-color=var(--roadmap-text)] - The offer's marker on every band and its line across the
 *   salary ladder.
 * @cssproperty [--roadmap-min-block-size=100vh] - Height reserved while loading, and kept as a minimum afterwards
 *   when set. Default while loading: one viewport height; afterwards: none.
 */
export class RoadmapTimeline extends RoadmapElement {
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
    offer: {type: Number},
    offerCheck: {type: Boolean, attribute: 'offer-check'},
  };
  static override styles = [themeStyles, roadmapTimelineStyles];

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
  /** `light`, `dark`, `auto` (default: follows the page's `color-scheme`) or `inherit` (the page's own colours). */
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
  /**
   * The reader's offer or pay, in the roadmap's currency, per the period of its salary ladder (a year, unless its
   * bands say otherwise): every band of that period marks it and says where it falls. Set it to preset the offer
   * check; it follows what a reader enters there. Setting it fires no event.
   */
  declare offer?: number;
  /**
   * Adds the field "Your offer or current pay" beside the salary ladder: what a reader types (₹12L, 12 lakh, $120k,
   * 120,000 …, in their locale's way) becomes `offer`, the stage whose band holds it is named, and `roadmap-offer`
   * fires. Worked out on the reader's device: nothing is sent or stored unless the page listens.
   */
  offerCheck = false;

  /** The locale (the `locale` attribute, else the roadmap's), its words and writing direction. */
  #locale = localeController(this, 'locale');
  /** Which input wins, loading it, and the roadmap or error it gave. */
  #source = roadmapSource(this);
  /** The reader features, loaded when an attribute, the `progress` property or the URL asks for one. */
  #reader = readerFeatures(this, 'timeline');
  #progress = progressController(this, this.#reader);
  /** The stage named by `active-stage` or the URL's fragment. */
  #target = stageTarget(this, this.#reader);
  /** Locale, currency and salary scales for the cards and bands inside, through `@lit/context`. */
  #provider = new ContextProvider(this, {context: roadmapContext, initialValue: {locale: 'en', scales: {}}});

  /** Formatted numbers and dates, made when the roadmap or locale changes, not on every render. */
  declare private labels: Labels;

  /** Marks the stage list focusable and faded while it scrolls sideways, once the view extra is here. */
  #watchingRow = false;
  /** Whether the page's colours and font have been read since the element was connected (see `willUpdate`). */
  #pageRead = false;

  constructor() {
    super();
    // Announces the links a reader follows (`roadmap-link`).
    linkEvents(this);
  }

  /** Loads `src` again, as the Retry button under a network, timeout or HTTP failure does. */
  retry(): void {
    this.#source.load();
    this.requestUpdate();
  }

  private get config(): RoadmapConfig {
    return this.#provider.value;
  }

  /** The roadmap on screen, validated and normalised; `undefined` before the first one. */
  get shownRoadmap(): Roadmap | undefined {
    return this.#source.value;
  }

  /** The last failure, or `undefined` when the last input was good. */
  get error(): RoadmapErrorDetail | undefined {
    return this.#source.error;
  }

  /**
   * Done item ids per stage id, `{"foundations": ["sql"]}`: a copy, in the roadmap's order. Setting it replaces the
   * whole state (ids not in the roadmap are dropped) and, with `track-progress`, stores it; no event fires.
   */
  get progress(): RoadmapProgress {
    return structuredClone(this.#progress.value);
  }

  set progress(value: RoadmapProgress) {
    this.#progress.set(value);
  }

  override connectedCallback(): void {
    // Moved to another page or place: its colours and font are read again.
    this.#pageRead = false;
    super.connectedCallback();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const view = viewExtra();
    // A server render has no page to read (updated() never runs there; willUpdate does).
    if (view && !isServer && (!this.#pageRead || changed.has('theme'))) {
      // Read before this render adds to the shadow tree: reading computed styles after it would restyle every card
      // a second time (a 300-stage roadmap spent 1.8 s in it), for facts that come from the page alone.
      this.#pageRead = true;
      view.followPage(this, this.theme);
      view.systemFont(this);
    }
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
    this.#source.update(changed);
    // Marked by the source whenever another roadmap is shown.
    const fresh = changed.has('shownRoadmap');
    if (fresh || changed.has('locale') || changed.has('offer')) {
      const roadmap = this.#source.value;
      const locale = this.#locale.resolve(roadmap?.locale);
      const period = roadmap && salaryPeriod(roadmap);
      const config = {
        locale,
        currency: roadmap?.currency,
        scales: roadmap ? salaryScales(roadmap) : {},
        // For the cards: each shows the source of its own band when it is not the header's.
        sources: roadmap?.sources,
        salarySource: roadmap && salarySourceId(roadmap),
        offer: period && this.offer! >= 0 ? {amount: this.offer!, period} : undefined,
      };
      // The same facts keep the same object, so an edit to one stage does not re-render every card.
      if (JSON.stringify(config) !== JSON.stringify(this.config)) this.#provider.setValue(config);
      // Read only while a roadmap is shown, and a shown roadmap is only ever replaced by another.
      if (roadmap) this.labels = formatLabels(roadmap, locale);
    }
    if (fresh || changed.has('activeStage')) this.#target.update(fresh);
    this.#reader.use(
      this.trackProgress ||
        this.collapsible ||
        validMonths(this.experience) ||
        this.#target.value !== undefined ||
        this.#progress.wanted,
    );
    this.#progress.update();
  }

  protected override updated(changed: PropertyValues): void {
    const view = viewExtra();
    if (view) {
      if (!this.#watchingRow) {
        this.#watchingRow = true;
        new view.ScrollRowController(this, () => this.renderRoot.querySelector('.stages'));
      }
      view.adoptLadder(this.renderRoot as ShadowRoot);
    }
    if (changed.has('shownRoadmap')) warnUndefinedChildren(this, this.renderRoot);
    if (changed.has('shownRoadmap') || changed.has('locale') || changed.has('structuredData')) this.#describe();
  }

  /**
   * Keeps the light-DOM JSON-LD in step with the roadmap on screen, or removes it. Its builder is loaded the first
   * time it is needed (in the embed, `roadmap-elements.occupation.js`): most pages never ask for it.
   */
  #describe(): void {
    const roadmap = this.#source.value;
    if (!this.structuredData || !roadmap) {
      return this.querySelector(':scope > script[type="application/ld+json"][data-roadmap]')?.remove();
    }
    this.track(
      import('../../structured-data/occupation.js').then(
        ({writeOccupation}) => {
          const {locale} = this.config;
          if (this.structuredData && this.#source.value === roadmap)
            writeOccupation(this, roadmap, locale, wordsFor(locale));
        },
        (error: unknown) =>
          warnOnce(this, `<roadmap-timeline> structured-data: its module could not be loaded (${error})`),
      ),
    );
  }

  protected override render() {
    const roadmap = this.#source.value;
    const {locale} = this.config;
    const words = wordsFor(locale);
    const level = headingLevel(this.headingLevel, 2);
    const layout = this.layout && (LAYOUTS as readonly string[]).includes(this.layout) ? this.layout : 'auto';
    let placeholder = this.#source.status === 'loading' && !roadmap;
    const count = roadmap?.stages.length ?? 0;
    // A roadmap with stage salaries or curricula waits for the view extra behind the skeleton (see ladder.ts), and
    // with `offer-check` for the field's (offer.ts).
    for (const extra of [loadLadder(), this.offerCheck ? loadOfferCheck() : undefined]) {
      if (extra && roadmap?.stages.some((stage) => stage.salary || stage.curriculum)) {
        this.track(extra.then(() => this.requestUpdate()));
        placeholder = true;
      }
    }
    const classes = `root layout-${layout}${count <= MAX_HORIZONTAL_AUTO_STAGES ? ` n${count}` : ''}${placeholder ? ' reserve' : ''}`;
    return html`<div
      class=${classes}
      part="base"
      lang=${roadmap || words !== en ? locale : 'en'}
      dir=${textDirection(this.#locale.value) === 'rtl' ? 'rtl' : nothing}
    >
      ${this.#source.error && !placeholder ? this.#renderError(this.#source.error, Boolean(roadmap)) : nothing}
      ${placeholder ? loadingView(words) : nothing}
      ${roadmap && !placeholder ? this.#renderRoadmap(roadmap, level) : nothing}
    </div>`;
  }

  #renderError(problem: RoadmapErrorDetail, keptPrevious: boolean) {
    const kind = this.#source.failure ?? 'invalid';
    const retry = kind !== 'invalid' && this.src ? () => this.retry() : undefined;
    return errorView(wordsFor(this.config.locale), kind, problem.issues, keptPrevious, retry);
  }

  #renderRoadmap(roadmap: Roadmap, level: number) {
    const {locale} = this.config;
    const words = wordsFor(locale);
    const theme = knownTheme(this.theme);
    const {labels} = this;
    const {features} = this.#reader;
    const rtl = textDirection(this.#locale.value) === 'rtl';
    const salaryLadder = viewExtra()?.salaryLadder;
    const period = salaryPeriod(roadmap);
    const scale = period && this.config.scales[period];
    const options = scale &&
      roadmap.currency && {
        locale,
        currency: roadmap.currency,
        words,
        scale,
        period: period!,
        rtl,
        theme,
        offer: this.config.offer?.amount,
      };
    let progress: unknown;
    if (this.trackProgress && features) {
      const {completed, total} = features.countProgress(roadmap, this.#progress.value);
      const text = words.progressDone(formatCount(completed, locale), formatCount(total, locale), {
        done: completed,
        total,
      });
      progress = features.progressFact(words, text, completed, total);
    }
    const header = headerView(
      roadmap,
      level,
      words,
      labels,
      theme,
      salaryLadder && options && roadmap.stages.some((stage) => stage.salary)
        ? salaryLadder(roadmap, options)
        : undefined,
      this.offerCheck && options ? offerField()?.(this, roadmap, options) : nothing,
      progress,
    );
    const statuses =
      features && validMonths(this.experience) ? features.statuses(roadmap.stages, this.experience!) : [];
    // The first stage whose band holds the reader's offer, as the offer check names it.
    const {offer} = this.config;
    const offered =
      offer &&
      roadmap.stages.find(
        ({salary}) =>
          salary &&
          (salary.period ?? 'year') === offer.period &&
          salary.min <= offer.amount &&
          offer.amount <= salary.max,
      )?.id;
    const stages = html`<section class="stages-section" aria-label=${roadmap.stagesTitle ? nothing : words.stages}>
      ${roadmap.stagesTitle ? heading(level + 1, 'stages-title', roadmap.stagesTitle) : nothing}
      ${this.collapsible && features ? features.controls(words, this.renderRoot as ShadowRoot) : nothing}
      <ol class="stages" part="stages" role="list">
        ${repeat(
          roadmap.stages,
          (stage) => stage.id,
          (stage, index) => {
            const status = statuses[index];
            const active = stage.id === this.#target.value;
            const states = `${status ? ` ${status}` : ''}${active ? ' active' : ''}${stage.id === offered ? ' offer-stage' : ''}`;
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
                .done=${this.trackProgress && features ? (this.#progress.value[stage.id] ?? NONE) : undefined}
                .collapsible=${this.collapsible}
                .open=${status === 'current' || active}
                @stage-item-toggle=${(event: CustomEvent<StageItemToggleDetail>) => this.#progress.tick(stage.id, event)}
              ></stage-card>
            </li>`;
          },
        )}
      </ol>
      <p class="scroll-hint" aria-hidden="true">${words.scrollHint} ${rtl ? '←' : '→'}</p>
    </section>`;
    return html`${header} ${stages} ${linksView(roadmap, level, words)}`;
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
    'roadmap-offer': CustomEvent<RoadmapOfferDetail>;
  }
}
