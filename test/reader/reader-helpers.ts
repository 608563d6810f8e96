/** Shared by the reader-feature tests (reader-*.test.ts): timelines with progress, experience and collapsing on. */
import type {RoadmapInput, RoadmapTimeline, StageCard} from '../../src/index.js';
import {frontendRoadmap, indiaRoadmap} from '../helpers.js';

let serial = 0;

/**
 * The India roadmap (or the small frontend one) under an id no other test uses, so progress stored by one test
 * (in `localStorage` or the in-memory fallback, which lives as long as the page) never leaks into another.
 */
export async function freshRoadmap(which: 'india' | 'frontend' = 'india'): Promise<RoadmapInput> {
  const roadmap = which === 'india' ? await indiaRoadmap() : await frontendRoadmap();
  roadmap.id = `${roadmap.id}-test-${++serial}-${Date.now()}`;
  return roadmap;
}

/** A connected timeline showing `roadmap` with `attributes`, fully rendered. */
export {showTimeline as timeline} from '../helpers.js';

/** The stage cards of a timeline, in order. */
export const cards = (el: RoadmapTimeline): StageCard[] => [...(el.shadowRoot?.querySelectorAll('stage-card') ?? [])];

/** The stage list items (`part="stage"`) of a timeline, in order. */
export const stageItems = (el: RoadmapTimeline): HTMLLIElement[] => [
  ...(el.shadowRoot?.querySelectorAll<HTMLLIElement>('li.stage') ?? []),
];

/** The item checkboxes of one card, in order. */
export const checkboxes = (card: StageCard): HTMLInputElement[] => [
  ...(card.shadowRoot?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]') ?? []),
];

/** The element that has focus, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether `element` is drawn: not `display: none` or `content-visibility: hidden`, nor inside such an element. */
export const isRendered = (element: Element) => element.checkVisibility() && element.getClientRects().length > 0;
