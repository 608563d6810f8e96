/**
 * The script of `dist/embed.html` (built to `dist/embed-page.js`, a classic script): the roadmap named by the page's
 * query string, full-bleed, and its height told to the parent page as it changes.
 *
 *   embed.html?src=<roadmap JSON URL>&theme=&locale=&layout=&heading-level=&experience=&active-stage=
 *             &track-progress&collapsible#<stage id>
 *
 * The elements come from `roadmap-elements.iife.js`, which the page loads before this file. Everything here goes
 * through the DOM and CSSOM (no inline script or style), so the page works under `default-src 'self'`.
 */
import {HEIGHT_MESSAGE, MEASURE_MESSAGE, type HeightMessage} from './frame-protocol.js';

/** Query parameters passed on to `<roadmap-timeline>` as attributes of the same name. */
const PASSED = ['theme', 'locale', 'layout', 'heading-level', 'experience', 'active-stage'] as const;
/** Query parameters that switch a boolean attribute on: `?collapsible`, `?collapsible=1`; `=0` or `=false` is off. */
const SWITCHES = ['track-progress', 'collapsible'] as const;

const PAGE_STYLES = `
html { color-scheme: light; }
body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; }
roadmap-timeline { display: block; }
.embed-problem { margin: 0; padding: 1em; border: 1px solid #d6dae1; border-radius: 0.75em; color: #8a1c1c;
  background: #fdecec; }
`;

/** The origins a roadmap may come from: this page's own, and those listed in `<meta name="roadmap-sources">`. */
function allowedOrigins(): Set<string> {
  const listed = document.querySelector<HTMLMetaElement>('meta[name="roadmap-sources"]')?.content ?? '';
  const origins = new Set([location.origin]);
  for (const entry of listed.split(/[\s,]+/).filter(Boolean)) {
    try {
      origins.add(new URL(entry).origin);
    } catch {
      console.warn(`roadmap-elements embed.html: <meta name="roadmap-sources"> entry "${entry}" is not a URL`);
    }
  }
  return origins;
}

/** Says, in the page and the console, why there is no roadmap. */
function problem(text: string): void {
  const message = document.createElement('p');
  message.className = 'embed-problem';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  document.body.append(message);
  console.warn(`roadmap-elements embed.html: ${text}`);
}

/** The roadmap's URL from `?src=`, resolved against this page, or `undefined` (after saying why) when refused. */
function roadmapUrl(params: URLSearchParams): string | undefined {
  const src = params.get('src');
  if (!src) {
    problem('No roadmap to show: give its URL as ?src=, e.g. embed.html?src=roadmap.json');
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(src, location.href);
  } catch {
    problem(`?src="${src}" is not a URL.`);
    return undefined;
  }
  // `location.origin` is the page address's origin, also in a sandboxed frame (whose document's origin is "null").
  if (!/^https?:$/.test(url.protocol) || !allowedOrigins().has(url.origin)) {
    problem(
      `This embed loads roadmaps from ${location.origin} only, not ${url.origin}. The site can list more in the ` +
        `<meta name="roadmap-sources"> of embed.html.`,
    );
    return undefined;
  }
  return url.href;
}

function switchedOn(value: string | null): boolean {
  return value !== null && value !== '0' && value !== 'false';
}

/**
 * Tells the parent page this page's height whenever it changes (and when asked again), as a `HeightMessage`.
 * Under WordPress, whose frames carry `#?secret=…`, also in the message WordPress's own embed script reads.
 */
function reportHeight(): void {
  if (parent === window) return;
  const secret = /[#&?]secret=([a-zA-Z0-9]+)/.exec(location.hash)?.[1];
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last && !force) return;
    last = height;
    const message: HeightMessage = {type: HEIGHT_MESSAGE, height};
    // Only a number leaves the page, so any parent may read it.
    parent.postMessage(message, '*');
    if (secret) parent.postMessage({message: 'height', value: height, secret}, '*');
  };
  new ResizeObserver(() => send()).observe(document.documentElement);
  addEventListener('message', (event) => {
    if (event.source === parent && (event.data as {type?: unknown} | null)?.type === MEASURE_MESSAGE) send(true);
  });
}

function start(): void {
  // A frame sandboxed without allow-same-origin (WordPress's are) may not navigate the page around it either:
  // there, links open inside the frame rather than not at all.
  if (window.origin === 'null') document.querySelector('base[target]')?.removeAttribute('target');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(PAGE_STYLES);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  reportHeight();
  const params = new URLSearchParams(location.search);
  const src = roadmapUrl(params);
  if (!src) return;
  const timeline = document.createElement('roadmap-timeline');
  for (const name of PASSED) {
    const value = params.get(name);
    if (value !== null) timeline.setAttribute(name, value);
  }
  for (const name of SWITCHES) if (switchedOn(params.get(name))) timeline.setAttribute(name, '');
  timeline.setAttribute('src', src);
  timeline.addEventListener('roadmap-load', (event) => {
    document.title = event.detail.roadmap.title;
    document.documentElement.lang = timeline.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang') ?? '';
  });
  document.body.append(timeline);
}

start();
