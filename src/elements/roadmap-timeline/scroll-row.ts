import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Watches the stage list of a timeline for sideways scrolling. While its row is wider than its box, the list gets
 * `tabindex="0"` (so a keyboard reaches it and scrolls it with the arrow keys) and `data-overflow` (the styles fade
 * the side with more and show the hint beneath); at its far end, `data-end` too. Nothing is marked on a list that
 * fits, so a stacked roadmap has no extra tab stop.
 */
export class ScrollRowController implements ReactiveController {
  #row?: HTMLElement;
  #resize?: ResizeObserver;

  constructor(
    host: ReactiveControllerHost,
    private readonly find: () => HTMLElement | null,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Connected again after a removal: the list rendered before is watched again.
    this.hostUpdated();
  }

  hostUpdated(): void {
    const row = this.find() ?? undefined;
    if (row !== this.#row) {
      this.hostDisconnected();
      this.#row = row;
      if (!row) return;
      this.#resize = new ResizeObserver(this.#check);
      this.#resize.observe(row);
      row.addEventListener('scroll', this.#check, {passive: true});
    }
    // After the frame's layout, not now: reading the row's widths here would lay out every card a second time
    // (a 300-stage roadmap spent 1.7 s in it). The observer sees size changes; this sees new content in the row.
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(this.#check);
  }

  #frame = 0;

  hostDisconnected(): void {
    cancelAnimationFrame(this.#frame);
    this.#resize?.disconnect();
    this.#row?.removeEventListener('scroll', this.#check);
    this.#resize = this.#row = undefined;
  }

  #check = (): void => {
    const row = this.#row;
    if (!row) return;
    const overflow = row.scrollWidth > row.clientWidth + 1;
    row.toggleAttribute('data-overflow', overflow);
    if (overflow) row.tabIndex = 0;
    else row.removeAttribute('tabindex');
    // `scrollLeft` counts down from 0 in a right-to-left row.
    row.toggleAttribute('data-end', Math.abs(row.scrollLeft) + row.clientWidth >= row.scrollWidth - 2);
  };
}
