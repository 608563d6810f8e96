/**
 * Publisher pages in iframes: each fixture page is its own document (its own CSP, globals and custom element
 * registry), the way a publisher's page would be, not the test runner's.
 */
import {settled} from './helpers.js';

export interface PageEvents {
  errors: string[];
  violations: string[];
  defines: Record<string, number>;
  warnings: string[];
}
export type PageWindow = Window & typeof globalThis & {pageEvents?: PageEvents};

export interface Page {
  win: PageWindow;
  doc: Document;
  timeline: HTMLElement;
}

const frames: HTMLIFrameElement[] = [];

/** Removes every frame opened so far. */
export const closeFrames = () => {
  for (const frame of frames.splice(0)) frame.remove();
};

/** Opens `url` in an iframe `width` × `height` CSS px and waits for it to load. */
export async function open(url: string, width = 1000, height = 800): Promise<{win: PageWindow; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.setAttribute('style', `width: ${width}px; height: ${height}px; border: 0`);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  return {win: frame.contentWindow as PageWindow, doc: frame.contentDocument!};
}

/**
 * Waits for `timeline` to fire roadmap-load (or finds it already shown: the event is dispatched right after the
 * stage cards enter its shadow root), then for every element inside to finish rendering. Rejects on roadmap-error.
 */
export async function shown(timeline: HTMLElement): Promise<void> {
  const failed = () => timeline.shadowRoot?.querySelector('[part~="error"]');
  if (failed()) throw new Error(`roadmap-error: ${failed()!.textContent}`);
  if (!timeline.shadowRoot?.querySelector('stage-card')) {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no roadmap-load within 10 s')), 10000);
      timeline.addEventListener('roadmap-load', () => {
        clearTimeout(timer);
        resolve();
      });
      timeline.addEventListener('roadmap-error', (event) => {
        clearTimeout(timer);
        reject(new Error(`roadmap-error: ${(event as CustomEvent<{message: string}>).detail.message}`));
      });
    });
  }
  await settled(timeline);
}

/** Opens `url` and waits for its (first) `<roadmap-timeline>` to show its roadmap. */
export async function openRoadmap(url: string, width?: number, height?: number): Promise<Page> {
  const {win, doc} = await open(url, width, height);
  const timeline = doc.querySelector('roadmap-timeline') as HTMLElement | null;
  if (!timeline) throw new Error(`${url} has no <roadmap-timeline>`);
  await shown(timeline);
  return {win, doc, timeline};
}
