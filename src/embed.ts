/**
 * The one-file embed (`dist/roadmap-elements.js` and `dist/roadmap-elements.iife.js`): registers every element,
 * and exposes the library's API (as the `RoadmapElements` global in the classic script).
 */
import './define.js';

export * from './embed-api.js';
