import {css} from 'lit';

export const stageCardStyles = css`
  :host {
    min-width: 0;
    /* Its own size container, standalone or side by side; stacked in a timeline, the list is (see there). */
    container-type: var(--_card-container, inline-size);
  }
  .card {
    box-sizing: border-box;
    height: 100%;
    display: flex;
    flex-flow: column;
    gap: 0.75em;
    padding: var(--roadmap-card-padding, 1.125em 1.25em);
    background: var(--roadmap-card-bg, var(--_bg));
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--roadmap-radius, 0.75em);
    line-height: 1.5;
    /* Words stay whole; only a token longer than the line (a URL) is broken. */
    overflow-wrap: break-word;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .index {
    color: var(--_accent);
  }
  [part='title'] {
    margin-block-start: 0.125em;
    /* Smaller in a narrow card, so a long word ("Specialisation") fits a 320 px phone even at a 30 px font. */
    font-size: clamp(1em, 0.75em + 2cqi, 1.1875em);
    text-wrap: balance;
    line-height: 1.3;
    font-weight: 700;
  }
  .summary {
    color: var(--_muted);
  }
  .source {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  ul {
    padding: 0;
    list-style: none;
    display: grid;
    gap: 0.5em;
  }
  li {
    position: relative;
    padding-inline-start: 1.25em;
  }
  li::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.25em;
    inset-block-start: 0.6em;
    width: 0.4em;
    height: 0.4em;
    border-radius: 50%;
    background: var(--_accent);
  }
  a {
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
  }
  salary-band {
    margin-block-start: auto;
    padding-block-start: 0.75em;
    border-top: 1px solid var(--_border);
  }
  @container (min-width: 40em) {
    /* Two columns: the items on the right; on the left, one row each for the head, the summary, the reading
       progress (reader.styles.ts) and the band, which takes the rest of the height and sits at its end (its
       auto margin). Above them, a row across both for the error, empty without one. */
    .card {
      display: grid;
      grid-template: repeat(4, auto) 1fr / minmax(0, 2fr) minmax(0, 3fr);
      gap: 0.75em 2em;
    }
    .error {
      grid-column: span 2;
    }
    .head {
      grid-area: 2 / 1;
    }
    .summary {
      grid-area: 3 / 1;
    }
    ul {
      grid-area: 2 / 2 / -1;
      align-self: start;
    }
    salary-band {
      grid-area: 5 / 1;
    }
    .source {
      grid-area: 6 / 1;
    }
  }
  .error {
    color: var(--_error-text);
  }
  .body {
    display: contents;
  }
  .status {
    padding: 0 0.5em;
    border-radius: 999px;
    background: var(--_accent);
    color: var(--_accent-text);
  }
  @media (forced-colors: active) {
    li::before {
      background: CanvasText;
    }
  }
  @media print {
    .card {
      break-inside: avoid;
    }
    [part='toggle']::after {
      display: none;
    }
    /* Unticked boxes: the printout is a checklist even without track-progress. */
    li::before {
      top: 0.4em;
      width: 0.7em;
      height: 0.7em;
      border: 1px solid;
      border-radius: 2px;
      background: none;
    }
  }
`;
