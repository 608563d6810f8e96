/** Shared by the element tests: the seed roadmap, reading what a user sees through shadow roots, and waiting. */
import {fixture} from '@open-wc/testing';
import type {RoadmapErrorDetail, RoadmapInput, RoadmapLoadDetail, RoadmapTimeline} from '../src/index.js';

/** The India roadmap every page of the project shows; served by the test server from `data/`. */
export const INDIA_URL = '/data/backend-developer-india-2026.json';
/** A small USD roadmap (3 stages, en-US) served from `test/fixtures/`. */
export const FRONTEND_URL = '/test/fixtures/frontend-developer-us-2026.json';

const cache = new Map<string, string>();

/** The text of a file from the test server (cached). */
export async function fetchText(url: string): Promise<string> {
  let text = cache.get(url);
  if (text === undefined) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    text = await response.text();
    cache.set(url, text);
  }
  return text;
}

/** A fresh copy of the India roadmap as a plain object. */
export async function indiaRoadmap(): Promise<RoadmapInput> {
  return JSON.parse(await fetchText(INDIA_URL)) as RoadmapInput;
}

/** A fresh copy of the small USD roadmap as a plain object. */
export async function frontendRoadmap(): Promise<RoadmapInput> {
  return JSON.parse(await fetchText(FRONTEND_URL)) as RoadmapInput;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Every element matching `selector` in `root` and in every shadow root below it. */
export function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found: Element[] = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) found.push(...deepQueryAll(element.shadowRoot, selector));
  }
  return found;
}

/**
 * Calls `visit` with every text node a reader meets, in document order: shadow roots are walked instead of the
 * light DOM they hide (none of these elements slot their children), and script, style and template text is
 * skipped. Works on nodes from another window (an iframe) too.
 */
export function forEachReadableText(root: Node, visit: (text: Text) => void): void {
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      visit(node as Text);
      return;
    }
    if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (['SCRIPT', 'STYLE', 'TEMPLATE'].includes(element.tagName)) return;
      if (element.shadowRoot) {
        walk(element.shadowRoot);
        return;
      }
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
}

/** The text a reader meets under `root` (see `forEachReadableText`), whitespace collapsed. */
export function deepText(root: Node): string {
  const parts: string[] = [];
  forEachReadableText(root, (text) => parts.push(text.nodeValue ?? ''));
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every console warning logged while `run` runs, each as one string. */
export async function warningsDuring(run: () => Promise<void>): Promise<string[]> {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return messages;
}

/** The same as `deepText`, for one element's own shadow root. */
export function shadowText(element: Element): string {
  return deepText(element.shadowRoot ?? element);
}

/** The first element in `element`'s shadow root carrying the part `name`. */
export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
}

/** Every element in `element`'s shadow root carrying the part `name`. */
export function parts(element: Element, name: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${name}"]`) ?? [])];
}

interface Updating {
  updateComplete: Promise<unknown>;
}
/** A Lit element, from this window or another (so no `instanceof`). */
const isUpdating = (element: Element): element is Element & Updating =>
  typeof (element as Partial<Updating>).updateComplete?.then === 'function';

/** Waits until `element` and every Lit element inside its shadow tree have finished updating. */
export async function settled(element: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const pending = [element, ...deepQueryAll(element.shadowRoot ?? element, '*')].filter(isUpdating);
    const results = await Promise.all(pending.map((el) => el.updateComplete));
    if (results.every((done) => done === true)) return;
  }
}

/** Records every event of `type` reaching `target` until `stop()` is called. */
export function record<T extends Event>(target: EventTarget, type: string): {events: T[]; stop: () => void} {
  const events: T[] = [];
  const listener = (event: Event) => events.push(event as T);
  target.addEventListener(type, listener);
  return {events, stop: () => target.removeEventListener(type, listener)};
}

export type LoadEvent = CustomEvent<RoadmapLoadDetail>;
export type ErrorEvent = CustomEvent<RoadmapErrorDetail>;

/** Relative luminance (0 black … 1 white) of a computed CSS colour such as `rgb(17, 21, 28)`. */
export function luminance(color: string): number {
  const match = /rgba?\(([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(color);
  if (!match) throw new Error(`not an rgb() colour: ${color}`);
  const [r, g, b] = match.slice(1, 4).map((channel) => {
    const c = Number(channel) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** A connected timeline showing `roadmap` with `attributes` (set before it connects), fully rendered. */
export async function showTimeline(
  roadmap: RoadmapInput,
  attributes: Record<string, string> = {},
): Promise<RoadmapTimeline> {
  const el = document.createElement('roadmap-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.roadmap = roadmap;
  await fixture(el);
  await settled(el);
  return el;
}
