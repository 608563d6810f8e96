/** The roadmap format on its own: no elements, no DOM. Usable in Node for validating roadmap files. */
export {parseRoadmap, formatIssue, formatPath, tooLarge} from './parse.js';
export type {ParseResult, RoadmapIssue} from './parse.js';
export {
  roadmapSchema,
  rangeSchema,
  periodSchema,
  stageSchema,
  itemSchema,
  linkSchema,
  marketSchema,
  isSafeHref,
} from './roadmap.js';
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
