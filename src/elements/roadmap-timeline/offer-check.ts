/**
 * The offer check's field, "Your offer or current pay": a text input read by `parseMoney` in the reader's locale
 * (12L, 12 lakh, 1.2Cr, 12,00,000, $120k …), a status line (`aria-live="polite"`) naming the stage whose band holds
 * the amount, or saying in plain words that what was typed could not be read, and a line of help saying that
 * nothing leaves the device. A valid amount becomes the timeline's `offer` (every band then marks it) and is
 * announced as `roadmap-offer`; an unreadable one changes nothing but the message.
 *
 * What is typed is read 0.8 s after the reader stops typing, or at once on Enter or on leaving the field, so
 * neither the bands nor `roadmap-offer` follow every keystroke.
 *
 * Loaded by `offer.ts` when a timeline has `offer-check` (in the embed, `roadmap-elements.offer.js`). Like the
 * ladder, it must not import Lit (the embed's extra would carry a second copy) nor the word tables: the core passes
 * in its `html` and its money formatting.
 */
import type {html as Html} from 'lit';
import type * as Money from '../../format/money.js';
import {parseMoney} from '../../format/parse-money.js';
import {formatCount, numberFormat} from '../../format/number.js';
import type {Roadmap, SalaryRange} from '../../schema/roadmap.js';
import type {LadderOptions} from './salary-ladder.js';
import type {RoadmapOfferDetail} from './offer.js';
import type {OfferFieldWords} from '../../format/words/en.js';

/** The field's English words (every other language's table has its own: `WordTable`). */
export const OFFER_FIELD_ENGLISH: OfferFieldWords = {
  offerLabel: 'Your offer or current pay',
  offerHelp: 'Worked out on this device: the roadmap does not send or store it.',
  offerUnreadable: (example) => `That amount could not be read. Try one like ${example}.`,
};

const css = String.raw;

/** The field's styles, adopted into the timeline's shadow root (a strict CSP forbids a `<style>` element). */
export const OFFER_STYLES = css`
  .offer-check {
    display: grid;
    /* Never wider than its box: a word longer than the line (Malayalam's, at 30 px) breaks instead. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.375em;
    margin-block-start: 0.5em;
    padding-block-start: 0.875em;
    border-block-start: 1px solid var(--_border);
  }
  .offer-check label {
    font-weight: 700;
  }
  .offer-per {
    /* Its space is in the text before it (the template minifier drops one between text and a tag). */
    color: var(--_muted);
    font-weight: 400;
  }
  .offer-check input {
    box-sizing: border-box;
    width: 100%;
    max-width: 20em;
    min-height: 2.75rem;
    padding: 0.5em 0.75em;
    border: 2px solid var(--_border);
    border-radius: 0.5em;
    background: var(--_bg);
    color: var(--_text);
    /* 16 px at least: a phone zooms into a smaller field when it is focused. */
    font: inherit;
    font-size: max(1rem, 1em);
    font-variant-numeric: tabular-nums;
  }
  .offer-check input:focus-visible {
    border-color: var(--_accent);
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .offer-check input[aria-invalid='true'] {
    border-color: var(--_error-text);
  }
  .offer-status {
    font-weight: 600;
  }
  .offer-status:empty {
    display: none;
  }
  .offer-status.problem {
    color: var(--_error-text);
  }
  @container roadmap-timeline (max-width: 30em) {
    .offer-check input {
      max-width: none;
    }
  }
  @media print {
    .offer-check {
      display: none;
    }
  }
`;

let sheet: CSSStyleSheet | undefined;

/** What the field needs of its timeline. */
export interface OfferHost extends HTMLElement {
  offer?: number | undefined;
  readonly renderRoot: HTMLElement | DocumentFragment;
  requestUpdate(): void;
}

/** Per timeline: what the reader last entered, the amount it was read as, the message for an unreadable one. */
interface FieldState {
  typed: string;
  amount?: number | undefined;
  problem?: string | undefined;
  timer?: ReturnType<typeof setTimeout>;
}

const states = new WeakMap<OfferHost, FieldState>();

interface Placed {
  range: SalaryRange;
  place: 'below' | 'within' | 'above';
  /** The stage, with its 0-based index, or none for the market band. */
  stage?: {id: string; index: number};
}

/**
 * Where `amount` falls among the stages' bands of `period`: within the first that holds it; else above the highest
 * band below it; else below the lowest band. With no stage band of that period, against the market band.
 */
export function placeOffer(roadmap: Roadmap, amount: number, period: string): Placed | undefined {
  const bands = roadmap.stages
    .map((stage, index) => ({range: stage.salary!, stage: {id: stage.id, index}}))
    .filter(({range}) => range && (range.period ?? 'year') === period);
  const holder = bands.find(({range}) => range.min <= amount && amount <= range.max);
  if (holder) return {...holder, place: 'within'};
  const under = bands.filter(({range}) => range.max < amount).sort((a, b) => b.range.max - a.range.max)[0];
  if (under) return {...under, place: 'above'};
  const over = [...bands].sort((a, b) => a.range.min - b.range.min)[0];
  if (over) return {...over, place: 'below'};
  const market = roadmap.market?.salary;
  return market && {range: market, place: amount < market.min ? 'below' : amount > market.max ? 'above' : 'within'};
}

/** The field's template, made with the core's Lit and money formatting (see `offer.ts`). */
export function offerView(html: typeof Html, money: typeof Money) {
  return function offerField(host: OfferHost, roadmap: Roadmap, options: LadderOptions) {
    const root = host.renderRoot as ShadowRoot;
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(OFFER_STYLES);
    }
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];

    const {locale, currency, words, period, scale} = options;
    const field = words.offerLabel ? (words as OfferFieldWords) : OFFER_FIELD_ENGLISH;
    let state = states.get(host);
    if (!state) states.set(host, (state = {typed: ''}));
    const amount = host.offer! >= 0 ? host.offer : undefined;
    // A round amount mid-scale, to show what the field reads: ₹18L, $100K.
    const middle = (scale.min + scale.max) / 2 || 1e3;
    const step = 10 ** (Math.floor(Math.log10(middle)) - 1);
    const example = money.formatMoney(Math.round(middle / step) * step, locale, currency);

    const placed = amount === undefined ? undefined : placeOffer(roadmap, amount, period);
    /** Where the offer falls, with its amounts as `spoken` asks: the compact text shown, or words to be heard. */
    const sentence = (spoken: boolean) =>
      state.problem ??
      (placed &&
        words.offerPlace(
          spoken ? money.describeMoney(amount!, locale, currency) : money.formatMoney(amount!, locale, currency),
          words.offerPlaces[placed.place],
          spoken
            ? money.describeMoneyRange(placed.range, locale, currency)
            : money.formatPay(placed.range, locale, currency),
          placed.stage && words.stage(formatCount(placed.stage.index + 1, locale)),
        ));
    const shown = sentence(false);
    const spoken = sentence(true);

    const commit = (text: string) => {
      clearTimeout(state.timer);
      const next = text.trim() ? parseMoney(text, locale, currency) : null;
      if (next === undefined) {
        // The amount entered before stays on every band until a new one is read.
        state.problem = field.offerUnreadable(example);
      } else {
        state.problem = undefined;
        state.typed = text;
        state.amount = next ?? undefined;
        if (next !== (amount ?? null)) {
          host.offer = state.amount;
          const holder = next === null ? undefined : placeOffer(roadmap, next, period);
          const detail: RoadmapOfferDetail = {
            amount: next,
            currency,
            period,
            stageId: (holder?.place === 'within' && holder.stage?.id) || null,
          };
          host.dispatchEvent(new CustomEvent('roadmap-offer', {bubbles: true, composed: true, detail}));
        }
      }
      host.requestUpdate();
    };
    // The reader's own words for the amount they entered; an amount the page set, written out in full.
    const value =
      amount === state.amount ? state.typed : amount === undefined ? '' : numberFormat(locale).format(amount);

    return html`<dd class="offer-check" part="offer-check">
      <label for="offer_input" part="offer-label"
        >${`${field.offerLabel} `}<span class="offer-per">(${words.per[period]})</span></label
      >
      <input
        id="offer_input"
        part="offer-input"
        type="text"
        autocomplete="off"
        spellcheck="false"
        enterkeyhint="done"
        placeholder=${example}
        aria-describedby="offer_status offer_help"
        aria-invalid=${state.problem ? 'true' : 'false'}
        .value=${value}
        @input=${(event: Event) => {
          clearTimeout(state.timer);
          const input = event.target as HTMLInputElement;
          state.timer = setTimeout(() => commit(input.value), 800);
        }}
        @change=${(event: Event) => commit((event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => {
          if (event.key === 'Enter') commit((event.target as HTMLInputElement).value);
        }}
      />
      <p
        id="offer_status"
        class=${state.problem ? 'offer-status problem' : 'offer-status'}
        part="offer-status"
        aria-live="polite"
      >
        ${shown ? html`<span aria-hidden="true">${shown}</span><span class="visually-hidden">${spoken}</span>` : ''}
      </p>
      <p id="offer_help" class="note" part="offer-help">${field.offerHelp}</p>
    </dd>`;
  };
}
