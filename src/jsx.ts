/**
 * Typed JSX for the elements (`roadmap-elements/jsx`): types only, with no dependency on React's or Preact's
 * types. Opt in once, in a `.d.ts` of your app, by extending your framework's `IntrinsicElements`:
 *
 * ```ts
 * import type {RoadmapElementsJSX} from 'roadmap-elements/jsx';
 *
 * declare module 'react' {
 *   namespace JSX {
 *     interface IntrinsicElements extends RoadmapElementsJSX<HTMLAttributes<HTMLElement>> {}
 *   }
 * }
 * ```
 *
 * Inside `declare module 'react'`, `HTMLAttributes` is React's own. The props follow what React 19 and Preact do
 * with a custom element: a prop the element has as a property (`roadmap`, `headingLevel`) is set as that
 * property, any other becomes an attribute (`heading-level`), and `on<event-name>` listens for that event
 * (`onroadmap-load`).
 */
import type {
  RoadmapErrorDetail,
  RoadmapLoadDetail,
  RoadmapTimeline,
} from './elements/roadmap-timeline/roadmap-timeline.js';
import type {StageCard} from './elements/stage-card/stage-card.js';
import type {SalaryBand} from './elements/salary-band/salary-band.js';

/** The element's own settable properties, each optional (their types come from the element class). */
type Settable<Element, Name extends keyof Element> = {[Key in Name]?: Element[Key] | null};

/** A number given as an attribute (kebab-case name), as markup-style JSX writes it. */
type NumberAttribute = number | `${number}`;

/** Props of `<roadmap-timeline>`. */
export interface RoadmapTimelineProps extends Settable<
  RoadmapTimeline,
  'roadmap' | 'src' | 'locale' | 'theme' | 'layout' | 'headingLevel'
> {
  /** The `heading-level` attribute: level of the roadmap title, 1–6. */
  'heading-level'?: NumberAttribute;
  /** Listens for `roadmap-load`: a roadmap is shown. */
  'onroadmap-load'?: (event: CustomEvent<RoadmapLoadDetail>) => void;
  /** Listens for `roadmap-error`: an input failed; `detail.issues` are located. */
  'onroadmap-error'?: (event: CustomEvent<RoadmapErrorDetail>) => void;
}

/** Props of `<stage-card>`. */
export interface StageCardProps extends Settable<
  StageCard,
  'stage' | 'index' | 'locale' | 'currency' | 'theme' | 'headingLevel'
> {
  /** The `heading-level` attribute: level of the stage title, 1–6. */
  'heading-level'?: NumberAttribute;
}

/** Props of `<salary-band>`. */
export interface SalaryBandProps extends Settable<
  SalaryBand,
  'min' | 'max' | 'currency' | 'locale' | 'period' | 'scaleMin' | 'scaleMax' | 'label' | 'theme'
> {
  /** The `scale-min` attribute: start of the scale the bar sits in. */
  'scale-min'?: NumberAttribute;
  /** The `scale-max` attribute: end of the scale. */
  'scale-max'?: NumberAttribute;
}

/**
 * The three tags for a framework's `JSX.IntrinsicElements`. `Base` is that framework's props of any HTML
 * element (`key`, `ref`, `class`/`className`, `id`, `children`, …); React: `HTMLAttributes<HTMLElement>`,
 * Preact: `JSX.HTMLAttributes<HTMLElement>`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}`: no base props unless given
export interface RoadmapElementsJSX<Base = {}> {
  'roadmap-timeline': Base & RoadmapTimelineProps;
  'stage-card': Base & StageCardProps;
  'salary-band': Base & SalaryBandProps;
}
