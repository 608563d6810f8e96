/**
 * `roadmap-link`: one delegated listener per element that announces every link a reader follows in its shadow root
 * (a click, which a keyboard's Enter also is, or a middle click), whoever rendered the link. What the event says is
 * read from the link and the elements around it, so links added later need only the same attributes:
 *
 * - `href`: the absolute URL the browser follows (the link's `href` property);
 * - `rel`: the link's `data-rel` (a call to action's `rel` in the roadmap), else `null`;
 * - `label`: its `data-label`, else its text;
 * - `stageId`, `itemId`: the nearest `data-stage-id` and `data-item-id` from the link outwards, through shadow roots
 *   (a card's box carries its stage's id, an item's link its item's), else `null`.
 *
 * The event is announced once, by the innermost element listening (a card inside a timeline, not both), and never
 * delays or prevents the navigation: it is not cancelable, and nothing here calls `preventDefault`.
 */
/** Detail of `roadmap-link`: the link a reader followed. */
export interface RoadmapLinkDetail {
  /** The absolute URL the browser follows: the link's `href` resolved against the page. */
  href: string;
  /** The call to action's `rel` ("roles", "salary"), or `null` (stage items, the header's call to action without one). */
  rel: string | null;
  /** The link's label: a call to action's `label`, an item's text. */
  label: string;
  /** The stage the link is in, or `null` (the header and the calls to action). */
  stageId: string | null;
  /** The item the link belongs to, or `null`. */
  itemId: string | null;
}

/** The clicks already announced, by the innermost listener. */
const announced = new WeakSet<Event>();

/**
 * Announces the links followed in `host` as `roadmap-link` events from `host`. The listener is on the element itself,
 * which every click in its shadow root reaches (clicks are composed), so it lives and goes with the element.
 */
export function linkEvents(host: HTMLElement): void {
  const follow = (event: Event) => {
    // A right click opens a menu, not the link.
    if (announced.has(event) || (event as MouseEvent).button > 1) return;
    const path = event.composedPath() as HTMLElement[];
    const at = path.findIndex((node) => node.localName === 'a' && node.hasAttribute('href'));
    if (at < 0) return;
    announced.add(event);
    const link = path[at] as HTMLAnchorElement;
    const data = (name: string) => path.slice(at).find((node) => node.dataset?.[name])?.dataset[name] ?? null;
    const detail: RoadmapLinkDetail = {
      href: link.href,
      rel: link.dataset.rel ?? null,
      label: link.dataset.label ?? link.textContent!.trim(),
      stageId: data('stageId'),
      itemId: data('itemId'),
    };
    host.dispatchEvent(new CustomEvent('roadmap-link', {bubbles: true, composed: true, detail}));
  };
  host.addEventListener('click', follow);
  host.addEventListener('auxclick', follow);
}

declare global {
  interface GlobalEventHandlersEventMap {
    'roadmap-link': CustomEvent<RoadmapLinkDetail>;
  }
}
