import {html, nothing, type PropertyValues} from 'lit';
import {consumeRoadmapConfig, type RoadmapConfig} from '../../context.js';
import {checkStage} from '../../schema/check.js';
import {formatIssue} from '../../schema/issues.js';
import {forgetIssues, wordIssuesFor} from '../../schema/wording.js';
import type {LooseStage, Stage, StageInput} from '../../schema/roadmap.js';
import type {CurriculumView} from './curriculum.js';
import {formatPeriod} from '../../format/period.js';
import {formatCount} from '../../format/number.js';
import {isLanguageTag} from '../../format/locale.js';
import {wordsFor} from '../../format/words.js';
import {findSource, sourceNote} from '../../format/source.js';
import {localeController} from '../../controllers/locale.js';
import {readerFeatures} from '../../controllers/reader-features.js';
import {linkEvents} from '../link-events.js';
import {RoadmapElement} from '../base-element.js';
import {knownTheme, themeStyles, type Theme} from '../theme.js';
import {heading, headingLevel} from '../heading.js';
import {warnOnce} from '../warn.js';
import {sourceLine} from '../source-line.js';
import {trackedItems} from '../../schema/ids.js';
import {loadLadder, viewExtra} from '../roadmap-timeline/ladder.js';
import {stageCardStyles} from './stage-card.styles.js';
import type {RoadmapLinkDetail} from '../link-events.js';

export type {RoadmapLinkDetail};

/** A stage equal in content to the one shown is no change: a timeline re-rendering an edited roadmap redraws
 * only the cards whose stage changed. */
const sameContent = (value: unknown, old: unknown) =>
  value === old || (old !== undefined && JSON.stringify(value) === JSON.stringify(old));

/**
 * One stage of a roadmap: its number, period, title, summary, what to learn, and its salary band.
 *
 * Inside `<roadmap-timeline>` it takes locale, currency and salary scale from the timeline; standalone, from
 * its own attributes.
 *
 * @summary One roadmap stage as a card.
 * @tag stage-card
 *
 * @fires {CustomEvent<RoadmapLinkDetail>} roadmap-link - A reader followed a link in the card (a click, Enter or a
 *   middle click). `detail: {href, rel, label, stageId, itemId}`: `href` is the absolute URL followed, `rel` `null`.
 *   Bubbles and is composed; not cancelable, and the navigation goes ahead.
 * @fires stage-item-toggle - A reader ticked or unticked an item. `detail: {itemId, done}`. Bubbles, not composed:
 *   inside a timeline it stays in the timeline's shadow root, which announces `roadmap-progress` instead.
 *
 * @csspart card - The card's box.
 * @csspart meta - The line holding the stage number and period.
 * @csspart index - "Stage N".
 * @csspart period - "Months 0–2", "Year 4+".
 * @csspart title - The stage's heading.
 * @csspart summary - The stage's summary paragraph.
 * @csspart items - The list of things to learn.
 * @csspart item - One thing to learn.
 * @csspart link - An item's link, where it has an `href`.
 * @csspart salary - The stage's `<salary-band>`.
 * @csspart source - Where the stage's salary comes from, under its band, when the timeline's header does not say it.
 * @csspart source-link - The source's label, linked to the source.
 * @csspart status - The `status` chip in the meta line ("You are here").
 * @csspart toggle - The title's disclosure button, when `collapsible`.
 * @csspart checkbox - An item's checkbox, when `done` is set.
 * @csspart progress - "3 of 9 done" and its bar, when `done` is set (curriculum items counted).
 * @csspart curriculum - The week-by-week plan, under the items, where the stage has a `curriculum`.
 * @csspart curriculum-toggle - The plan's disclosure button, "Week-by-week plan · 8 weeks · 54 hours"; collapsed
 *   until a reader opens it (printing shows it open).
 * @csspart curriculum-sample - "Sample plan", on a plan whose entries are marked `sample`.
 * @csspart curriculum-entry - One entry of the plan: "Weeks 1–2 · 12 hours", its title, summary and items.
 * @csspart resource - One resource of a plan's item: its kind, link, minutes and "Free" or "Paid".
 * @csspart resource-kind - A resource's kind as a small label ("Docs", "Video").
 * @csspart error - The located problem, shown when `stage` is not a valid stage (a previous good stage stays
 *   below it).
 * @csspart salary-band - The wrapper inside the stage's salary band (exported from `<salary-band>`).
 * @csspart salary-label - The label of the stage's salary band.
 * @csspart salary-value - The compact text of the stage's salary range.
 * @csspart salary-bar - The bar of the stage's salary band.
 *
 * @cssproperty [--roadmap-card-bg=var(--roadmap-bg)] - Card background.
 * @cssproperty [--roadmap-card-padding=1.125em 1.25em] - Padding inside the card.
 * @cssproperty [--roadmap-radius=0.75em] - Corner radius of the card.
 * @cssproperty [--roadmap-bg=#ffffff] - Background. Dark theme: #11151c.
 * @cssproperty [--roadmap-text=#1c2026] - Text colour. Dark theme: #e8ebf0.
 * @cssproperty [--roadmap-muted=#4f5866] - Secondary text (the number, period and summary). Dark theme: #a9b2c0.
 * @cssproperty [--roadmap-border=#d6dae1] - The card's border. Dark theme: #343d4b.
 * @cssproperty [--roadmap-accent=#2446c7] - Item links, and the bar of its salary band. Dark theme: #8fa8ff.
 * @cssproperty [--roadmap-error-text=#8a1c1c] - Error text. Dark theme: #ffc9c9.
 */
export class StageCard extends RoadmapElement {
  static override properties = {
    config: {state: true, attribute: false},
    stage: {
      converter: (value: string | null) => value,
      hasChanged: (value: unknown, old: unknown) => !sameContent(value, old),
    },
    index: {type: Number},
    locale: {},
    currency: {},
    headingLevel: {type: Number, attribute: 'heading-level'},
    theme: {reflect: true},
    done: {attribute: false},
    status: {},
    collapsible: {type: Boolean, reflect: true},
    open: {type: Boolean, reflect: true},
    parsed: {state: true, attribute: false},
    problem: {state: true, attribute: false},
  };
  static override styles = [themeStyles, stageCardStyles];

  /** The stage: an object, or JSON text when given as the `stage` attribute. */
  declare stage?: Stage | StageInput | LooseStage | string;
  /** 1-based position, shown as "Stage N". */
  declare index?: number;
  /** BCP 47 locale. Default: the timeline's, else `en`. */
  declare locale?: string;
  /** ISO 4217 currency of the salary. Default: the timeline's. */
  declare currency?: string;
  /** Level of the stage's heading, 1–6. Default 3 (inside a timeline: one deeper than the roadmap title). */
  declare headingLevel?: number;
  /** `light`, `dark`, `auto` (default: follows the page's `color-scheme`) or `inherit` (the page's own colours). */
  declare theme?: Theme;
  /** The ids of the items done. When set (even empty), every item gets a checkbox and the card shows a count. */
  declare done?: readonly string[];
  /** Free text shown as a chip beside the period, e.g. "You are here". */
  declare status?: string;
  /** The title becomes a button that shows and hides the rest of the card. */
  collapsible = false;
  /** With `collapsible`: whether the rest of the card is shown. Printing always shows it. */
  open = false;

  /** The enclosing timeline's locale, currency and scales, when there is one. */
  declare private config?: RoadmapConfig;

  constructor() {
    super();
    consumeRoadmapConfig(this, (config) => (this.config = config));
    // Announces the links a reader follows (`roadmap-link`).
    linkEvents(this);
  }

  /** The reader features, loaded for a card that uses them (`done`, `collapsible`). */
  #reader = readerFeatures(this, 'card');
  private get features() {
    return this.#reader.features;
  }
  /** Once the words of the locale are here, the labels are made again (`config` marked changed, whatever it holds). */
  #locale = localeController(this, 'config');
  declare private parsed?: Stage;
  declare private problem?: string;
  /** "Stage 3" and "Months 0–2", formatted when the stage, index or locale changes, not on every render. */
  declare private labels: {index?: string | undefined; period?: string | undefined};
  /** The resolved locale, for the progress count. */
  declare private shownLocale: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('stage')) {
      forgetIssues(this);
      if (this.stage === undefined || this.stage === null) {
        this.parsed = undefined;
        this.problem = undefined;
        return;
      }
      const result = checkStage(this.stage);
      if (result.ok) {
        this.parsed = result.value;
        this.problem = undefined;
      } else {
        // The previous good stage, if any, stays on screen beneath the error, once the error is worded.
        wordIssuesFor(this, result.issues, 'stage', (issues) => {
          this.problem = issues
            .map((issue) => formatIssue({...issue, path: issue.path && `stage.${issue.path}`}))
            .join('; ');
          warnOnce(this, `<stage-card> ${this.problem}`);
        });
      }
    }
    this.#reader.use(Boolean(this.done || this.collapsible));
    const stage = this.parsed;
    if (stage && (changed.has('parsed') || changed.has('index') || changed.has('locale') || changed.has('config'))) {
      const locale = (this.shownLocale = this.#locale.resolve(this.config?.locale));
      const index = this.index;
      this.labels = {
        // `Number.isFinite` is false for `undefined` too.
        index: Number.isFinite(index) ? wordsFor(locale).stage(formatCount(index!, locale)) : undefined,
        period: stage.period && formatPeriod(stage.period, locale),
      };
    }
  }

  protected override render() {
    const stage = this.parsed;
    const error = this.problem === undefined ? nothing : html`<p class="error" part="error">${this.problem}</p>`;
    if (!stage) return error;
    const {labels, open, features} = this;
    // Without the reader features (not loaded yet, or not loadable), the card shows whole, without checkboxes.
    const done = features && this.done;
    const collapsible = Boolean(features && this.collapsible);
    const level = headingLevel(this.headingLevel, 3);
    const locale = this.shownLocale;
    // Its curriculum's items are ticked and counted with its own.
    const tracked = trackedItems(stage);
    const count = done && tracked.filter((item) => done.includes(item.id)).length;
    // Its band's source, when the timeline's header does not already name it for every band.
    const sourceId = stage.salary?.source;
    const found = sourceId !== this.config?.salarySource && findSource({sources: this.config?.sources}, sourceId);
    const source = found && sourceNote(found, locale);
    return html`<div class=${collapsible && !open ? 'card closed' : 'card'} part="card" data-stage-id=${stage.id}>
      ${error}
      <div class="head">
        <p class="meta" part="meta">
          ${labels.index ? html`<span class="index" part="index" dir="auto">${labels.index}</span>` : nothing}
          ${labels.period ? html`<span part="period" dir="auto">${labels.period}</span>` : nothing}
          ${this.status ? html`<span class="status" part="status">${this.status}</span>` : nothing}
        </p>
        ${heading(
          level,
          'title',
          collapsible ? features!.toggle(stage.title, open, () => (this.open = !open)) : stage.title,
        )}
      </div>
      <div
        class="body"
        id="body"
        hidden=${collapsible && !open ? 'until-found' : nothing}
        @beforematch=${() => (this.open = true)}
      >
        ${stage.summary ? html`<p class="summary" part="summary">${stage.summary}</p>` : nothing}
        ${
          count !== undefined && tracked.length
            ? features!.cardProgress(
                wordsFor(locale).progressDone(formatCount(count, locale), formatCount(tracked.length, locale), {
                  done: count,
                  total: tracked.length,
                }),
                count,
                tracked.length,
              )
            : nothing
        }
        ${
          stage.items.length
            ? html`<ul part="items" role="list">
                ${stage.items.map((item, index) => {
                  const link = item.href
                    ? html`<a part="link" id=${`t${index}`} href=${item.href} data-item-id=${item.id}>${item.text}</a>`
                    : '';
                  if (!done) return html`<li part="item">${link || item.text}</li>`;
                  return features!.trackedItem(item.text, link, index, done.includes(item.id), (checked) =>
                    this.#tick(item.id, checked),
                  );
                })}
              </ul>`
            : nothing
        }
        ${stage.curriculum?.length ? this.#plan(stage as never, level, done) : nothing}
        ${
          stage.salary
            ? html`<salary-band
                part="salary"
                exportparts="band: salary-band, label: salary-label, value: salary-value, bar: salary-bar"
                .min=${stage.salary.min}
                .max=${stage.salary.max}
                .period=${stage.salary.period}
                .locale=${isLanguageTag(this.locale) ? this.locale : undefined}
                .currency=${this.currency}
                .rangeName=${labels.index}
                .theme=${knownTheme(this.theme)}
              ></salary-band>`
            : nothing
        }
        ${source ? html`<p class="source" part="source">${sourceLine(source)}</p>` : nothing}
      </div>
    </div>`;
  }

  /** The curriculum, from the view extra (loaded for it; until it is here, the card shows without it). */
  #plan(stage: Parameters<CurriculumView>[1]['stage'], level: number, done?: readonly string[]) {
    const view = viewExtra();
    const loading = loadLadder();
    if (loading) this.track(loading.then(() => this.requestUpdate()));
    const locale = this.shownLocale;
    return view
      ? view.curriculum(this, {
          stage,
          locale,
          words: wordsFor(locale),
          level,
          features: this.features,
          done,
          onTick: (id, checked) => this.#tick(id, checked),
        })
      : nothing;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (this.parsed?.curriculum) viewExtra()?.adoptCurriculum(this.renderRoot as ShadowRoot);
  }

  #tick(itemId: string, done: boolean): void {
    const others = (this.done ?? []).filter((id) => id !== itemId);
    this.done = done ? [...others, itemId] : others;
    this.dispatchEvent(new CustomEvent('stage-item-toggle', {bubbles: true, detail: {itemId, done}}));
  }
}

/** Detail of `stage-item-toggle`: the item a reader ticked (`done: true`) or unticked. */
export interface StageItemToggleDetail {
  itemId: string;
  done: boolean;
}

declare global {
  interface HTMLElementTagNameMap {
    'stage-card': StageCard;
  }
  interface GlobalEventHandlersEventMap {
    'stage-item-toggle': CustomEvent<StageItemToggleDetail>;
  }
}
