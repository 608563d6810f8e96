/**
 * The salary ladder's styles, adopted into a timeline's shadow root with the ladder (see `ladder.ts`); server
 * rendering writes them into the timeline's own style element. Plain text, not Lit's `css` (the view extra must
 * not import Lit); the tag is named `css` so the build minifies it like the others.
 */
const css = String.raw;

export const LADDER_STYLES = css`
  /* A stage's week-by-week plan, opened in a row of cards, would stretch every other card to its height: while one
     is open, each card keeps its own (the plan is in the view extra, see stage-card/curriculum.ts). */
  .stages:has(> .stage > [data-plan-open]) > .stage {
    align-self: start;
  }
  .ladder dd {
    position: relative;
    display: grid;
    gap: 0.625em;
    margin-block-start: 0.25em;
  }
  .rungs {
    display: grid;
    gap: 0.625em;
    padding: 0;
    list-style: none;
  }
  .ladder-row,
  .rung {
    position: relative;
    display: grid;
    grid-template-columns: 1.5em minmax(0, 1fr);
    gap: 0.625em;
    align-items: end;
  }
  .ladder-row > *,
  .rung > salary-band {
    grid-column: 2;
  }
  /* A chart, a little smaller than the text around it. */
  .ladder salary-band {
    font-size: 0.875em;
  }
  /* Each rung's name and amounts sit on the box's own colour: the grid and the offer's line pass behind the words,
     never through them. */
  .ladder salary-band::part(label),
  .ladder salary-band::part(value) {
    background: var(--_surface);
    box-shadow: 0 0 0 0.2em var(--_surface);
  }
  @container roadmap-timeline (max-width: 30em) {
    .fact.ladder {
      padding-inline: 0.75em;
    }
  }
  .rung-index {
    display: grid;
    place-items: center;
    height: 1.5em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-text);
    font-size: 0.8125em;
    font-weight: 800;
    line-height: 1;
  }
  [part~='market-salary'] {
    --roadmap-bar-color: color-mix(in srgb, var(--_accent) 35%, var(--_track));
  }
  .ladder-grid {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 2.125em;
    width: calc(100% - 2.125em);
    /* Down to the axis labels, not through them. */
    height: calc(100% - 1.5em);
    overflow: visible;
    pointer-events: none;
  }
  .ladder-grid line {
    stroke: var(--_border);
    stroke-dasharray: 2 3;
  }
  /* The reader's offer, across every rung; each band's own marker shows where it meets the bar. */
  .ladder-grid .ladder-offer {
    stroke: var(--roadmap-offer-color, var(--_text));
    stroke-width: 1.5px;
    stroke-dasharray: none;
  }
  /* The offer check's status line says where the offer falls; the rungs need not each say it. */
  .ladder salary-band::part(offer) {
    display: none;
  }
  .ladder-axis {
    width: 100%;
    height: 1.25em;
    overflow: visible;
    color: var(--_muted);
    font-size: 0.75em;
    font-variant-numeric: tabular-nums;
    /* Ticks are placed from the left in every language (salary-ladder.ts mirrors them for right to left). */
    direction: ltr;
  }
  .ladder-axis text {
    fill: currentColor;
  }
  @container roadmap-timeline (max-width: 28em) {
    .ladder-axis .minor {
      display: none;
    }
  }
  @container roadmap-timeline (max-width: 16em) {
    .ladder-axis .inner {
      display: none;
    }
  }
`;
