/** Importing this module registers every element (once per page, however often it is imported or bundled). */
import {defineRoadmapElements} from './register.js';

defineRoadmapElements();

// Types come with the side effect: `HTMLElementTagNameMap` and the typed events.
export type {RoadmapTimeline, StageCard, SalaryBand} from './index.js';
