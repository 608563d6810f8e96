/** The format's API without zod: what the embed and the main entry export (the checker, wording, limits, types). */
export {parseRoadmap, parseStage, parseRange} from './check.js';
export type {ParseResult} from './check.js';
export {formatIssue, formatPath, tooLarge} from './messages.js';
export type {RoadmapIssue, Parsed} from './messages.js';
export {isSafeHref} from './rules.js';
export type {
  Roadmap,
  RoadmapInput,
  Stage,
  StageInput,
  StageItem,
  SalaryRange,
  StagePeriod,
  RoadmapLink,
  Market,
} from './roadmap.js';
export {slugify} from './ids.js';
export {LIMITS, FORMAT_VERSION, PERIOD_UNITS, SALARY_PERIODS, SAFE_URL_SCHEMES} from './limits.js';
export type {PeriodUnit, SalaryPeriod} from './limits.js';
