import {warnOnce} from '../warn.js';

/** Warnings about a missing tag are once per page, however many timelines show it. */
const page = {};

/**
 * Warns, once per page and tag, when the timeline's shadow root holds a `<stage-card>` or `<salary-band>` whose
 * tag nobody defined: registering only `<roadmap-timeline>` leaves every stage blank, with no error anywhere else.
 */
export function warnUndefinedChildren(timeline: HTMLElement, root: ParentNode): void {
  for (const tag of ['stage-card', 'salary-band']) {
    const count = root.querySelectorAll(`${tag}:not(:defined)`).length;
    if (count) {
      warnOnce(
        page,
        `<${timeline.localName}>: <${tag}> is not defined, so ${count} stay blank; define every tag with defineRoadmapElements() or import 'roadmap-elements/define.js'`,
      );
    }
  }
}
