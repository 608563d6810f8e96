import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {repeat} from 'lit/directives/repeat.js';
import {provide} from '@lit/context';
import {roadmapContext, type RoadmapConfig, type SalaryScale} from '../../context.js';
import {formatIssue, parseRoadmap, type ParseResult, type RoadmapIssue} from '../../schema/parse.js';
import type {Roadmap, RoadmapInput, SalaryRange} from '../../schema/roadmap.js';
import type {SalaryPeriod} from '../../schema/limits.js';
import {formatCalendarDate} from '../../format/date.js';
import {formatCount} from '../../format/number.js';
import {resolveLocale, textDirection} from '../../format/locale.js';
import {wordsFor} from '../../format/words.js';
import {knownTheme, themeStyles, type Theme} from '../theme.js';
import {heading, headingLevel} from '../heading.js';
import {checkAttribute, warnOnce} from '../warn.js';
import {checkSharedAttributes, oneOf} from '../attributes.js';
import {settleChildren} from '../settle.js';
import {fetchRoadmapText} from './fetch-roadmap.js';
import {roadmapTimelineStyles} from './roadmap-timeline.styles.js';

export const LAYOUTS = ['auto', 'vertical', 'horizontal'] as const;
export type Layout = (typeof LAYOUTS)[number];

/** The parts of each `<stage-card>` and its `<salary-band>`, re-exported under `stage-…` / `salary-…` names. */
const STAGE_PARTS = [
  'card: stage-card',
  ...['meta', 'index', 'period', 'title', 'summary', 'items', 'item', 'link', 'salary'].map(
    (name) => `${name}: stage-${name}`,
  ),
  ...['band', 'label', 'value', 'bar'].map((name) => `salary-${name}`),
].join(', ');

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

/** Each salary period's span over the market band and every stage's band. */
function salaryScales(roadmap: Roadmap): Partial<Record<SalaryPeriod, SalaryScale>> {
  const scales: Partial<Record<SalaryPeriod, SalaryScale>> = {};
  const ranges: SalaryRange[] = [];
  if (roadmap.market?.salary) ranges.push(roadmap.market.salary);
  for (const stage of roadmap.stages) if (stage.salary) ranges.push(stage.salary);
  for (const range of ranges) {
    const period = range.period ?? 'year';
    const scale = scales[period];
    scales[period] = scale
      ? {min: Math.min(scale.min, range.min), max: Math.max(scale.max, range.max)}
      : {min: range.min, max: range.max};
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
 * @csspart loading - The placeholder shown while loading (the host has `aria-busy="true"` meanwhile).
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
 */
export class RoadmapTimeline extends LitElement {
  static override styles = [themeStyles, roadmapTimelineStyles];

  /** A roadmap object (or JSON text). Takes precedence over every other input. */
  @property({attribute: false}) roadmap?: RoadmapInput | Roadmap | string | null;
  /** Roadmap JSON text, for pages that set attributes. Property: `roadmapJson`. */
  @property({attribute: 'roadmap'}) roadmapJson?: string | null;
  /** URL of roadmap JSON, fetched with `fetch`. A newer `src` aborts the older request. */
  @property() src?: string | null;
  /** Overrides the roadmap's locale (BCP 47), e.g. `hi-IN`. */
  @property() locale?: string | null;
  /** `light`, `dark` or `auto` (default: follows `prefers-color-scheme`). */
  @property({reflect: true}) theme?: Theme;
  /** `vertical`, `horizontal` or `auto` (default: horizontal when the element itself is wide). */
  @property({reflect: true}) layout?: Layout;
  /** Level of the roadmap title, 1–6 (default 2); stage titles are one deeper. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel?: number;

  /** The text of a child `<script type="application/json">`, kept in sync by a MutationObserver. */
  @state() private scriptJson?: string;
  @state() private current?: Roadmap;
  @state() private problem?: RoadmapErrorDetail;
  @state() private loading = false;

  @provide({context: roadmapContext})
  private config: RoadmapConfig = {locale: 'en', scales: {}};

  /** Formatted numbers and dates, made when the roadmap or locale changes, not on every render. */
  private labels: Labels = {eyebrow: '', markers: []};
  /** The locale's writing direction; `rtl` mirrors the layout. */
  private direction: 'ltr' | 'rtl' = 'ltr';

  #request?: AbortController;
  /** Set when removal aborted a fetch: connecting again starts it over. */
  #resume = false;
  #pending?: CustomEvent<RoadmapLoadDetail | RoadmapErrorDetail>;
  #observer?: MutationObserver;

  /** The roadmap on screen, validated and normalised; `undefined` before the first one. */
  get shownRoadmap(): Roadmap | undefined {
    return this.current;
  }

  /** The last failure, or `undefined` when the last input was good. */
  get error(): RoadmapErrorDetail | undefined {
    return this.problem;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#observer ??= new MutationObserver(() => this.#readScript());
    this.#observer.observe(this, {childList: true, subtree: true, characterData: true});
    this.#readScript();
    if (this.#resume) {
      this.#resume = false;
      this.#load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
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
    if (changed.has('roadmap') || changed.has('roadmapJson') || changed.has('scriptJson') || changed.has('src')) {
      this.#load();
    }
    if (changed.has('current') || changed.has('locale')) {
      const roadmap = this.current;
      const locale = resolveLocale(this.locale, roadmap?.locale);
      this.config = {locale, currency: roadmap?.currency, scales: roadmap ? salaryScales(roadmap) : {}};
      this.labels = roadmap ? formatLabels(roadmap, locale) : {eyebrow: '', markers: []};
      this.direction = textDirection(locale);
    }
  }

  protected override updated(): void {
    if (this.loading) this.setAttribute('aria-busy', 'true');
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

  /** Resolves when the timeline and every stage card and salary band in it have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await settleChildren(this.renderRoot);
    return done;
  }

  /** Takes the input with the highest precedence and shows it, or starts fetching it. */
  #load(): void {
    this.#request?.abort();
    this.#request = undefined;
    this.loading = false;
    const inline = this.roadmap ?? this.roadmapJson ?? this.scriptJson;
    if (inline !== undefined && inline !== null) {
      this.#accept(parseRoadmap(inline));
      return;
    }
    if (!this.src) return;
    const request = new AbortController();
    this.#request = request;
    this.loading = true;
    fetchRoadmapText(this.src, request.signal).then(
      (result) => {
        if (this.#request !== request) return;
        this.#request = undefined;
        this.loading = false;
        this.#accept(result.ok ? parseRoadmap(result.text) : result);
      },
      () => {
        // Aborted by a newer input or by disconnection: nothing to report.
      },
    );
  }

  /** Shows a good roadmap, or the error over whatever is on screen; queues the event for `updated()`. */
  #accept(result: ParseResult) {
    if (result.ok) {
      this.current = result.roadmap;
      this.problem = undefined;
      this.#queue('roadmap-load', {roadmap: result.roadmap});
      return;
    }
    const {issues} = result;
    const first = issues[0] ? formatIssue(issues[0]) : 'unknown problem';
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    const message = `${first}${more}`;
    this.problem = {message, issues};
    warnOnce(this, `<roadmap-timeline> ${message}`);
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
    const classes = `root layout-${layout}${roadmap && roadmap.stages.length <= MAX_HORIZONTAL_AUTO_STAGES ? ' few' : ''}`;
    return html`<div
      class=${classes}
      part="base"
      lang=${roadmap ? locale : nothing}
      dir=${this.direction === 'rtl' ? 'rtl' : nothing}
    >
      ${this.problem ? this.#renderError(this.problem, Boolean(roadmap)) : nothing}
      ${
        this.loading && !roadmap
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

  #renderError(problem: RoadmapErrorDetail, keptPrevious: boolean) {
    const words = wordsFor(this.config.locale);
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${words.errorTitle}${keptPrevious ? html` ${words.keptPrevious}` : nothing}</p>
      <ul>
        ${problem.issues.map((issue) => html`<li>${formatIssue(issue)}</li>`)}
      </ul>
    </div>`;
  }

  #renderRoadmap(roadmap: Roadmap, level: number) {
    const {locale} = this.config;
    const words = wordsFor(locale);
    const theme = knownTheme(this.theme);
    const {market} = roadmap;
    const {labels} = this;
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
    ].filter(Boolean);
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
        <ol class="stages" part="stages">
          ${repeat(
            roadmap.stages,
            (stage) => stage.id,
            (stage, index) =>
              html`<li class="stage" part="stage" id=${stage.id}>
                <span class="marker" part="marker" aria-hidden="true">${labels.markers[index]}</span>
                <stage-card
                  part="card"
                  exportparts=${STAGE_PARTS}
                  .stage=${stage}
                  .index=${index + 1}
                  .headingLevel=${level + 1}
                  .theme=${theme}
                ></stage-card>
              </li>`,
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
  }
}
