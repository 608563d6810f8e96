import {html, nothing, svg, type PropertyValues} from 'lit';
import {consumeRoadmapConfig, type RoadmapConfig, type SalaryScale} from '../../context.js';
import type {SalaryRange} from '../../schema/roadmap.js';
import {checkRange} from '../../schema/check.js';
import {formatIssue, type FoundIssue} from '../../schema/issues.js';
import {forgetIssues, wordIssuesFor} from '../../schema/wording.js';
import type {SalaryPeriod} from '../../schema/limits.js';
import {describeMoney, describeMoneyRange, formatMoney, formatPay} from '../../format/money.js';
import {wordsFor} from '../../format/words.js';
import {localeController} from '../../controllers/locale.js';
import {RoadmapElement} from '../base-element.js';
import {themeStyles, type Theme} from '../theme.js';
import {salaryBandStyles} from './salary-band.styles.js';
import {warnOnce} from '../warn.js';

/** Where a range sits on its scale, as percentages of the bar (at least 2 % wide, so a point stays visible). */
function placement(range: SalaryRange, scale: SalaryScale): {start: number; width: number} {
  const span = scale.max - scale.min;
  if (!(span > 0)) return {start: 0, width: 100};
  const clamp = (value: number) => Math.min(100, Math.max(0, ((value - scale.min) / span) * 100));
  const start = Math.min(clamp(range.min), 98);
  return {start, width: Math.max(clamp(range.max) - start, 2)};
}

/** What the band's text and bar are made from: a change to any of these makes them again. */
const VIEW_INPUTS = [
  'min',
  'max',
  'period',
  'currency',
  'locale',
  'scaleMin',
  'scaleMax',
  'label',
  'config',
  'offer',
  'rangeName',
];

/**
 * A salary range, shown as compact text (₹5L – ₹11L, or $45 – $80/hr for a pay period other than a year) and as a bar placed on a scale, with words for screen
 * readers ("5 lakh Indian rupees to 11 lakh Indian rupees per year").
 *
 * With `offer`, a marker on the bar shows where that amount sits (at the bar's end, with an arrow, when it is off the
 * scale), and a sentence says whether it is below, within or above the range: "₹12L is within Stage 3’s range,
 * ₹11L – ₹15L" (`range-name` names the range; without it, "this range").
 *
 * Inside `<roadmap-timeline>` it takes locale, currency, scale and the offer from the timeline; its own attributes
 * win.
 *
 * @summary A salary range as text and as a bar on a scale.
 * @tag salary-band
 *
 * @csspart band - The wrapper of label, value and bar.
 * @csspart label - The visible label ("Salary range").
 * @csspart value - The range as compact text.
 * @csspart bar - The SVG bar: its track spans the scale, its fill the range.
 * @csspart offer - The sentence saying where `offer` falls ("₹12L is within this range, ₹11L – ₹15L").
 * @csspart offer-marker - The offer's marker on the bar (an SVG element).
 * @csspart error - The located problem, shown when the attributes are not a valid range or the currency is
 *   unknown.
 *
 * @cssproperty [--roadmap-bar-color=var(--roadmap-accent)] - Fill of the range on the bar.
 * @cssproperty [--roadmap-bar-height=0.75em] - Height of the bar.
 * @cssproperty [--roadmap-track=#e3e7ee] - Colour of the bar's track. Dark theme: #2a323e.
 * @cssproperty [--roadmap-accent=#2446c7] - Default fill of the range. Dark theme: #8fa8ff.
 * @cssproperty [--roadmap-text=#1c2026] - Colour of the range text. Dark theme: #e8ebf0.
 * @cssproperty [--roadmap-muted=#4f5866] - Colour of the label. Dark theme: #a9b2c0.
 * @cssproperty [--roadmap-error-text=#8a1c1c] - Error text. Dark theme: #ffc9c9.
 * @cssproperty [--roadmap-offer-color=var(--roadmap-text)] - The offer's marker on the bar.
 */
export class SalaryBand extends RoadmapElement {
  static override properties = {
    config: {state: true, attribute: false},
    min: {type: Number},
    max: {type: Number},
    currency: {},
    locale: {},
    period: {},
    scaleMin: {type: Number, attribute: 'scale-min'},
    scaleMax: {type: Number, attribute: 'scale-max'},
    label: {},
    offer: {type: Number},
    rangeName: {attribute: 'range-name'},
    theme: {reflect: true},
    view: {state: true, attribute: false},
    problem: {state: true, attribute: false},
  };
  static override styles = [themeStyles, salaryBandStyles];

  /** Lower end of the range, in the currency's major unit. */
  declare min?: number;
  /** Upper end of the range; at least `min`. */
  declare max?: number;
  /** ISO 4217 currency code, e.g. `INR`. Default: the timeline's; required when standalone. */
  declare currency?: string;
  /** BCP 47 locale for the text. Default: the timeline's, else `en`. */
  declare locale?: string;
  /** What the amounts are paid per: `year` (default), `month` or `hour`. */
  declare period?: SalaryPeriod;
  /** Start of the scale the bar is placed on. Default: the timeline's scale, else 0. */
  declare scaleMin?: number;
  /** End of the scale the bar is placed on. Default: the timeline's scale, else `max`. */
  declare scaleMax?: number;
  /** The visible label. Default: "Salary range" in the locale's language; empty hides it (the bar keeps it for screen readers). */
  declare label?: string;
  /**
   * An amount in the band's currency and period (a reader's offer or pay): marked on the bar, and said to be below,
   * within or above the range. Default: the timeline's offer (its `offer`, or what a reader entered in its offer
   * check), when that is paid per the same period.
   */
  declare offer?: number;
  /** Whose range this is, in the offer's sentence: "Stage 3" makes "… within Stage 3’s range". Default: "this range". */
  declare rangeName?: string;
  /** `light`, `dark`, `auto` (default: follows the page's `color-scheme`) or `inherit` (the page's own colours). */
  declare theme?: Theme;

  /** The enclosing timeline's locale, currency and scales, when there is one. */
  declare private config?: RoadmapConfig;

  /** Once the words of the locale are here, the view is made again (`config` marked changed, whatever it holds). */
  #locale = localeController(this, 'config');

  constructor() {
    super();
    consumeRoadmapConfig(this, (config) => (this.config = config));
  }

  declare private view?: {
    label: string;
    text: string;
    spoken: string;
    start: number;
    width: number;
    /** The offer: where it is on the bar (%), -1 or 1 when off the scale's start or end, and its sentence. */
    offer?: {at: number; edge: number; text: string; spoken: string} | undefined;
  };
  declare private problem?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    // A new theme, or the band's own view or problem, changes nothing to check or format.
    if (this.hasUpdated && !VIEW_INPUTS.some((key) => changed.has(key))) return;
    const parsed = checkRange({min: this.min, max: this.max, period: this.period ?? undefined});
    if (!parsed.ok) return this.#fail(parsed.issues);
    const range = parsed.value;
    const locale = this.#locale.resolve(this.config?.locale);
    // Never guess a currency: ₹ shown as $ would mislead a reader.
    const currency = this.currency ?? this.config?.currency;
    if (!currency) return this.#fail([{path: 'currency', raw: {code: 'currency'}}]);
    const contextScale = this.config?.scales[range.period ?? 'year'];
    const scale = {
      min: this.scaleMin ?? contextScale?.min ?? 0,
      max: this.scaleMax ?? contextScale?.max ?? range.max,
    };
    let text: string;
    let spoken: string;
    try {
      text = formatPay(range, locale, currency);
      spoken = describeMoneyRange(range, locale, currency);
    } catch {
      return this.#fail([{path: 'currency', raw: {code: 'currency', given: currency}}]);
    }
    forgetIssues(this);
    this.problem = undefined;
    const words = wordsFor(locale);
    const label = this.label ?? words.salaryRange;
    const period = range.period ?? 'year';
    const shared = this.config?.offer;
    const amount = this.offer ?? (shared?.period === period ? shared.amount : undefined);
    let offer;
    if (amount! >= 0) {
      const share = ((amount! - scale.min) / (scale.max - scale.min || 1)) * 100;
      const place = words.offerPlaces[amount! < range.min ? 'below' : amount! > range.max ? 'above' : 'within'];
      offer = {
        at: Math.min(100, Math.max(0, share)),
        edge: share < 0 ? -1 : share > 100 ? 1 : 0,
        text: words.offerPlace(formatMoney(amount!, locale, currency), place, text, this.rangeName),
        spoken: words.offerPlace(describeMoney(amount!, locale, currency), place, spoken, this.rangeName),
      };
    }
    this.view = {label, text, spoken: `${label || words.salaryRange}: ${spoken}`, ...placement(range, scale), offer};
  }

  /**
   * Shows the problems (above the last good range, if any) once they are worded (see `wording.ts`), and names them
   * once in the console.
   */
  #fail(found: FoundIssue[]): void {
    wordIssuesFor(this, found, 'salary range', (issues) => {
      this.problem = issues.map(formatIssue).join('; ');
      warnOnce(this, `<salary-band> ${this.problem}`);
    });
  }

  protected override render() {
    const error = this.problem === undefined ? nothing : html`<span class="error" part="error">${this.problem}</span>`;
    const view = this.view;
    if (!view) return error;
    const {offer} = view;
    return html`${error}
      <div class="band" part="band">
        ${view.label ? html`<span class="label" part="label" aria-hidden="true">${view.label}</span>` : nothing}
        <span class="value" part="value" aria-hidden="true">${view.text}</span>
        <span class="visually-hidden">${offer ? `${view.spoken}. ${offer.spoken}` : view.spoken}</span>
        <svg part="bar" aria-hidden="true" focusable="false">
          <rect class="track" width="100%" height="100%" rx="3"></rect>
          <rect class="fill" x="${view.start}%" width="${view.width}%" height="100%" rx="3"></rect>
          ${
            offer
              ? svg`<svg class="offer-marker" part="offer-marker" x="${offer.at}%" width="1" overflow="visible">
                  <line y1="-40%" y2="140%"></line>
                  ${
                    // A viewport 1 px wide, the lines drawn out of it: its box stays on the bar in every engine.
                    // Off the scale: an arrow pointing past the bar's end, drawn just inside it.
                    offer.edge
                      ? svg`<line x1=${-10 * offer.edge} x2=${-5 * offer.edge} y1="15%" y2="50%"></line>
                          <line x1=${-10 * offer.edge} x2=${-5 * offer.edge} y1="85%" y2="50%"></line>`
                      : nothing
                  }
                </svg>`
              : nothing
          }
        </svg>
        ${offer ? html`<span class="offer" part="offer" aria-hidden="true">${offer.text}</span>` : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'salary-band': SalaryBand;
  }
}
