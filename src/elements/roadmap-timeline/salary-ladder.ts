/**
 * The header's salary ladder: the market band and every stage's band as `<salary-band>`s on one axis (the
 * roadmap's salary scale, the same one the stage cards' bars use), with dashed grid lines and labelled ticks at
 * round amounts. Screen readers get it as a list: "Foundations: 5 lakh Indian rupees to 11 lakh Indian rupees per
 * year", one item per stage, after the market band.
 *
 * With the scroll-row watcher and the page readers (`page.ts`), this is the view extra: loaded the first time a
 * timeline renders (in the embed, `roadmap-elements.ladder.js` beside it; see `ladder.ts`). Like the reader features, it must not import Lit: the core passes in its `html` and `svg`.
 */
import type {html as Html, svg as Svg} from 'lit';
import type {SalaryScale} from '../../context.js';
import type {SalaryPeriod} from '../../schema/limits.js';
import type {Roadmap, SalaryRange} from '../../schema/roadmap.js';
import {formatMoney} from '../../format/money.js';
import {formatCount} from '../../format/number.js';
import type {Words} from '../../format/words.js';
import type {Theme} from '../theme.js';
import {LADDER_STYLES} from './salary-ladder.styles.js';

export {ScrollRowController} from './scroll-row.js';
export {followPage, systemFont} from './page.js';
export {LADDER_STYLES};
export {curriculumView, adoptCurriculum, CURRICULUM_STYLES} from '../stage-card/curriculum.js';

let sheet: CSSStyleSheet | undefined;

/** Adds the ladder's styles to a timeline's shadow root (once). */
export function adoptLadder(root: ShadowRoot): void {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(LADDER_STYLES);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Round amounts across the scale, about five steps across: 1, 2, 2.5 or 5 times a power of ten. */
export function ladderTicks(scale: SalaryScale): number[] {
  const span = scale.max - scale.min;
  if (!(span > 0)) return [scale.min];
  const rough = span / 5;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= rough)! * power;
  const ticks: number[] = [];
  for (let tick = Math.ceil(scale.min / step) * step; tick <= scale.max + step / 1e6; tick += step) ticks.push(tick);
  return ticks;
}

export interface LadderOptions {
  locale: string;
  currency: string;
  words: Words;
  scale: SalaryScale;
  period: SalaryPeriod;
  rtl: boolean;
  theme: Theme | undefined;
}

/** The ladder's template, made with the core's Lit (see `ladder.ts`). */
export function ladderView(html: typeof Html, svg: typeof Svg) {
  const band = (range: SalaryRange, label: string, {scale, theme}: LadderOptions, market = false) =>
    market
      ? html`<salary-band
          part="market-salary"
          exportparts="band: market-salary-band, value: market-salary-value, bar: market-salary-bar"
          .min=${range.min}
          .max=${range.max}
          .period=${range.period}
          .scaleMin=${scale.min}
          .scaleMax=${scale.max}
          label=${label}
          .theme=${theme}
        ></salary-band>`
      : html`<salary-band
          .min=${range.min}
          .max=${range.max}
          .period=${range.period}
          .scaleMin=${scale.min}
          .scaleMax=${scale.max}
          label=${label}
          .theme=${theme}
        ></salary-band>`;

  /** The ladder's `<dd>`: market band, one rung per stage paid in `period`, grid lines and the axis. */
  function salaryLadder(roadmap: Roadmap, options: LadderOptions) {
    const {scale, period, words, locale, currency, rtl} = options;
    const span = scale.max - scale.min || 1;
    // Percent of the axis from its start side (the right in a right-to-left roadmap).
    const at = (amount: number) => {
      const share = ((amount - scale.min) / span) * 100;
      return rtl ? 100 - share : share;
    };
    const ticks = ladderTicks(scale).map((amount) => ({amount, x: at(amount)}));
    const market = roadmap.market?.salary;
    const stages = roadmap.stages
      .map((stage, index) => ({stage, index}))
      .filter(({stage}) => stage.salary && (stage.salary.period ?? 'year') === period);
    return html`<dd>
      <svg class="ladder-grid" aria-hidden="true" focusable="false">
        ${ticks.map(({x}) => svg`<line x1="${x}%" x2="${x}%" y1="0" y2="100%"></line>`)}
      </svg>
      ${
        market && (market.period ?? 'year') === period
          ? html`<div class="ladder-row">${band(market, words.marketRange, options, true)}</div>`
          : ''
      }
      <ol class="rungs" role="list" aria-label=${words.salaryByStage}>
        ${stages.map(
          ({stage, index}) =>
            html`<li class="rung">
              <span class="rung-index" aria-hidden="true">${formatCount(index + 1, locale)}</span>
              ${band(stage.salary!, stage.title, options)}
            </li>`,
        )}
      </ol>
      <div class="ladder-row" aria-hidden="true">
        <svg class="ladder-axis" focusable="false">
          ${ticks.map(
            ({amount, x}, index) =>
              svg`<text class=${tickClass(index, ticks.length)} x="${x}%" y="1em" text-anchor=${x < 20 ? 'start' : x > 80 ? 'end' : 'middle'}>${formatMoney(amount, locale, currency)}</text>`,
          )}
        </svg>
      </div>
    </dd>`;
  }

  return salaryLadder;
}

/**
 * Every other tick from the first is `minor` (hidden in a narrow header, the last one too when it falls on one, so
 * two labels never crowd an end); all but the ends are `inner` (hidden in a very narrow one).
 */
const tickClass = (index: number, count: number) =>
  index % 2 ? 'minor inner' : index === 0 || index === count - 1 ? '' : 'inner';
