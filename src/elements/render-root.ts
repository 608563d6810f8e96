/** Shadow roots that arrive server-rendered (declarative shadow DOM, from `roadmap-elements render`). */
import type {LitElement} from 'lit';

/**
 * The render root of an element that may already have a declarative shadow root (`serverRendered`). With Lit's
 * hydration support (`roadmap-elements.hydrate.js`), Lit keeps that root as it is, styles and all, and adopts
 * its DOM. Without it, Lit adopts its style sheets into the root and would render beside the server's content:
 * that content is cleared first, and the element renders afresh.
 */
export function renderRoot(
  element: LitElement,
  serverRendered: ShadowRoot | null,
  root: HTMLElement | DocumentFragment,
) {
  if (serverRendered?.adoptedStyleSheets.length) {
    serverRendered.replaceChildren();
    element.renderOptions.renderBefore = null;
  }
  return root;
}
