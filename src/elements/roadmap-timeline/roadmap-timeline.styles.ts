import {css, unsafeCSS} from 'lit';

/** Stages side by side, joined by a line across the markers. Used by `layout="horizontal"` and roomy `auto`. */
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

/**
 * `auto` goes horizontal when every stage gets a column of at least 13em: n columns, the gaps between them, and the
 * padding around them (14n + 2 em). Up to eight stages; more stay stacked. One rule per count (the count is the
 * class `n<count>`), as a container query can't count the stages.
 */
const roomy = unsafeCSS(
  Array.from(
    {length: 8},
    (_, index) =>
      `@container roadmap-timeline (min-width:${14 * (index + 1) + 2}em){.layout-auto.n${index + 1}{${horizontal}}}`,
  ).join(''),
);

export const roadmapTimelineStyles = css`
  :host {
    /* Named: the cards side by side are containers too, and the phone rules ask for the timeline's width. */
    container: roadmap-timeline / inline-size;
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
    /* Words stay whole; only a token longer than the line (a URL) is broken. */
    overflow-wrap: break-word;
    font-family: var(--roadmap-font-family, var(--_font, inherit));
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
    font-size: clamp(1.25em, 1em + 2cqi, 2.25em);
    font-weight: 800;
    letter-spacing: -0.01em;
    max-width: 30em;
    text-wrap: balance;
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
    grid-template-columns: repeat(auto-fit, minmax(min(11em, 100%), 1fr));
    gap: 0.75em;
    margin-block-start: 0.5em;
  }
  /* The salary ladder takes a row of its own; in a wide header, the other facts stack beside it. */
  .fact.ladder {
    grid-column: 1 / -1;
  }
  @container roadmap-timeline (min-width: 48em) {
    .facts:has(.ladder) {
      grid-template-columns: minmax(11em, 1fr) minmax(0, 3fr);
      grid-auto-flow: dense;
    }
    .facts:has(.ladder) > .fact {
      grid-column: 1;
    }
    .facts > .fact.ladder {
      grid-column: 2;
      grid-row: 1 / span 3;
    }
  }
  .header-cta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
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
  .source {
    margin-top: 0.375em;
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
  /* A row that scrolls (scroll-row.ts marks it): focusable, faded at the side with more, and a hint beneath. */
  .scroll-hint {
    display: none;
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .stages[data-overflow] + .scroll-hint {
    display: block;
  }
  .stages[data-overflow]:not([data-end]) {
    mask-image: linear-gradient(to var(--_ahead, right), #000 calc(100% - 4em), #0003);
  }
  [dir='rtl'] {
    --_ahead: left;
  }
  /* Paper gets the vertical layout: a row of columns would be cut at the page's edge. */
  @media not print {
    .layout-horizontal {
      ${horizontal}
    }
    ${roomy}
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
    display: flex;
    flex-flow: column;
    align-items: start;
    gap: 0.75em;
  }
  .error-title {
    font-weight: 700;
  }
  .error .button {
    border-color: currentColor;
    background: none;
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  .error summary {
    font-size: 0.875em;
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
  /* The shape of what is coming (eyebrow, title, summary, facts, cards), at 1.3:1 or more against the background
     even at the faint end of its pulse. */
  .skeleton {
    flex: none;
    border-radius: 0.5em;
    background: color-mix(in srgb, var(--_text) 24%, var(--_bg));
  }
  .skeleton.eyebrow {
    width: 12em;
    max-width: 60%;
    height: 0.875em;
  }
  .skeleton.title {
    height: 1.75em;
    width: 70%;
  }
  .skeleton.line {
    height: 1em;
    width: 90%;
  }
  .skeleton-facts {
    flex: none;
    display: grid;
    gap: 0.75em;
  }
  .skeleton.fact {
    height: 4.5em;
  }
  .skeleton-facts {
    grid-template-columns: repeat(auto-fit, minmax(min(7em, 100%), 1fr));
  }
  .skeleton.card {
    height: 12em;
    background: none;
    border: 2px solid color-mix(in srgb, var(--_text) 24%, var(--_bg));
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.2s ease-in-out infinite alternate;
    }
  }
  @keyframes pulse {
    to {
      opacity: 0.8;
    }
  }
  @container roadmap-timeline (max-width: 30em) {
    /* A phone: one layer of padding. The marker rail goes, the stage number is the chip "Stage 1" in each card,
       and each card drops its side padding, so its text gets nearly the element's whole width. */
    .root {
      gap: 1.5em;
      padding: var(--roadmap-padding, clamp(0.75rem, 5cqi, 1em));
    }
    .fact.wide {
      grid-column: auto;
    }
    .stage {
      grid-template-columns: minmax(0, 1fr);
    }
    .marker,
    .stage::before {
      display: none;
    }
    .stages {
      gap: 1.5em;
    }
    stage-card::part(card) {
      padding: 1.25em 0 0;
      border-width: 1px 0 0;
      border-radius: 0;
    }
    stage-card::part(index) {
      padding: 0 0.625em;
      border-radius: 999px;
      background: var(--_accent);
      color: var(--_accent-text);
    }
  }
  /* The stage that holds the reader's offer: outlined, dashed like the offer's line across the bands. */
  .offer-stage {
    outline: 2px dashed var(--roadmap-offer-color, var(--_text));
    outline-offset: 0.375em;
    border-radius: var(--roadmap-radius, 0.75em);
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
