/**
 * The plan's styles, adopted into a card's shadow root when its stage has a curriculum (see `curriculum.ts`);
 * server rendering writes them into each card's own style element. Plain text, not Lit's `css` (the view extra
 * must not import Lit); the tag is named `css` so the build minifies it like the others.
 */
const css = String.raw;

export const CURRICULUM_STYLES = css`
  .plan {
    grid-column: 1 / -1;
    border-top: 1px solid var(--_border);
    padding-block-start: 0.75em;
  }
  .plan-toggle {
    display: grid;
    grid-template-columns: 0.75em minmax(0, 1fr);
    align-items: start;
    gap: 0.25em 0.5em;
    width: 100%;
    min-height: 2.75em;
    padding: 0.25em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    text-align: start;
    cursor: pointer;
  }
  .plan-toggle::before {
    content: '';
    width: 0.45em;
    height: 0.45em;
    border: solid currentColor;
    margin-block-start: 0.3em;
    border-width: 0 2px 2px 0;
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  .plan-toggle .sample {
    grid-column: 2;
    justify-self: start;
  }
  .plan-toggle[aria-expanded='true']::before {
    transform: translateY(0.25em) rotate(-135deg);
  }
  .plan-toggle:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .sample,
  .kind {
    padding: 0 0.5em;
    border: 1px solid currentColor;
    border-radius: 999px;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
    letter-spacing: 0.03em;
    text-transform: uppercase;
    white-space: nowrap;
  }
  .entries {
    display: grid;
    gap: 1em;
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }
  .entries[hidden] {
    display: none;
  }
  .entries > li {
    padding-inline-start: 0.875em;
    border-inline-start: 3px solid var(--_border);
  }
  .entries > li::before {
    display: none;
  }
  .when {
    color: var(--_muted);
    font-size: 0.8125em;
    font-weight: 600;
  }
  .entry-title {
    font-weight: 700;
  }
  .entry-summary {
    color: var(--_muted);
  }
  .entry-items {
    margin-block-start: 0.5em;
  }
  .resources {
    display: grid;
    gap: 0.25em;
    margin-block-start: 0.25em;
    font-size: 0.875em;
  }
  .resources > li {
    padding: 0;
  }
  .kind {
    display: inline-block;
    margin-inline-end: 0.375em;
    line-height: 1.4;
  }
  .facts {
    margin-inline-start: 0.375em;
    white-space: nowrap;
  }
  .resources > li::before {
    display: none;
  }
  .facts {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    .plan-toggle::before {
      transition: none;
    }
  }
  @media print {
    .entries[hidden] {
      display: grid;
    }
    .plan-toggle::before {
      display: none;
    }
    .entries > li {
      break-inside: avoid;
    }
  }
`;
