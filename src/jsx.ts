/**
 * Typed JSX for the elements (`roadmap-elements/jsx`): types only, with no dependency on any framework's types.
 * The props come from src/jsx.generated.ts, written from the Custom Elements Manifest, each typed by the element
 * class itself: a property, attribute or event added to an element is in them too.
 *
 * React 19: `import 'roadmap-elements/react'` (or `import type {} from 'roadmap-elements/react'` in a `.d.ts`)
 * types the three tags in React's JSX, `ref` included. Another framework opts in once, in a `.d.ts` of the app,
 * by extending its `IntrinsicElements` (Preact):
 *
 * ```ts
 * import type {RoadmapElementsJSX} from 'roadmap-elements/jsx';
 *
 * declare module 'preact' {
 *   namespace JSX {
 *     interface IntrinsicElements extends RoadmapElementsJSX<HTMLAttributes<HTMLElement>> {}
 *   }
 * }
 * ```
 *
 * The props follow what React 19 and Preact do with a custom element: a prop the element has as a property
 * (`roadmap`, `headingLevel`) is set as that property, any other becomes an attribute (`heading-level`), and
 * `on<event-name>` listens for that event (`onroadmap-load`).
 */
import type {RoadmapElementsProps} from './jsx.generated.js';

export type {
  AttributeValue,
  RoadmapElementsProps,
  RoadmapTimelineProps,
  StageCardProps,
  SalaryBandProps,
} from './jsx.generated.js';

/**
 * The three tags for a framework's `JSX.IntrinsicElements`. `Base` is that framework's props of any HTML
 * element (`key`, `ref`, `class`/`className`, `id`, `children`, …); React: `HTMLAttributes<HTMLElement>`,
 * Preact: `JSX.HTMLAttributes<HTMLElement>`.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}`: no base props unless given
export type RoadmapElementsJSX<Base = {}> = {
  [Tag in keyof RoadmapElementsProps]: Base & RoadmapElementsProps[Tag];
};
