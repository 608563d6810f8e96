/**
 * The messages between `dist/embed.html` (the roadmap in an iframe) and `dist/roadmap-frame.js` (on the page
 * around it). They carry a height and nothing else: no roadmap data, no reader's progress, no URL.
 */

/** The embed page's height, sent to its parent whenever it changes: `{type, height}`, `height` in CSS pixels. */
export const HEIGHT_MESSAGE = 'roadmap-elements:height';
/** Sent by `roadmap-frame.js` to each iframe on the page when it starts: "send your height again". */
export const MEASURE_MESSAGE = 'roadmap-elements:measure';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The whole page's height, a whole number of CSS pixels (rounded up). */
  height: number;
}

/** The height a message carries, or `undefined` when it is not a well-formed height message. */
export function heightOf(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const {type, height} = data as Partial<HeightMessage>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= 0
    ? Math.ceil(height)
    : undefined;
}
