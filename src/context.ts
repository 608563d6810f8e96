/**
 * What `<roadmap-timeline>` shares with the `<stage-card>` and `<salary-band>` elements it renders.
 * Standalone, those elements read the same facts from their own attributes.
 */
import {ContextConsumer, createContext} from '@lit/context';
import type {ReactiveElement} from 'lit';
import type {SalaryPeriod} from './schema/limits.js';
import type {Source} from './schema/roadmap.js';

/** The span salary bars are placed within. */
export interface SalaryScale {
  min: number;
  max: number;
}

export interface RoadmapConfig {
  /** Canonical BCP 47 locale used for numbers, money, dates and UI words. */
  locale: string;
  /** ISO 4217 code; absent when the roadmap shows no money. */
  currency?: string | undefined;
  /** One scale per salary period, spanning every range of that period in the roadmap. */
  scales: Partial<Record<SalaryPeriod, SalaryScale>>;
  /** The roadmap's sources, which a card's salary band may name. */
  sources?: readonly Source[] | undefined;
  /** The source of the salaries in the timeline's header: a card whose band names another shows its own. */
  salarySource?: string | undefined;
  /** The reader's offer or pay (the timeline's `offer`), in the currency, paid per `period`; bands of that period mark it. */
  offer?: {amount: number; period: SalaryPeriod} | undefined;
}

/**
 * A string key, not a symbol: two copies of the library on one page (the script loaded twice, or the
 * classic script beside the module) still find each other's provider.
 */
export const roadmapContext = createContext<RoadmapConfig>('roadmap-elements:config');

/**
 * Subscribes `host` to the enclosing timeline's config: `receive` gets it now and on every change. Nothing
 * arrives for a standalone card or band. Called once, from the constructor.
 */
export function consumeRoadmapConfig(host: ReactiveElement, receive: (config: RoadmapConfig) => void): void {
  new ContextConsumer(host, {context: roadmapContext, subscribe: true, callback: receive});
}
