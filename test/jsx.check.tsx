/** @jsx h */
/**
 * Compile-time checks of `roadmap-elements/jsx`, run by `npm run typecheck` (never executed). A stand-in JSX
 * framework (`h`) takes the element props the way React's or Preact's `IntrinsicElements` would, so the check
 * needs neither's types.
 */
import type {LitElement} from 'lit';
import type {RoadmapElementsJSX, RoadmapTimelineProps, SalaryBandProps, StageCardProps} from '../src/jsx.js';
import type {LooseRoadmap, Roadmap, RoadmapTimeline, SalaryBand, StageCard} from '../src/index.js';

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

export function everyProp(roadmap: LooseRoadmap) {
  return (
    <roadmap-timeline
      roadmap={roadmap}
      loading="lazy"
      timeout={5000}
      experience={14}
      collapsible
      trackProgress
      activeStage="foundations"
      structuredData
      progress={{foundations: ['sql']}}
      track-progress
      active-stage="foundations"
      structured-data
      onroadmap-progress={(event) => console.log(event.detail.completed, event.detail.total, event.detail.done)}
    >
      <stage-card status="You are here" collapsible open done={['sql']} onstage-item-toggle={(event) => event.detail} />
    </roadmap-timeline>
  );
}

/** Keys of `T` that can be assigned (a getter without a setter is readonly). */
type IfEquals<X, Y, Then, Else> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? Then : Else;
type WritableKeys<T> = {
  [Key in keyof T]-?: IfEquals<{[Only in Key]: T[Key]}, {-readonly [Only in Key]: T[Key]}, Key, never>;
}[keyof T];
type MethodKeys<T> = {[Key in keyof T]-?: T[Key] extends (...args: never[]) => unknown ? Key : never}[keyof T];
/** Keys typed `unknown`: the base element declares `theme`, `locale`, `headingLevel` so for its shared checks. */
type UnknownKeys<T> = {[Key in keyof T]-?: unknown extends T[Key] ? Key : never}[keyof T];
/** The element's own public settable properties, by its class's type (not the manifest's). */
type OwnProperties<Element> = Exclude<
  WritableKeys<Element>,
  keyof LitElement | MethodKeys<Element> | UnknownKeys<Element>
>;

/** Fails the typecheck unless `Missing` is empty, naming what is in it. */
type NoneMissing<Missing extends never> = Missing;

// The JSX props are written from the manifest; this checks them against the classes: a public property that
// is not a prop fails the typecheck ("Type '"label"' does not satisfy the constraint 'never'").
export type EveryPropertyIsAProp = [
  NoneMissing<Exclude<OwnProperties<RoadmapTimeline>, keyof RoadmapTimelineProps>>,
  NoneMissing<Exclude<OwnProperties<StageCard>, keyof StageCardProps>>,
  NoneMissing<Exclude<OwnProperties<SalaryBand>, keyof SalaryBandProps>>,
];

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
    // @ts-expect-error: the progress event's detail has totals, not a roadmap
    <roadmap-timeline onroadmap-progress={(event) => event.detail.roadmap} />,
    // @ts-expect-error: loading is eager or lazy
    <roadmap-timeline loading="later" />,
  ];
}
