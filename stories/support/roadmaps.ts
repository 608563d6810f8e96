/**
 * What the stories share: the shipped roadmap (imported from data/, never copied) and the locales offered in
 * the toolbar.
 */
import india from '../../data/backend-developer-india-2026.json';
import type {RoadmapInput} from '../../src/schema/roadmap.js';

/** The shipped Backend Developer roadmap for India. */
export const INDIA = india as RoadmapInput;

/** The India roadmap as the pretty-printed JSON text a publisher would write. */
export const INDIA_JSON = JSON.stringify(india, null, 2);

/** Locales to try from the toolbar: Indian and US English, Hindi, German, Japanese, and right-to-left ones. */
export const TOOLBAR_LOCALES = [
  {tag: 'en-IN', name: 'English, India'},
  {tag: 'en-US', name: 'English, United States'},
  {tag: 'hi-IN', name: 'Hindi'},
  {tag: 'de-DE', name: 'German'},
  {tag: 'ja-JP', name: 'Japanese'},
  {tag: 'ar-EG', name: 'Arabic, right to left'},
  {tag: 'he-IL', name: 'Hebrew, right to left'},
] as const;
