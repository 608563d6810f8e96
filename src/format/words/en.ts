/**
 * English: the UI words of the elements, and the shape every language's table follows.
 * Numbers, money and dates arrive already formatted by `Intl`; these functions only place them in words. Where
 * a language's words change with a count (Arabic has six plural forms), the count comes too, as a number for
 * `Intl.PluralRules`.
 */

/** The counts behind a "3 of 9 done", for languages whose words agree with them. */
export interface DoneCount {
  done: number;
  total: number;
}

export const en = {
  stage: (number: string) => `Stage ${number}`,
  /** A rung of the salary ladder standing for several stages, in a roadmap with too many for one each. */
  stageSpan: (range: string) => `Stages ${range}`,
  period: {
    month: {
      span: (range: string) => `Months ${range}`,
      single: (month: string) => `Month ${month}`,
      onwards: (month: string) => `Month ${month}+`,
    },
    year: {
      span: (range: string) => `Year ${range}`,
      single: (year: string) => `Year ${year}`,
      onwards: (year: string) => `Year ${year}+`,
    },
  },
  /** Two formatted amounts shown as a range: "₹5L – ₹11L". */
  range: (min: string, max: string) => `${min} – ${max}`,
  /** The same range, spelled for a screen reader. */
  spokenRange: (min: string, max: string, per: string) => `${min} to ${max} ${per}`,
  per: {year: 'per year', month: 'per month', hour: 'per hour'},
  /** A compact range with its pay period, shown after every band that is not yearly: "$45 – $80/hr". */
  perShort: {
    year: (range: string) => range,
    month: (range: string) => `${range}/mo`,
    hour: (range: string) => `${range}/hr`,
  },
  /**
   * The Indian units (10⁵, 10⁷) in spoken money, for locales that group digits the Indian way (1,00,00,000):
   * "5 lakh Indian rupees". Written here because engines' own compact names differ (WebKit says "500 thousand").
   * A table without them leaves those amounts to the engine.
   */
  lakh: 'lakh',
  crore: 'crore',
  salaryRange: 'Salary range',
  marketSalary: 'Salary band',
  /** The heading of the header's salary ladder: every stage's range on one axis. */
  salaryByStage: 'Salary by stage',
  /** In the salary ladder, the label of the market band drawn behind the stages' ranges. */
  marketRange: 'Whole market',
  openRoles: 'Open roles',
  lastRefreshed: 'Last refreshed',
  asOf: (date: string) => `as of ${date}`,
  /**
   * Where a figure comes from, shown beside it: "Source: Backend Developer salary tracker · reported by 1,312
   * people, May 2026". `label` is the source's label (a link when it has one); `how` (`sourceMethod`, or
   * `dataPoints`) and `date` may be empty.
   */
  source: (label: string, how: string, date: string) =>
    `Source: ${label}${how || date ? ` · ${[how, date].filter(Boolean).join(', ')}` : ''}`,
  /** How a source got its figures, with its sample size when known (`count` empty when not). */
  sourceMethod: {
    counted: (count: string) => (count ? `counted: ${count}` : 'counted'),
    reported: (count: string) => (count ? `reported by ${count} people` : 'self-reported'),
    estimated: (count: string) => (count ? `estimated from ${count} data points` : 'estimated'),
  },
  /** A source's sample size when it names no method. */
  dataPoints: (count: string) => `${count} data points`,
  stages: 'Stages',
  links: 'Next steps',
  loading: 'Loading roadmap…',
  /** Error sentence when `src` could not be reached (offline, DNS, CORS); a Retry button follows it. */
  errorNetwork: 'The roadmap could not be loaded. Check your connection and try again.',
  /** Error sentence when `src` took longer than `timeout`; a Retry button follows it. */
  errorTimeout: 'The roadmap is taking too long to load. Try again in a moment.',
  /** Error sentence when the server answered `src` with an HTTP error (404, 500 …); a Retry button follows it. */
  errorServer: 'The roadmap could not be loaded from the server. Try again in a moment.',
  /** Error sentence when the roadmap's content has a mistake (bad JSON, a field out of range): no Retry. */
  errorInvalid:
    'This roadmap has a mistake in it, so it could not be shown. The site’s editors can see the details below.',
  /** The button under a network, timeout or HTTP error that loads `src` again. */
  retry: 'Try again',
  /** Under a stage row that scrolls sideways: says there is more to the side. */
  scrollHint: 'Scroll sideways for every stage',
  /** Opens the located issues, for the site's editor. */
  errorDetails: 'Details',
  /** Said when a later roadmap failed and the earlier one is still on screen. */
  keptPrevious: 'Still showing the previous version.',

  // Reader features: track-progress, experience, collapsible.
  /** A stage's or the roadmap's progress: "3 of 9 done". */
  progressDone: (done: string, total: string, _count: DoneCount) => `${done} of ${total} done`,
  yourProgress: 'Your progress',
  /** On the stage that `experience` falls in. */
  youAreHere: 'You are here',
  /** On the stages that ended before `experience`. */
  passed: 'Passed',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',

  // The offer check: <salary-band offer> and <roadmap-timeline offer-check>.
  /** Where an offer falls against a range, placed in `offerPlace`. */
  offerPlaces: {below: 'below', within: 'within', above: 'above'},
  /**
   * "₹12L is within Stage 3’s range, ₹11L – ₹15L" (a screen reader gets the spoken amounts); without a name, "…
   * within this range, …".
   */
  offerPlace: (offer: string, place: string, range: string, name?: string) =>
    `${offer} is ${place} ${name ? `${name}’s` : 'this'} range, ${range}`,
};

/**
 * The words of the offer check's field (`offer-check`). English's are in the field's own file
 * (`roadmap-elements/offer-check.ts`, `roadmap-elements.offer.js`), which only pages with the field load; every other
 * table has them (`WordTable`).
 */
export interface OfferFieldWords {
  /** The label of the offer field; the pay period follows it ("per year"). */
  offerLabel: string;
  /** Under the field: the amount stays on the reader's device. */
  offerHelp: string;
  /** Under the field when what was typed is not an amount; the example is one that would be read. */
  offerUnreadable: (example: string) => string;
}

/**
 * The words of a stage's week-by-week plan (its curriculum). English's are in the plan's own file
 * (`stage-card/curriculum.ts`, in `roadmap-elements.ladder.js`), which only a roadmap with a plan needs; every other
 * table has them (`WordTable`).
 */
export interface CurriculumWords {
  /** The plan's disclosure button: "Week-by-week plan · 8 weeks · 54 hours". */
  plan: string;
  /** Beside the plan's button, when its entries are marked `sample`: not the publisher's own plan. */
  samplePlan: string;
  /** "8 weeks"; `n` is the count, for the plural. */
  weeks: (count: string, n: number) => string;
  /** "54 hours"; `n` is the count, for the plural. */
  hours: (count: string, n: number) => string;
  /** An entry's weeks: "Weeks 1–2". */
  weekSpan: (range: string) => string;
  /** An entry of one week: "Week 3". */
  week: (week: string) => string;
  /** A resource's length: "30 min". */
  minutes: (count: string) => string;
  free: string;
  paid: string;
  /** A resource's kind, shown as a small label. */
  kinds: Record<'article' | 'video' | 'course' | 'book' | 'docs' | 'practice', string>;
}

/**
 * Every table has every key of English, except the Indian units, which only languages written in India need, and
 * the offer field's and the plan's words, which English keeps in their views' files.
 */
export type Words = Omit<typeof en, 'lakh' | 'crore'> &
  Partial<Pick<typeof en, 'lakh' | 'crore'>> &
  Partial<OfferFieldWords> &
  Partial<CurriculumWords> & {
    /** @deprecated No longer shown: each kind of failure has its own sentence (`errorNetwork` …). */
    errorTitle?: string;
  };

/** A table of another language than English: every word, the offer field's and the plan's included. */
export type WordTable = Words & OfferFieldWords & CurriculumWords;

export default en;
