/** @jsx h */
/**
 * Compile-time checks of `roadmap-elements/jsx`, run by `npm run typecheck` (never executed). A stand-in JSX
 * framework (`h`) takes the element props the way React's or Preact's `IntrinsicElements` would, so the check
 * needs neither's types.
 */
import type {RoadmapElementsJSX} from '../src/jsx.js';
import type {Roadmap} from '../src/index.js';

interface BaseProps {
  id?: string;
  class?: string;
  children?: unknown;
}

// The JSX factory named by the pragma: TypeScript uses it, eslint does not see that.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
declare function h(tag: string, props: object | null, ...children: unknown[]): unknown;
/* eslint-disable @typescript-eslint/no-namespace -- JSX types live in namespaces by definition */
declare namespace h {
  namespace JSX {
    type Element = unknown;
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the tags come from the extended map
    interface IntrinsicElements extends RoadmapElementsJSX<BaseProps> {}
    interface ElementChildrenAttribute {
      children: unknown;
    }
  }
}
/* eslint-enable @typescript-eslint/no-namespace */

export function typedTimeline(roadmap: Roadmap) {
  return (
    <roadmap-timeline
      id="india"
      roadmap={roadmap}
      theme="dark"
      layout="vertical"
      locale="en-IN"
      headingLevel={3}
      onroadmap-load={(event) => console.log(event.detail.roadmap.title)}
      onroadmap-error={(event) => console.log(event.detail.issues.map((issue) => issue.path))}
    />
  );
}

export function typedMarkup() {
  return (
    <roadmap-timeline src="/data/backend-developer-india-2026.json" heading-level="2">
      <stage-card index={1} currency="INR" stage='{"title": "Foundations"}' />
      <salary-band min={500000} max={1100000} currency="INR" period="year" scale-max={3000000} />
    </roadmap-timeline>
  );
}

export function rejectedProps() {
  return [
    // @ts-expect-error: not a theme
    <roadmap-timeline theme="sepia" />,
    // @ts-expect-error: not a layout
    <roadmap-timeline layout="diagonal" />,
    // @ts-expect-error: min is a number
    <salary-band min={{}} />,
    // @ts-expect-error: the period of a salary is year, month or hour
    <salary-band period="week" />,
    // @ts-expect-error: no such attribute
    <stage-card stages="[]" />,
    // @ts-expect-error: the load event's detail has a roadmap, not issues
    <roadmap-timeline onroadmap-load={(event) => event.detail.issues} />,
  ];
}
