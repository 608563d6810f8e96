/** Shared by every element: the theme attribute's values and the colour tokens behind them. */
import {css, unsafeCSS} from 'lit';

export const THEMES = ['auto', 'light', 'dark', 'inherit'] as const;
export type Theme = (typeof THEMES)[number];

/** Each colour token: its public property, its light value and its dark value. */
const TOKENS: [name: string, light: string, dark: string][] = [
  ['bg', '#fff', '#11151c'],
  ['surface', '#f6f7f9', '#1a2029'],
  ['text', '#1c2026', '#e8ebf0'],
  ['muted', '#4f5866', '#a9b2c0'],
  ['border', '#d6dae1', '#343d4b'],
  ['accent', '#2446c7', '#8fa8ff'],
  ['accent-text', '#fff', '#0b1020'],
  ['track', '#e3e7ee', '#2a323e'],
  ['progress', '#17794a', '#5fd49a'],
  ['notice-bg', '#fff4d6', '#3a2f10'],
  ['notice-text', '#5b4200', '#ffe3a3'],
  ['error-bg', '#fdecec', '#3d1717'],
  ['error-text', '#8a1c1c', '#ffc9c9'],
];

/** `--_bg: var(--roadmap-bg, <value>)` for every token; `pick` chooses the value from a token's light and dark. */
const tokens = (pick: (light: string, dark: string) => string) =>
  unsafeCSS(TOKENS.map(([name, light, dark]) => `--_${name}:var(--roadmap-${name},${pick(light, dark)})`).join(';'));

/**
 * `theme="inherit"`: the page's own colours. The timeline reads the page's background and text colour into
 * `--_page-bg` and `--_page-text` (see `followPage`); every surface is mixed from the two, so the roadmap blends into
 * any page. Until they are read (or standalone), the colour scheme's canvas colours stand in.
 */
const page = unsafeCSS(
  [
    ['bg', 'transparent'],
    ['surface', 'color-mix(in srgb,var(--_fg) 6%,var(--_pg))'],
    ['text', 'var(--_fg)'],
    ['muted', 'color-mix(in srgb,var(--_fg) 80%,var(--_pg))'],
    ['border', 'color-mix(in srgb,var(--_fg) 25%,var(--_pg))'],
    ['accent', 'var(--_fg)'],
    ['accent-text', 'var(--_pg)'],
    ['track', 'color-mix(in srgb,var(--_fg) 14%,var(--_pg))'],
    ['progress', 'var(--_fg)'],
    ['notice-bg', 'color-mix(in srgb,#e0a100 16%,var(--_pg))'],
    ['notice-text', 'var(--_fg)'],
    ['error-bg', 'color-mix(in srgb,#e02020 14%,var(--_pg))'],
    ['error-text', 'var(--_fg)'],
  ]
    .map(([name, value]) => `--_${name}:var(--roadmap-${name},${value})`)
    .join(';') + ';--_pg:var(--_page-bg,Canvas);--_fg:var(--_page-text,CanvasText)',
);

/**
 * The base sheet of every element: colour tokens on `:host`, following the `theme` attribute, and the heading,
 * link and focus styles they share. `auto` (or none) follows the page's `color-scheme`, which the host inherits:
 * a page that declares `color-scheme: dark` (or `light dark`, with a reader who prefers dark) gets dark, a page
 * that declares nothing stays light. Print is always light. Publishers restyle through the public `--roadmap-*`
 * properties; the `--_*` ones are internal.
 */
const lightTokens = tokens((light) => light);
const darkTokens = tokens((_light, dark) => dark);
const schemeTokens = tokens((light, dark) => 'light-dark(' + light + ',' + dark + ')');

export const themeStyles = css`
  :host {
    ${lightTokens};
    display: block;
    accent-color: var(--_accent);
  }
  @supports (color: light-dark(#000, #fff)) {
    :host {
      ${schemeTokens};
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${darkTokens};
    color-scheme: dark;
  }
  :host([theme='inherit']) {
    ${page};
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
      ${lightTokens};
      color-scheme: light;
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
