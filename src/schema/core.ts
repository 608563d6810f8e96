/** The format's API without zod: what the main entry exports (the checker, wording, limits, types). */
export {parseRoadmap, parseStage, parseRange} from './validate.js';
export {checkRoadmap, checkStage, checkRange} from './check.js';
export {validateRoadmap} from './wording.js';
export type {ParseResult} from './validate.js';
export {formatIssue, formatPath} from './issues.js';
export type {RoadmapIssue, FoundIssue, RawIssue, Checked, Result} from './issues.js';
export {tooLarge, wordResult, wordIssue, explain, word} from './messages.js';
export type {Parsed} from './messages.js';
export {isSafeHref} from './rules.js';
export type {
  Roadmap,
  RoadmapInput,
  LooseRoadmap,
  LooseStage,
  FromJson,
  Stage,
  StageInput,
  StageItem,
  SalaryRange,
  StagePeriod,
  RoadmapLink,
  Market,
  Source,
  CurriculumEntry,
  CurriculumItem,
  Resource,
} from './roadmap.js';
export {slugify, trackedItems} from './ids.js';
export {
  LIMITS,
  FORMAT_VERSION,
  PERIOD_UNITS,
  SALARY_PERIODS,
  SAFE_URL_SCHEMES,
  RESOURCE_KINDS,
  SOURCE_METHODS,
} from './limits.js';
export type {PeriodUnit, SalaryPeriod, ResourceKind, SourceMethod} from './limits.js';
