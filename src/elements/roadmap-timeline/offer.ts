/**
 * The offer check of `<roadmap-timeline offer-check>`: the field "Your offer or current pay", its status line and the
 * reading of what a reader types (`offer-check.ts`, with `../../format/parse-money.ts`). Loaded the first time a
 * timeline with `offer-check` renders (in the embed, `roadmap-elements.offer.js` beside it); a roadmap with salaries
 * waits for it behind the loading skeleton, as for the salary ladder (`ladder.ts`), so the header never grows under
 * the reader's eyes. If it cannot be loaded, the roadmap shows without the field, after one console warning. The
 * marker on every band, and the timeline's `offer`, are in the core.
 */
import {html} from 'lit';
import * as money from '../../format/money.js';
import type {SalaryPeriod} from '../../schema/limits.js';
import type * as Offer from './offer-check.js';

/** Detail of `roadmap-offer`: what a reader entered in the offer check, and the stage whose band holds it. */
export interface RoadmapOfferDetail {
  /** The amount, in the roadmap's currency's major unit; `null` when the reader emptied the field. */
  amount: number | null;
  /** The roadmap's currency (ISO 4217). */
  currency: string;
  /** What the amount is paid per: the period of the roadmap's salary ladder (`year` unless its bands say otherwise). */
  period: SalaryPeriod;
  /** The first stage whose band holds the amount, or `null` when none does. */
  stageId: string | null;
}

export type OfferField = ReturnType<typeof Offer.offerView>;

let field: OfferField | null | undefined;
let loading: Promise<void> | undefined;

/** The field's template once here; `null` when it could not be loaded; `undefined` while it loads. */
export const offerField = () => field;

/** Makes the offer check available at once, without loading. */
export function registerOfferCheck(module: typeof Offer): void {
  field = module.offerView(html, money);
}

/** Starts loading the offer check (once per page); the promise settles when it is here or has failed. */
export function loadOfferCheck(): Promise<void> | undefined {
  if (field !== undefined) return undefined;
  return (loading ??= import('./offer-check.js').then(registerOfferCheck, (error: unknown) => {
    field = null;
    console.warn(
      `roadmap-elements: the offer check could not be loaded, so the roadmap is shown without it (${error})`,
    );
  }));
}
