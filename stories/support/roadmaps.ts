/**
 * What the stories share: the shipped roadmap (imported from data/, never copied) and the locales offered in
 * the toolbar.
 */
import india from '../../data/backend-developer-india-2026.json';
import indiaHindi from '../../data/backend-developer-india-2026-hi.json';
import type {RoadmapInput} from '../../src/schema/roadmap.js';

/** The shipped Backend Developer roadmap for India. */
export const INDIA = india as RoadmapInput;

/** The India roadmap cut to its first three stages: a compact first example for a docs page. */
export const INDIA_SHORT = {
  ...INDIA,
  id: `${INDIA.id}-short`,
  stages: INDIA.stages.slice(0, 3),
  links: INDIA.links?.slice(0, 1),
} as RoadmapInput;

/**
 * The India roadmap with a third source, an estimate cited by Stage 3's band alone: its card says so under its band,
 * while the header's line speaks for the other bands.
 */
export const INDIA_SURVEY = {
  ...INDIA,
  id: `${INDIA.id}-survey`,
  sources: [
    ...(INDIA.sources ?? []),
    {id: 'survey', label: 'Engineering pay survey 2026', sampleSize: 1312, method: 'estimated', asOf: '2026-04'},
  ],
  stages: INDIA.stages.map((stage, index) =>
    index === 2 && stage.salary ? {...stage, salary: {...stage.salary, source: 'survey'}} : stage,
  ),
} as RoadmapInput;

/** The same roadmap written in Hindi. */
export const INDIA_HINDI = indiaHindi as RoadmapInput;

/**
 * The shipped roadmaps by name, for a `select` control with a `mapping`: an object-valued control that stays
 * one line (the JSON of a whole roadmap is edited in the "Edit the JSON" story instead).
 */
export const ROADMAPS = {
  India: INDIA,
  'India, first three stages': INDIA_SHORT,
  'India, in Hindi': INDIA_HINDI,
  'India, one band from a survey': INDIA_SURVEY,
  None: undefined,
} as const;

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
