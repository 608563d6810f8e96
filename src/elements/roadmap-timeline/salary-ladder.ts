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
import {formatCount, formatNumberRange} from '../../format/number.js';
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
  /** The reader's offer, drawn across the ladder as a line (at the axis's end when it is off the scale). */
  offer?: number | undefined;
}

/** The ladder's template, made with the core's Lit (see `ladder.ts`). */
export function ladderView(html: typeof Html, svg: typeof Svg) {
  const band = (
    range: SalaryRange,
    label: string,
    {scale, theme}: LadderOptions,
    market = false,
    rangeName?: string,
  ) =>
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
          .rangeName=${rangeName}
          .theme=${theme}
        ></salary-band>`;

  /** The ladder's `<dd>`: market band, one rung per stage paid in `period`, grid lines and the axis. */
  function salaryLadder(roadmap: Roadmap, options: LadderOptions) {
    const {scale, period, words, locale, currency, rtl, offer} = options;
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
    const rungs = ladderRungs(stages, locale, words);
    return html`<dd>
      <svg class="ladder-grid" aria-hidden="true" focusable="false">
        ${ticks.map(({x}) => svg`<line x1="${x}%" x2="${x}%" y1="0" y2="100%"></line>`)}
        ${
          offer === undefined
            ? ''
            : svg`<line class="ladder-offer" x1="${Math.min(100, Math.max(0, at(offer)))}%" x2="${Math.min(100, Math.max(0, at(offer)))}%" y1="0" y2="100%"></line>`
        }
      </svg>
      ${
        market && (market.period ?? 'year') === period
          ? html`<div class="ladder-row">${band(market, words.marketRange, options, true)}</div>`
          : ''
      }
      <ol class="rungs" role="list" aria-label=${words.salaryByStage}>
        ${rungs.map(
          ({marker, label, range}) =>
            html`<li class=${marker ? 'rung' : 'rung span'}>
              ${marker ? html`<span class="rung-index" aria-hidden="true">${marker}</span>` : ''}
              ${band(range, label, options, false, marker ? words.stage(marker) : label)}
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

/** The most rungs a ladder shows: beyond it, each rung stands for a run of consecutive stages. */
export const MAX_RUNGS = 12;

interface Rung {
  /** The stage's number in the locale's digits; none for a rung standing for several stages. */
  marker?: string;
  label: string;
  range: SalaryRange;
}

/**
 * One rung per stage, up to `MAX_RUNGS`. A longer roadmap (a 300-stage one would make the header thousands of
 * pixels tall) gets at most `MAX_RUNGS` rungs of consecutive stages, each spanning its stages' lowest and highest
 * pay: "Stages 1–25", "Stages 26–50" … The stage cards below still show every stage's own band.
 */
export function ladderRungs(
  stages: readonly {stage: Roadmap['stages'][number]; index: number}[],
  locale: string,
  words: Words,
): Rung[] {
  if (stages.length <= MAX_RUNGS) {
    return stages.map(({stage, index}) => ({
      marker: formatCount(index + 1, locale),
      label: stage.title,
      range: stage.salary!,
    }));
  }
  const size = Math.ceil(stages.length / MAX_RUNGS);
  const rungs: Rung[] = [];
  for (let start = 0; start < stages.length; start += size) {
    const group = stages.slice(start, start + size);
    const first = group[0]!.index + 1;
    const last = group.at(-1)!.index + 1;
    rungs.push({
      label: words.stageSpan(first === last ? formatCount(first, locale) : formatNumberRange(first, last, locale)),
      range: {
        min: Math.min(...group.map(({stage}) => stage.salary!.min)),
        max: Math.max(...group.map(({stage}) => stage.salary!.max)),
        period: group[0]!.stage.salary!.period,
      },
    });
  }
  return rungs;
}

/**
 * Every other tick from the first is `minor` (hidden in a narrow header, the last one too when it falls on one, so
 * two labels never crowd an end); all but the ends are `inner` (hidden in a very narrow one).
 */
const tickClass = (index: number, count: number) =>
  index % 2 ? 'minor inner' : index === 0 || index === count - 1 ? '' : 'inner';
