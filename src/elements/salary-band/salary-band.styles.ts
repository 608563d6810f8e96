import {css} from 'lit';

export const salaryBandStyles = css`
  :host {
    color: var(--_text);
  }
  /* Label and amount share a line while they fit, and stack when they don't: neither is ever squeezed. */
  .band {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }
  .label {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
    overflow-wrap: break-word;
  }
  .value {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    text-wrap: balance;
  }
  /* The bar, not the offer's marker nested in it: mirrored twice, the marker's arrow landed outside the element. */
  [part='bar'] {
    flex: 1 0 100%;
    width: 100%;
    height: var(--roadmap-bar-height, 0.75em);
    overflow: visible;
  }
  :host(:dir(rtl)) [part='bar'] {
    scale: -1 1;
  }
  .track {
    fill: var(--_track);
  }
  .fill {
    fill: var(--roadmap-bar-color, var(--_accent));
  }
  .offer-marker line {
    stroke: var(--roadmap-offer-color, var(--_text));
    stroke-width: 2.5px;
    stroke-linecap: round;
  }
  .offer-marker line:first-child {
    filter: drop-shadow(0 0 1.5px var(--_bg));
  }
  .offer {
    flex: 1 0 100%;
    font-size: 0.8125em;
    font-weight: 600;
  }
  .error {
    color: var(--_error-text);
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .fill {
      fill: Highlight;
    }
    .offer-marker line {
      stroke: CanvasText;
    }
  }
`;
