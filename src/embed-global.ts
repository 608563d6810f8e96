/**
 * Types of the classic-script embeds (`roadmap-elements/roadmap-elements.iife.js` and `.hydrate.iife.js`): they
 * export nothing, and put the embed's API on the page as the `RoadmapElements` global.
 */
import type * as Embed from './embed-api.js';

declare global {
  /** The embed's API (`RoadmapElements.checkRoadmap(…)`, `RoadmapElements.RoadmapTimeline`, …). */
  var RoadmapElements: typeof Embed;
}

export {};
