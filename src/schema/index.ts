/**
 * The roadmap format on its own: no elements, no DOM. Usable in Node for validating roadmap files.
 * Everything here but the zod schemas and `parseWith` is also exported by the package's main entry.
 */
export * from './core.js';
export {parseWith} from './parse.js';
export {
  roadmapSchema,
  roadmapObject,
  rangeSchema,
  periodSchema,
  stageSchema,
  itemSchema,
  linkSchema,
  marketSchema,
  sourceSchema,
  curriculumEntrySchema,
  curriculumItemSchema,
  weeksSchema,
  resourceSchema,
} from './roadmap.js';
