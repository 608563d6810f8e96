/**
 * The npm entry: element classes, the parser and the types, with no side effects.
 * Register the tags with `import 'roadmap-elements/define.js'` or `defineRoadmapElements()`.
 */
export {RoadmapTimeline, LAYOUTS, LOADINGS} from './elements/roadmap-timeline/roadmap-timeline.js';
export type {
  Layout,
  Loading,
  RoadmapLoadDetail,
  RoadmapErrorDetail,
  RoadmapProgressDetail,
  RoadmapOfferDetail,
  RoadmapLinkDetail,
} from './elements/roadmap-timeline/roadmap-timeline.js';
export {PROGRESS_VERSION, progressKey} from './elements/roadmap-timeline/progress.js';
export type {RoadmapProgress} from './elements/roadmap-timeline/progress.js';
export {StageCard} from './elements/stage-card/stage-card.js';
export type {StageItemToggleDetail} from './elements/stage-card/stage-card.js';
export {SalaryBand} from './elements/salary-band/salary-band.js';
export {THEMES} from './elements/theme.js';
export type {Theme} from './elements/theme.js';
export {defineElement, defineRoadmapElements} from './register.js';
export {roadmapContext} from './context.js';
export type {RoadmapConfig, SalaryScale} from './context.js';
export * from './schema/core.js';
export * from './format/index.js';
