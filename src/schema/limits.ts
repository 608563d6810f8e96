/** Every limit the roadmap format sets, in one place. The schema, the loader and the docs read them here. */
export const LIMITS = {
  /** Largest roadmap JSON text accepted, in bytes (UTF-8). */
  maxBytes: 2 * 1024 * 1024,
  /** Longest string anywhere in a roadmap, in characters. */
  maxString: 5000,
  /** Longest id (roadmap, stage, item, curriculum entry or source), in characters. */
  maxId: 80,
  /** Most stages in a roadmap. */
  maxStages: 1000,
  /** Most items in a stage. */
  maxItems: 200,
  /** Most entries in a stage's curriculum (its week-by-week plan). */
  maxCurriculum: 200,
  /** Most resources (articles, videos, docs, …) listed under one curriculum item. */
  maxResources: 20,
  /** Most sources of figures in a roadmap. */
  maxSources: 50,
  /** Most calls to action. */
  maxLinks: 100,
  /** Most located issues reported for one input; the rest are counted. */
  maxIssues: 50,
} as const;

/** The only roadmap format version this library reads. */
export const FORMAT_VERSION = 1;

/** Units a stage's period may be given in. */
export const PERIOD_UNITS = ['month', 'year'] as const;
export type PeriodUnit = (typeof PERIOD_UNITS)[number];

/** What a salary amount is paid per. */
export const SALARY_PERIODS = ['year', 'month', 'hour'] as const;
export type SalaryPeriod = (typeof SALARY_PERIODS)[number];

/** What a curriculum resource is. */
export const RESOURCE_KINDS = ['article', 'video', 'course', 'book', 'docs', 'practice'] as const;
export type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** How a source arrived at its figures: counted (e.g. listings), reported (by people) or estimated (a model). */
export const SOURCE_METHODS = ['counted', 'reported', 'estimated'] as const;
export type SourceMethod = (typeof SOURCE_METHODS)[number];

/** URL schemes an `href` may use; anything else (javascript:, data:, …) is rejected. Relative URLs are fine. */
export const SAFE_URL_SCHEMES = ['http:', 'https:'] as const;
