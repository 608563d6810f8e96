/**
 * What the timeline reads from the page it sits in, once it has rendered: the page's colours for
 * `theme="inherit"`, and whether the page set a font at all. Part of the view extra (see `ladder.ts`).
 */
/** `rgba(…, 0)` or `transparent`: a background that lets what is behind it show. */
const clear = (color: string) => color === 'transparent' || /,\s*0\)$|\/\s*0\)$/.test(color);

/**
 * For `theme="inherit"`: the page's text colour and the first opaque background behind the element (up through
 * shadow roots), given to the element as `--_page-text` and `--_page-bg`, from which its surfaces are mixed. Any
 * other theme clears them.
 */
export function followPage(host: HTMLElement, theme: unknown): void {
  const style = host.style;
  if (theme !== 'inherit') {
    style.removeProperty('--_page-bg');
    style.removeProperty('--_page-text');
    return;
  }
  style.setProperty('--_page-text', getComputedStyle(host).color);
  let node: Element | null = host;
  while ((node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null))) {
    const background = getComputedStyle(node).backgroundColor;
    if (!clear(background)) return style.setProperty('--_page-bg', background);
  }
  style.removeProperty('--_page-bg');
}

/** What the browsers compute for `font-family` on a page that sets none: their default serif (WebKit's is `-webkit-standard`). */
const DEFAULT_FONTS = new Set([
  'serif',
  'times',
  'times new roman',
  '"times new roman"',
  'tinos',
  'liberation serif',
  '-webkit-standard',
]);

/**
 * On a page that sets no font at all, the element would be in the browser's default serif (Times), which no job
 * board chooses for a data-heavy card. Then, and only then, it takes the system's interface font (`--_font`); any
 * font the page does set, serif or not, is kept. `--roadmap-font-family` overrides both.
 */
export function systemFont(host: HTMLElement): void {
  const family = getComputedStyle(host).fontFamily.toLowerCase();
  if (DEFAULT_FONTS.has(family)) {
    host.style.setProperty('--_font', "system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif");
  } else host.style.removeProperty('--_font');
}
