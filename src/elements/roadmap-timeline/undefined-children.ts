import {warnOnce} from '../warn.js';

/**
 * Warns, once per page and tag (`customElements` stands for the page), when the timeline's shadow root holds a
 * `<stage-card>` or `<salary-band>` whose tag nobody defined: registering only `<roadmap-timeline>` leaves every
 * stage blank, with no error anywhere else. Short, as it is in the core embed.
 */
export function warnUndefinedChildren(timeline: HTMLElement, root: ParentNode): void {
  for (const tag of ['stage-card', 'salary-band']) {
    if (root.querySelector(`${tag}:not(:defined)`)) {
      warnOnce(
        customElements,
        `<${timeline.localName}>: <${tag}> is not defined, so it shows blank; call defineRoadmapElements()`,
      );
    }
  }
}
