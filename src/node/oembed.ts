/**
 * oEmbed (https://oembed.com) for a roadmap shown by `embed.html`: the static response a blog platform fetches
 * when an author pastes the roadmap page's address, and the discovery `<link>` that page carries so the
 * platform finds it. `roadmap-elements oembed` writes both; see docs/publishing.md.
 */
import type {Roadmap} from '../schema/roadmap.js';

/** The iframe's height without `roadmap-frame.js` (and the response's `height`): the roadmap scrolls inside it. */
export const DEFAULT_FRAME_HEIGHT = 800;
/** The response's `width`: the iframe itself is as wide as the column it is in. */
export const DEFAULT_FRAME_WIDTH = 720;

export interface OembedOptions {
  /** The roadmap's page, the address an author pastes (absolute http/https). */
  url: string;
  /** The address of `embed.html` on the publisher's site (absolute http/https). */
  embed: string;
  /** The roadmap JSON's URL as the embed page loads it, absolute or relative to `embed`. */
  src: string;
  theme?: string | undefined;
  locale?: string | undefined;
  layout?: string | undefined;
  /** The URL of `roadmap-frame.js`, added after the iframe; `null` leaves it out. Default: beside `embed`. */
  script?: string | null | undefined;
  width?: number | undefined;
  height?: number | undefined;
  /** Default: the page's host name. */
  providerName?: string | undefined;
  /** Default: the page's origin. */
  providerUrl?: string | undefined;
}

/** The fields of an oEmbed 1.0 `rich` response that this writes. */
export interface OembedResponse {
  type: 'rich';
  version: '1.0';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** Text for an HTML attribute value in double quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** `value` as an absolute http(s) URL, or a clear error naming `what` it is. */
export function httpUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new TypeError(`${what} "${value}" is not an absolute URL such as https://example.org/roadmaps/backend`);
  }
  if (!/^https?:$/.test(url.protocol)) throw new TypeError(`${what} "${value}" is not an http: or https: URL`);
  return url;
}

/** The address of the embed page showing `src` with the given options. */
export function embedPageUrl(options: Pick<OembedOptions, 'embed' | 'src' | 'theme' | 'locale' | 'layout'>): string {
  const url = httpUrl(options.embed, '--embed');
  url.searchParams.set('src', options.src);
  for (const name of ['theme', 'locale', 'layout'] as const) {
    const value = options[name];
    if (value) url.searchParams.set(name, value);
  }
  return url.href;
}

/** The oEmbed response for `roadmap`: an iframe of the embed page, lazily loaded, titled with the roadmap's title. */
export function oembedResponse(roadmap: Roadmap, options: OembedOptions): OembedResponse {
  const page = httpUrl(options.url, '--url');
  const width = options.width ?? DEFAULT_FRAME_WIDTH;
  const height = options.height ?? DEFAULT_FRAME_HEIGHT;
  const script =
    options.script === undefined ? new URL('roadmap-frame.js', httpUrl(options.embed, '--embed')).href : options.script;
  const iframe =
    `<iframe src="${escapeAttribute(embedPageUrl(options))}" title="${escapeAttribute(roadmap.title)}" ` +
    `width="100%" height="${height}" loading="lazy" frameborder="0"></iframe>`;
  return {
    type: 'rich',
    version: '1.0',
    title: roadmap.title,
    provider_name: options.providerName ?? page.hostname,
    provider_url: options.providerUrl ?? `${page.origin}/`,
    html: script ? `${iframe}<script src="${escapeAttribute(script)}" defer></script>` : iframe,
    width,
    height,
  };
}

/** The discovery tag for the roadmap's page `<head>`: where platforms find the response written at `href`. */
export function oembedLink(href: string, title: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(href)}" title="${escapeAttribute(title)}">`;
}
