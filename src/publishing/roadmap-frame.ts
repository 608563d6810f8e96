/**
 * `dist/roadmap-frame.js`, the optional script for a page that shows roadmaps in iframes of `embed.html`: it sizes
 * every such iframe to the height its page reports, so the frame never scrolls and never leaves a gap.
 *
 *   <script src="https://example.org/roadmaps/roadmap-frame.js" defer></script>
 *
 * A height is taken only from an iframe of this page, and only when the message's origin is the origin of that
 * iframe's `src`: another frame, or a page the iframe navigated to elsewhere, cannot resize it. Without this script
 * the iframe keeps the height its `height` attribute gives it, and scrolls inside.
 */
import {MEASURE_MESSAGE, heightOf} from './frame-protocol.js';

/** The origin of an iframe's `src`, or `undefined` when it has none (an empty or `srcdoc` frame). */
function sourceOrigin(frame: HTMLIFrameElement): string | undefined {
  const src = frame.getAttribute('src');
  if (!src) return undefined;
  try {
    return new URL(src, document.baseURI).origin;
  } catch {
    return undefined;
  }
}

/** The iframe of this page whose window sent `event`, if its `src` is of the event's origin. */
function senderFrame(event: MessageEvent): HTMLIFrameElement | undefined {
  if (!event.source) return undefined;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) return sourceOrigin(frame) === event.origin ? frame : undefined;
  }
  return undefined;
}

const key = Symbol.for('roadmap-elements:frame');
const page = globalThis as typeof globalThis & {[key]?: true};

// Loaded twice (or as both a classic script and a module), it listens once.
if (!page[key]) {
  page[key] = true;
  addEventListener('message', (event) => {
    const height = heightOf(event.data);
    if (height === undefined) return;
    const frame = senderFrame(event);
    if (!frame) return;
    // A property, not a style attribute: allowed under a strict Content-Security-Policy.
    frame.style.setProperty('height', `${height}px`);
  });
  // Frames that loaded (and reported) before this script ran report again; later ones report on their own.
  for (const frame of document.querySelectorAll('iframe')) {
    const origin = sourceOrigin(frame);
    if (origin && origin !== 'null') frame.contentWindow?.postMessage({type: MEASURE_MESSAGE}, origin);
  }
}
