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
  salaryRange: 'Salary range',
  marketSalary: 'Salary band',
  openRoles: 'Open roles',
  lastRefreshed: 'Last refreshed',
  asOf: (date: string) => `as of ${date}`,
  stages: 'Stages',
  links: 'Next steps',
  loading: 'Loading roadmap…',
  errorTitle: 'This roadmap could not be shown.',
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
};

export type Words = typeof en;

export default en;
