/** Small helpers shared by the redesign's layout, ladder, theme and state tests. */
import type {RoadmapTimeline} from '../src/index.js';
export {deepQueryAll, fetchText, indiaRoadmap, part, parts, settled} from './helpers.js';

/** The `<stage-card>`s of a timeline, in order. */
export const stageCardsOf = (el: RoadmapTimeline) => [...el.shadowRoot!.querySelectorAll('stage-card')];
