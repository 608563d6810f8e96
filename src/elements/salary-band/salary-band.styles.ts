import {css} from 'lit';

export const salaryBandStyles = css`
  :host {
    color: var(--_text);
  }
  .band {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: baseline;
    gap: 0.25em 0.75em;
  }
  .label {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
    letter-spacing: 0.02em;
  }
  .value {
    justify-self: end;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  svg {
    grid-column: 1 / -1;
    width: 100%;
    height: var(--roadmap-bar-height, 0.5em);
    overflow: visible;
  }
  :host(:dir(rtl)) svg {
    scale: -1 1;
  }
  .track {
    fill: var(--_track);
  }
  .fill {
    fill: var(--roadmap-bar-color, var(--_accent));
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
  }
`;
