/** A bare host for the controllers' tests: the base element and the properties a controller reads, no template. */
import {html} from 'lit';
import {RoadmapElement} from '../../src/elements/base-element.js';
import type {RoadmapInput} from '../../src/schema/roadmap.js';

let count = 0;

/** Registers `Host` under a fresh tag and returns the tag. */
export function define(Host: CustomElementConstructor, name: string): string {
  const tag = `test-${name}-${++count}`;
  customElements.define(tag, Host);
  return tag;
}

export class BareHost extends RoadmapElement {
  static override properties = {
    roadmap: {attribute: false},
    roadmapJson: {attribute: 'roadmap'},
    src: {},
    timeout: {type: Number},
    locale: {},
    loading: {},
    activeStage: {attribute: 'active-stage'},
    trackProgress: {type: Boolean, attribute: 'track-progress'},
  };
  declare roadmap?: RoadmapInput | string | null;
  declare roadmapJson?: string | null;
  declare src?: string | null;
  declare timeout?: number;
  declare locale?: string | null;
  declare loading?: string;
  declare activeStage?: string;
  trackProgress = false;

  protected override render() {
    return html``;
  }
}
