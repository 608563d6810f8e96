/**
 * The reader styles, adopted into the shadow roots that use a reader feature (see `reader.ts`). Plain text, not
 * Lit's `css` (this module must not import Lit); the tag is named `css` so the build minifies it like the others.
 */
const css = String.raw;

export const READER_STYLES = {
  timeline: css`
    .passed .marker {
      background: var(--_bg);
      color: var(--_accent);
    }
    .current .marker {
      outline: 2px solid var(--_accent);
      outline-offset: 3px;
    }
    .passed > stage-card::part(status) {
      background: none;
      color: var(--_muted);
      box-shadow: inset 0 0 0 1px;
    }
    .active {
      scroll-margin-top: 1em;
      outline: 2px solid var(--_accent);
      outline-offset: 0.375em;
      border-radius: var(--roadmap-radius, 0.75em);
    }
    /* Paper gets no buttons. */
    @media not print {
      .controls {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5em;
      }
    }
    /* Progress has its own colour (green by default), never the accent that money and links wear. */
    progress {
      width: 100%;
      accent-color: var(--_progress);
    }
  `,
  card: css`
    @container (min-width: 40em) {
      /* The fourth row of the card's left column (stage-card.styles.ts). */
      .progress {
        grid-area: 4 / 1;
      }
    }
    /* A collapsed body is hidden="until-found": find in page still reaches it (and opens the stage). */
    @media not print {
      .closed {
        display: block;
      }
      .closed .body {
        display: block;
        content-visibility: hidden;
      }
    }
    [part='toggle'] {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 0.75em;
      width: 100%;
      min-height: 2.75em;
      margin: -0.5em 0;
      padding: 0;
      border: 0;
      background: none;
      color: inherit;
      font: inherit;
      text-align: start;
      cursor: pointer;
    }
    [part='toggle']::after {
      content: '';
      flex: none;
      width: 0.5em;
      height: 0.5em;
      margin: 0 0.25em 0.25em;
      border: solid currentColor;
      border-width: 0 2px 2px 0;
      rotate: 45deg;
    }
    /* Turned, not moved: the chevron keeps its place when the stage opens. */
    [aria-expanded='true']::after {
      rotate: -135deg;
      translate: 0 0.25em;
    }
    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
      margin: 0;
      color: var(--_muted);
      font-size: 0.875em;
      font-weight: 600;
    }
    ul:has(.tracked) {
      gap: 0;
    }
    /* The box stays by the first line of a long item, with a gap before the text. */
    .tracked {
      display: flex;
      align-items: flex-start;
      gap: 0.25em;
      min-height: 2.75em;
      padding: 0;
    }
    .tracked::before {
      display: none;
    }
    /* The text's first line sits level with the box, centred in its 2.75em target. */
    .tracked > :not(.tick) {
      padding-block: 0.625em;
    }
    .progress progress {
      accent-color: var(--_progress);
    }
    .tick {
      flex: none;
      display: grid;
      place-items: center;
      width: 2.75em;
      height: 2.75em;
      margin-inline-start: -0.75em;
      cursor: pointer;
    }
    .tick input {
      width: 1.125em;
      height: 1.125em;
      margin: 0;
      cursor: pointer;
    }
  `,
};
