/// <reference types="node" />
/**
 * Server rendering: a roadmap as the HTML of a `<roadmap-timeline>` with declarative shadow DOM, so its content
 * is in the page before (and without) JavaScript. Uses @lit-labs/ssr; its DOM shim must load before Lit.
 */
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {LitElementRenderer} from '@lit-labs/ssr/lib/lit-element-renderer.js';
import {html, nothing} from 'lit';
import {defineRoadmapElements} from '../register.js';
import {parseRoadmap, type LooseRoadmap, type Roadmap, type RoadmapIssue} from '../schema/index.js';
import {resolveLocale} from '../format/locale.js';
import {loadWords, wordsFor} from '../format/words.js';
import {occupationJsonLd} from '../structured-data/occupation.js';
import {registerLadder} from '../elements/roadmap-timeline/ladder.js';
import * as ladder from '../elements/roadmap-timeline/salary-ladder.js';

// A server renders in one pass: the salary ladder is here from the start.
registerLadder(ladder);
import {headingLevel as knownHeadingLevel} from '../elements/heading.js';
import {fallbackHtml} from './fallback.js';
import type {Theme} from '../elements/theme.js';
import type {Layout} from '../elements/roadmap-timeline/roadmap-timeline.js';

export interface RenderOptions {
  theme?: Theme | undefined;
  /** Overrides the roadmap's locale. */
  locale?: string | undefined;
  layout?: Layout | undefined;
  /** 1–6, the roadmap title's level. */
  headingLevel?: number | undefined;
  /** Adds the `structured-data` attribute and its schema.org JSON-LD child. Default: true. */
  structuredData?: boolean | undefined;
  /**
   * Adds the roadmap as plain HTML in the element's light DOM, for feed readers, email and reader modes, which
   * show neither scripts nor declarative shadow DOM (see `fallback.ts`). Default: true.
   */
  fallback?: boolean | undefined;
  /**
   * The address of the folder holding `roadmap-timeline.css`, `stage-card.css` and `salary-band.css` (the `dist/`
   * folder of this version): each shadow root then links its element's style sheet, fetched once and cached,
   * instead of carrying a copy of it. Default: every shadow root carries its styles in a `<style>`.
   */
  stylesheets?: string | undefined;
}

/** A `Result<string>` (the HTML) whose HTML is also `html`, its name before 0.2. */
export type RenderResult =
  | {
      ok: true;
      value: string;
      /** @deprecated The same as `value`. */
      html: string;
    }
  | {ok: false; issues: RoadmapIssue[]};

const TAGS = new Set(['roadmap-timeline', 'stage-card', 'salary-band']);
let ready = false;

function setUp(): void {
  if (ready) return;
  ready = true;
  defineRoadmapElements();
  // Connecting our elements on the server lets the cards and bands receive the timeline's locale, currency and
  // salary scale through @lit/context, as they do in the browser.
  LitElementRenderer.renderOptions.push((element) =>
    TAGS.has(element.localName) ? {connectedCallback: true} : undefined,
  );
}

/**
 * JSON for the inside of a `<script>` element: `<` written as `\u003c`, so no `</script>` or `<!--` in the
 * data can end the element or change how the HTML parser reads it. Still the same JSON to `JSON.parse`.
 */
export function scriptSafeJson(json: string): string {
  return json
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Renders a roadmap, as JSON text or as an object (an imported JSON file, say), as a `<roadmap-timeline>`
 * element: its shadow root as declarative shadow DOM, the JSON as a child `<script type="application/json">`
 * (which the element reads when its script loads, so nothing is fetched again), and with `structuredData`, the
 * schema.org JSON-LD child. An invalid roadmap returns its located issues instead.
 */
export async function renderRoadmapHtml(
  input: string | LooseRoadmap | Roadmap,
  options: RenderOptions = {},
): Promise<RenderResult> {
  const parsed = parseRoadmap(input);
  if (!parsed.ok) return parsed;
  // An object is written back as the JSON it is, so the element in the browser reads what the server rendered.
  const json = typeof input === 'string' ? input : JSON.stringify(input, null, 2);
  setUp();
  const {theme, locale, layout, headingLevel, structuredData = true} = options;
  // The server renders in one pass: the language's words must be here first.
  await loadWords(resolveLocale(locale, parsed.value.locale));
  const rendered = await collectResult(
    render(
      html`<roadmap-timeline
        theme=${theme ?? nothing}
        locale=${locale ?? nothing}
        layout=${layout ?? nothing}
        heading-level=${headingLevel ?? nothing}
        ?structured-data=${structuredData}
        .roadmapJson=${json}
      ></roadmap-timeline>`,
    ),
  );
  // The element is the whole result: drop the markers of the one-off template around it, which no client
  // ever hydrates (the element hydrates its own shadow root).
  const element = rendered
    .replace(/^<!--lit-part [^>]*-->(<!--lit-node \d+-->)?/, '')
    .replace(/<!--\/lit-part-->$/, '')
    // A Lit template whose last part is a binding gets `<?>` after it (lit-html's getTemplateHtml), so that part
    // has a node to end before; the SSR renderer writes that text out as it is (lit/lit#2470). Browsers read it
    // as the comment `<!--?-->`, strict parsers as an error: write that comment, the same DOM. Roadmap text
    // can't hold the sequence here: @lit-labs/ssr escapes every `<` in text and attribute values.
    .replaceAll('<?>', '<!--?-->')
    // The template's line breaks between attributes (none of their values holds a space).
    .replace(/^<roadmap-timeline[^>]*>/, (tag) => tag.replace(/\s+/g, ' ').replace(' >', '>'))
    // The timeline's own style element (the first) also holds the salary ladder's, which a browser adopts.
    .replace('<style>', `<style>${ladder.LADDER_STYLES}`)
    // So does the style element of each card with a curriculum, for its plan's styles.
    .split('<stage-card')
    .map((part, index) =>
      index && /part="?curriculum[\s">]/.test(part.split('<salary-band')[0]!)
        ? part.replace('<style>', `<style>${ladder.CURRICULUM_STYLES}`)
        : part,
    )
    .join('<stage-card');
  const shownLocale = resolveLocale(locale, parsed.value.locale);
  const children = [];
  if (options.fallback ?? true) {
    children.push(fallbackHtml(parsed.value, shownLocale, wordsFor(shownLocale), knownHeadingLevel(headingLevel, 2)));
  }
  children.push(`<script type="application/json">${scriptSafeJson(json.trim())}</script>`);
  if (structuredData) {
    const data = occupationJsonLd(parsed.value, shownLocale, wordsFor(shownLocale));
    children.push(`<script type="application/ld+json" data-roadmap>${scriptSafeJson(JSON.stringify(data))}</script>`);
  }
  const lean = options.stylesheets === undefined ? element : leanShadowRoots(element, options.stylesheets);
  const close = '</roadmap-timeline>';
  if (!lean.endsWith(close)) throw new Error('roadmap-elements: unexpected server-rendered HTML');
  const markup = `${lean.slice(0, -close.length)}\n${children.join('\n')}\n${close}\n`;
  return {ok: true, value: markup, html: markup};
}

let sheets: Record<string, string> | undefined;

/** Each element's styles as its shadow roots carry them, by tag. */
export function elementStylesheets(): Record<string, string> {
  if (sheets) return {...sheets};
  setUp();
  sheets = {};
  for (const tag of TAGS) {
    const element = customElements.get(tag) as unknown as {elementStyles: {cssText: string}[]};
    // The timeline's shadow root also carries the salary ladder's rules, first, and a card the plan's (see
    // renderRoadmapHtml).
    const own = element.elementStyles.map((style) => style.cssText).join('');
    sheets[tag] =
      tag === 'roadmap-timeline'
        ? `${ladder.LADDER_STYLES}${own}`
        : tag === 'stage-card'
          ? `${ladder.CURRICULUM_STYLES}${own}`
          : own;
  }
  return {...sheets};
}

/** A card's own styles, without the plan's. */
function cardStyles(): string {
  return elementStylesheets()['stage-card']!.slice(ladder.CURRICULUM_STYLES.length);
}

/**
 * Server-rendered HTML with every shadow root's `<style>` replaced by a `<link>` to its element's sheet in
 * `folder`, the legacy `shadowroot` attribute (Chrome before 111) dropped, and the runs of spaces that empty
 * bindings leave between attributes closed up. Text and attribute values are left as they are.
 */
function leanShadowRoots(html: string, folder: string): string {
  const byCss = new Map(Object.entries(elementStylesheets()).map(([tag, css]) => [css, tag]));
  // A card without a curriculum carries only its own styles; its sheet holds the plan's too.
  byCss.set(cardStyles(), 'stage-card');
  const base = folder === '' || folder.endsWith('/') ? folder : `${folder}/`;
  return (
    html
      // Lazily: a style sheet holds `<` (lightningcss writes `(width<=30em)`), never `</style>`.
      .replace(/<style>([^]*?)<\/style>/g, (style, css: string) => {
        const tag = byCss.get(css);
        return tag ? `<link rel="stylesheet" href="${escapeAttribute(`${base}${tag}.css`)}">` : style;
      })
      .replaceAll(' shadowroot="open" shadowrootmode="open"', ' shadowrootmode="open"')
      .replace(
        /<([a-z][a-z0-9-]*)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*(\/?)>/g,
        (_tag, name: string, attributes: string, slash: string) => {
          const units = attributes.match(/[a-z-]+(?:="[^"]*")?/g) ?? [];
          return `<${name}${units.map((unit) => ` ${unit}`).join('')}${slash}>`;
        },
      )
  );
}

const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (char) => `&#${char.charCodeAt(0)};`);
