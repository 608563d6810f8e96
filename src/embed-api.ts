/**
 * What the embed exports (the `RoadmapElements` global of the classic script): the elements, registering them,
 * validating roadmap JSON, and what a page needs to extend them. The npm entry (`index.ts`) has the whole API.
 */
export {RoadmapTimeline, LAYOUTS, LOADINGS} from './elements/roadmap-timeline/roadmap-timeline.js';
export {StageCard} from './elements/stage-card/stage-card.js';
export {SalaryBand} from './elements/salary-band/salary-band.js';
export {THEMES} from './elements/theme.js';
export {defineElement, defineRoadmapElements} from './register.js';
export {roadmapContext} from './context.js';
export {checkRoadmap} from './schema/check.js';
export {validateRoadmap} from './schema/wording.js';
export {formatIssue} from './schema/issues.js';
export {LIMITS, FORMAT_VERSION} from './schema/limits.js';
export {registerWords, WORD_LANGUAGES} from './format/words.js';
