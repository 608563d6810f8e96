/** Guarded registration: defining a tag that is already defined does nothing, so a page may load us twice. */
import {RoadmapTimeline} from './elements/roadmap-timeline/roadmap-timeline.js';
import {StageCard} from './elements/stage-card/stage-card.js';
import {SalaryBand} from './elements/salary-band/salary-band.js';

/** Defines `tag` unless some copy of this library (or anyone) already did. Returns the class in use. */
export function defineElement(tag: string, element: CustomElementConstructor): CustomElementConstructor {
  const existing = customElements.get(tag);
  if (existing) return existing;
  customElements.define(tag, element);
  return element;
}

/**
 * Registers `<roadmap-timeline>`, `<stage-card>` and `<salary-band>`. Safe to call any number of times.
 * Outermost first: a server-rendered timeline met without hydration support clears its old cards before they
 * could upgrade (and complain that nobody gave them a stage).
 */
export function defineRoadmapElements(): void {
  defineElement('roadmap-timeline', RoadmapTimeline);
  defineElement('stage-card', StageCard);
  defineElement('salary-band', SalaryBand);
}
