import {css} from 'lit';

/** Stages side by side, joined by a line across the markers. Used by `layout="horizontal"` and wide `auto`. */
const horizontal = css`
  .stages {
    /* Side by side, each card is as narrow as its column: each is its own size container again. */
    --_card-container: inline-size;
    grid: none / auto-flow minmax(13em, 1fr);
    gap: 1em;
    overflow-x: auto;
    scroll-snap-type: x;
    padding-block-end: 0.5em;
  }
  .stage {
    --_marker-offset: 0em;
    grid-template: auto 1fr / none;
    scroll-snap-align: start;
  }
  .stage:not(:last-child)::before {
    inset-block: calc(var(--_marker) / 2 - 1px) auto;
    inset-inline: var(--_marker) -1em;
    width: auto;
    height: 2px;
  }
`;

export const roadmapTimelineStyles = css`
  :host {
    container-type: inline-size;
  }
  .root {
    --_marker: 2.25em;
    /* Lines the marker up with the first line of its card. */
    --_marker-offset: 0.875em;
    box-sizing: border-box;
    display: flex;
    flex-flow: column;
    gap: 1.75em;
    padding: var(--roadmap-padding, 1.5em);
    background: var(--_bg);
    color: var(--_text);
    font-size: var(--roadmap-font-size);
    font-weight: 400;
    line-height: 1.5;
    border: 1px solid var(--_border);
    border-radius: var(--roadmap-radius, 0.75em);
    overflow-wrap: anywhere;
    /* Unset, this is invalid at computed-value time, so no minimum. */
    min-block-size: var(--roadmap-min-block-size);
  }
  /* While the placeholder shows: reserve the space, so the page below does not move when the roadmap lands. */
  .reserve {
    min-block-size: var(--roadmap-min-block-size, 100vh);
  }
  header {
    display: flex;
    flex-flow: column;
    gap: 0.75em;
  }
  .eyebrow {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .category {
    padding: 0.125em 0.625em;
    border: 1px solid;
    border-radius: 999px;
    font-size: 0.8125em;
    letter-spacing: 0.06em;
  }
  [part='title'] {
    font-size: clamp(1.5em, 1.25em + 1.5cqi, 2.25em);
    font-weight: 800;
    letter-spacing: -0.01em;
    max-width: 30em;
  }
  .tagline {
    font-size: 1.125em;
    font-weight: 600;
  }
  .summary {
    max-width: 48em;
    color: var(--_muted);
  }
  .notice {
    align-self: start;
    padding: 0.375em 0.875em;
    border-radius: 0.5em;
    background: var(--_notice-bg);
    color: var(--_notice-text);
    font-size: 0.9375em;
    font-weight: 600;
  }
  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(11em, 1fr));
    gap: 0.75em;
    margin-block-start: 0.5em;
  }
  .fact {
    display: flex;
    flex-flow: column;
    gap: 0.25em;
    padding: 0.875em 1em;
    border-radius: var(--roadmap-radius, 0.75em);
    background: var(--_surface);
  }
  .fact.wide {
    grid-column: span 2;
  }
  @container (max-width: 30em) {
    .root {
      padding: var(--roadmap-padding, 1em);
    }
    .fact.wide {
      grid-column: auto;
    }
  }
  dt {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .big {
    font-size: 1.5em;
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
  }
  .note {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .stages-section {
    display: flex;
    flex-flow: column;
    gap: 1em;
  }
  [part='stages-title'],
  [part='links-title'] {
    font-size: 1.25em;
    font-weight: 700;
  }
  .stages {
    /* Stacked, every card is as wide as the list: the list is the one size container the cards' layout asks,
       instead of one per card (hundreds of containers make every layout pass slower). */
    container-type: inline-size;
    --_card-container: normal;
    display: grid;
    gap: 1.25em;
    padding: 0;
    list-style: none;
  }
  .stage {
    position: relative;
    display: grid;
    grid-template-columns: var(--_marker) minmax(0, 1fr);
    gap: 0.75em 1em;
  }
  .stage:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-block: calc(var(--_marker) + var(--_marker-offset)) -1.25em;
    inset-inline-start: calc(var(--_marker) / 2 - 1px);
    width: 2px;
    background: var(--_border);
  }
  .marker {
    margin-block-start: var(--_marker-offset);
    box-sizing: border-box;
    display: grid;
    place-items: center;
    width: var(--_marker);
    height: var(--_marker);
    border: 2px solid var(--_accent);
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-text);
    font-weight: 800;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }
  /* Paper gets the vertical layout: a row of columns would be cut at the page's edge. */
  @media not print {
    .layout-horizontal {
      ${horizontal}
    }
    @container (min-width: 56em) {
      .layout-auto.few {
        ${horizontal}
      }
    }
  }
  .links {
    display: flex;
    flex-flow: column;
    gap: 0.75em;
    padding: 1.25em;
    border-radius: var(--roadmap-radius, 0.75em);
    background: var(--_surface);
  }
  .links ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    padding: 0;
    list-style: none;
  }
  .button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    min-height: 2.75em;
    padding: 0.5em 1.125em;
    border: 2px solid var(--_accent);
    border-radius: 0.5em;
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 700;
    text-decoration: none;
  }
  .button.primary {
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .button:hover {
    text-decoration: underline;
  }
  .error {
    padding: 1em 1.25em;
    border-inline-start: 4px solid var(--_error-text);
    border-radius: 0.5em;
    background: var(--_error-bg);
    color: var(--_error-text);
  }
  .error-title {
    font-weight: 700;
  }
  .error summary {
    margin-top: 0.25em;
    cursor: pointer;
  }
  .error ul {
    margin-block-start: 0.5em;
    padding-inline-start: 1.25em;
  }
  /* Fills the reserved space, and only that: the skeleton is clipped, never adds height of its own. */
  .loading {
    flex: 1 1 0;
    min-block-size: 0;
    display: flex;
    flex-flow: column;
    gap: 1em;
    overflow: hidden;
  }
  .skeleton {
    flex: none;
    border-radius: 0.5em;
    background: var(--_surface);
  }
  .skeleton.title {
    height: 2.25em;
    width: 70%;
  }
  .skeleton.line {
    height: 1em;
    width: 90%;
  }
  .skeleton.card {
    height: 9em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    .marker,
    .button.primary {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: Highlight;
    }
    .stage:not(:last-child)::before {
      background: CanvasText;
    }
    .skeleton {
      border: 1px solid;
    }
  }
  @media print {
    .root {
      border: 0;
    }
    .controls {
      display: none;
    }
    .stage {
      break-inside: avoid;
    }
    .marker {
      background: none;
      color: var(--_accent);
    }
  }
`;
