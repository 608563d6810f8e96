/** Shared by every element: the theme attribute's values and the colour tokens behind them. */
import {css} from 'lit';

export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

const light = css`
  --_bg: var(--roadmap-bg, #fff);
  --_surface: var(--roadmap-surface, #f6f7f9);
  --_text: var(--roadmap-text, #1c2026);
  --_muted: var(--roadmap-muted, #4f5866);
  --_border: var(--roadmap-border, #d6dae1);
  --_accent: var(--roadmap-accent, #2446c7);
  --_accent-text: var(--roadmap-accent-text, #fff);
  --_track: var(--roadmap-track, #e3e7ee);
  --_notice-bg: var(--roadmap-notice-bg, #fff4d6);
  --_notice-text: var(--roadmap-notice-text, #5b4200);
  --_error-bg: var(--roadmap-error-bg, #fdecec);
  --_error-text: var(--roadmap-error-text, #8a1c1c);
  color-scheme: light;
`;

const dark = css`
  --_bg: var(--roadmap-bg, #11151c);
  --_surface: var(--roadmap-surface, #1a2029);
  --_text: var(--roadmap-text, #e8ebf0);
  --_muted: var(--roadmap-muted, #a9b2c0);
  --_border: var(--roadmap-border, #343d4b);
  --_accent: var(--roadmap-accent, #8fa8ff);
  --_accent-text: var(--roadmap-accent-text, #0b1020);
  --_track: var(--roadmap-track, #2a323e);
  --_notice-bg: var(--roadmap-notice-bg, #3a2f10);
  --_notice-text: var(--roadmap-notice-text, #ffe3a3);
  --_error-bg: var(--roadmap-error-bg, #3d1717);
  --_error-text: var(--roadmap-error-text, #ffc9c9);
  color-scheme: dark;
`;

/**
 * The base sheet of every element: colour tokens on `:host`, following the `theme` attribute (`auto`, or none,
 * follows `prefers-color-scheme`, and print is always light), and the heading, link and focus styles they share.
 * Publishers restyle through the public `--roadmap-*` properties; the `--_*` ones are internal.
 */
export const themeStyles = css`
  :host {
    ${light}
    display: block;
    accent-color: var(--_accent);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  /* Inherited text styles a host page may set on everything, as with "* {…}": undone inside the element. */
  :host > * {
    font-style: normal;
    letter-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    text-transform: none;
    white-space: normal;
    word-spacing: normal;
    -webkit-text-fill-color: initial;
  }
  @media print {
    /* Paper is light whatever the theme; :not([_]) outranks the dark rules above. */
    :host(:not([_])) {
      ${light}
    }
    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
  /* No element in a shadow root keeps the browser's margins (headings, paragraphs, lists). */
  * {
    margin: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    line-height: 1.25;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The theme to hand on to inner elements: a known theme, else `undefined` (they follow the page). */
export function knownTheme(value: unknown): Theme | undefined {
  return (THEMES as readonly unknown[]).includes(value) ? (value as Theme) : undefined;
}
