/**
 * The Node entry (`roadmap-elements/node.js`): validating roadmap files and rendering roadmaps to HTML on the
 * server. No DOM needed; it validates with the runtime checker (`check.ts`, derived from the zod schema) and words
 * every issue at once, with the line and column of its place in the file.
 */
export {
  validateRoadmapFile,
  validateRoadmapText,
  parseRoadmapText,
  formatValidation,
  type FileValidation,
  type TextResult,
  type LocatedIssue,
} from './validate.js';
export {renderRoadmapHtml, scriptSafeJson, type RenderOptions, type RenderResult} from './render.js';
export {
  oembedResponse,
  oembedLink,
  embedPageUrl,
  DEFAULT_FRAME_HEIGHT,
  DEFAULT_FRAME_WIDTH,
  type OembedOptions,
  type OembedResponse,
} from './oembed.js';
export {scanJson, positionAt, locateIssues, type JsonScan, type TextPosition} from '../schema/json-text.js';
export {occupationJsonLd} from '../structured-data/occupation.js';
