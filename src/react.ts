'use client';
/**
 * React 19 (`roadmap-elements/react`): the `<RoadmapTimeline>` component, and the three tags typed in React's
 * JSX (`ref` included) for apps that write `<roadmap-timeline>` themselves.
 *
 * Rendered in the browser only, the component is `@lit/react`'s wrapper of the element: props are set as the
 * element's properties and `onRoadmapLoad`, `onRoadmapError`, `onRoadmapProgress`, `onRoadmapOffer` and
 * `onRoadmapLink` listen for its events.
 *
 * Server rendering (Next.js, Remix, `react-dom/server`): React writes a custom element as an empty tag and, on
 * `hydrateRoot`, applies neither object properties nor `on…` listeners to it (react/react#35446). So the
 * server renders the roadmap with `renderRoadmapHtml` (`roadmap-elements/node.js`) and gives the component that
 * HTML (`html`): React writes it as it is, in a `<div>`, and never touches it again; the browser shows it before
 * any script runs (declarative shadow DOM). On hydration the component adds its listeners first and only then
 * defines the elements, which take over the server's DOM without rendering it again (Lit's hydration support),
 * so not even the first `roadmap-load` is missed.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {LitElement} from 'lit';
import * as React from 'react';
import {createComponent, type EventName} from '@lit/react';
import {
  RoadmapTimeline as RoadmapTimelineElement,
  type RoadmapErrorDetail,
  type RoadmapLinkDetail,
  type RoadmapLoadDetail,
  type RoadmapOfferDetail,
  type RoadmapProgressDetail,
} from './elements/roadmap-timeline/roadmap-timeline.js';
import type {StageCard} from './elements/stage-card/stage-card.js';
import type {SalaryBand} from './elements/salary-band/salary-band.js';
import type {RoadmapTimelineProps as TimelineTagProps, SalaryBandProps, StageCardProps} from './jsx.generated.js';
import {defineRoadmapElements} from './register.js';
import {registerWords} from './format/words.js';
import hindi from './format/words/hi.js';
import {registerLadder} from './elements/roadmap-timeline/ladder.js';
import * as ladder from './elements/roadmap-timeline/salary-ladder.js';

// The server rendered the salary ladder; hydration must meet it in the same pass, so it is here from the start.
registerLadder(ladder);

// Lit's hydration support patches LitElement when `lit-element` loads after it. A bundler that puts Lit in a
// chunk of its own (Vite, Next.js) loads Lit first: then it is applied here, still before any element is
// defined (the components define them). The patch defines `observedAttributes` on LitElement itself.
if (!Object.hasOwn(LitElement, 'observedAttributes')) {
  (
    globalThis as {litElementHydrateSupport?: (lit: {LitElement: typeof LitElement}) => void}
  ).litElementHydrateSupport?.({LitElement});
}

// Hydration happens in one pass: the words the server wrote must be here before it.
registerWords('hi', hindi);

/** The component's event props and the events they listen for. */
const events = {
  onRoadmapLoad: 'roadmap-load' as EventName<CustomEvent<RoadmapLoadDetail>>,
  onRoadmapError: 'roadmap-error' as EventName<CustomEvent<RoadmapErrorDetail>>,
  onRoadmapProgress: 'roadmap-progress' as EventName<CustomEvent<RoadmapProgressDetail>>,
  onRoadmapOffer: 'roadmap-offer' as EventName<CustomEvent<RoadmapOfferDetail>>,
  onRoadmapLink: 'roadmap-link' as EventName<CustomEvent<RoadmapLinkDetail>>,
};
type EventProp = keyof typeof events;

const TimelineElement = createComponent({
  react: React,
  tagName: 'roadmap-timeline',
  elementClass: RoadmapTimelineElement,
  events,
  displayName: 'RoadmapTimelineElement',
});

/** Props of `<RoadmapTimeline>`: the element's properties and attributes, its events, and React's own. */
export type RoadmapTimelineProps = React.ComponentProps<typeof TimelineElement> & {
  /**
   * The roadmap as the server rendered it: the `html` of `renderRoadmapHtml` (`roadmap-elements/node.js`), the
   * same string on the server and in the browser. The roadmap comes from it; other props set the element's
   * properties once it has hydrated.
   */
  html?: string | undefined;
};

/** The elements are defined by the first component that mounts, after it listens (see `ServerRendered`). */
const define = () => defineRoadmapElements();

/** A roadmap timeline for React 19, rendered in the browser or, with `html`, on the server and hydrated. */
export function RoadmapTimeline({html, ...props}: RoadmapTimelineProps): React.ReactElement {
  return html === undefined
    ? React.createElement(BrowserRendered, props)
    : React.createElement(ServerRendered, {...props, html});
}

function BrowserRendered(props: Omit<RoadmapTimelineProps, 'html'>) {
  // A child's layout effects run before its parent's: the wrapper has set the properties and listeners by now.
  React.useLayoutEffect(define, []);
  return React.createElement(TimelineElement, props);
}

function setRef<T>(ref: React.Ref<T> | undefined, value: T | null): void {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

function ServerRendered({
  html,
  ref,
  className,
  id,
  children: _children,
  onRoadmapLoad,
  onRoadmapError,
  onRoadmapProgress,
  onRoadmapOffer,
  onRoadmapLink,
  ...properties
}: RoadmapTimelineProps & {html: string}) {
  const box = React.useRef<HTMLDivElement>(null);
  // The latest props, read by the listeners and by the first update's callback.
  const handlers = {onRoadmapLoad, onRoadmapError, onRoadmapProgress, onRoadmapOffer, onRoadmapLink};
  const latest = React.useRef({ref, properties, handlers});
  latest.current = {ref, properties, handlers};
  const hydrated = React.useRef(false);
  const timeline = () => box.current?.querySelector('roadmap-timeline') ?? null;

  React.useLayoutEffect(() => {
    const element = timeline();
    if (!element) return undefined;
    const listeners = Object.entries(events).map(([prop, type]) => {
      const listener = (event: Event) => {
        const handler = latest.current.handlers[prop as EventProp] as ((event: Event) => void) | undefined;
        handler?.(event);
      };
      element.addEventListener(type, listener);
      return () => element.removeEventListener(type, listener);
    });
    const {ref} = latest.current;
    setRef(ref, element);
    // Listening already: the element may upgrade now, hydrate, and announce its roadmap.
    define();
    return () => {
      for (const remove of listeners) remove();
      setRef(ref, null);
    };
  }, [html]);

  React.useLayoutEffect(() => {
    const element = timeline();
    if (!element) return;
    const apply = () => Object.assign(element, latest.current.properties);
    // The first update hydrates what the server wrote; what the props change comes after it.
    if (hydrated.current) apply();
    else {
      hydrated.current = true;
      void element.updateComplete.then(apply);
    }
  });

  return React.createElement('div', {
    ref: box,
    className,
    id,
    dangerouslySetInnerHTML: {__html: html},
    // The browser turned the server's `<template shadowrootmode>` into the element's shadow root, so this
    // `<div>`'s inner HTML no longer reads as the string: expected, not a mismatch.
    suppressHydrationWarning: true,
  });
}

/** A tag's props in React's JSX: React's own for an element of that class, and the tag's. */
type TagProps<Element extends HTMLElement, Props> = React.DetailedHTMLProps<React.HTMLAttributes<Element>, Element> &
  Props;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in a namespace
  namespace JSX {
    interface IntrinsicElements {
      'roadmap-timeline': TagProps<RoadmapTimelineElement, TimelineTagProps>;
      'stage-card': TagProps<StageCard, StageCardProps>;
      'salary-band': TagProps<SalaryBand, SalaryBandProps>;
    }
  }
}
