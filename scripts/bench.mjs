#!/usr/bin/env node
/**
 * `npm run bench`: how fast and how small the roadmap embed is, in headless Chromium, against a hand-written
 * vanilla floor and two peers (TimelineJS 3.9.11, a Mermaid 11.17.2 timeline) on the same India content.
 *
 * One browser session; every scenario is a fresh page (HTTP cache off) served by a tiny static server that
 * gzips like a CDN would. Rounds run the scenarios interleaved (the order rotates each round) after one
 * warm-up round; the table shows medians. Prints the table and writes BENCHMARKS.md.
 *
 *   node scripts/bench.mjs [--runs N] [--out FILE] [--no-write]
 *   CHROME_PATH=/path/to/chrome node scripts/bench.mjs
 *
 * The peers are dev dependencies used here only; nothing of theirs reaches dist/ or the package.
 */
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:http';
import {existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {chromiumFlags} from '../web-test-runner.config.js';
import {CONTENT_TYPES} from './content-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const IIFE = 'dist/roadmap-elements.iife.js';
const INDIA = 'data/backend-developer-india-2026.json';
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';
const MERMAID = 'node_modules/mermaid/dist';
const LARGE = {stages: 300, items: 12, seed: 20260501};
/** How long one page may take before the run is abandoned with an error naming the scenario. */
const PAGE_TIMEOUT_MS = 30_000;
/** How long the `src` response is held back in the layout-shift scenario, so the placeholder shows first. */
const CLS_DELAY_MS = 400;
const VIEWPORT = {width: 1280, height: 800};

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------
// Options and preconditions
// ---------------------------------------------------------------------------------------------------------

function options() {
  const args = process.argv.slice(2);
  const result = {runs: 9, out: 'BENCHMARKS.md', write: true};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--runs') {
      result.runs = Number(args[++i]);
      if (!Number.isInteger(result.runs) || result.runs < 1 || result.runs > 50) {
        fail(`--runs must be a whole number from 1 to 50, not ${JSON.stringify(args[i])}`);
      }
    } else if (arg === '--out') {
      result.out = args[++i] ?? fail('--out needs a file name');
    } else if (arg === '--no-write') {
      result.write = false;
    } else if (arg === '--help' || arg === '-h') {
      console.log('usage: node scripts/bench.mjs [--runs N (default 9)] [--out BENCHMARKS.md] [--no-write]');
      process.exit(0);
    } else {
      fail(`unknown argument ${JSON.stringify(arg)} (try --help)`);
    }
  }
  return result;
}

/** The newest modification time of any file under `dir`. */
function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(join(root, dir), {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

/** Builds when the embed is missing or older than the sources, so the figures are for the code in src/. */
function ensureBuild() {
  const file = join(root, IIFE);
  const stale = existsSync(file) && statSync(file).mtimeMs < newest('src');
  if (existsSync(file) && !stale) return;
  console.log(existsSync(file) ? 'bench: src/ changed since the last build; building…' : 'bench: building…');
  const build = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  if (build.status !== 0) fail('`npm run build` failed; fix the build, then run the benchmark again');
}

function requireFile(path, hint) {
  if (!existsSync(join(root, path))) fail(`${path} is missing: ${hint}`);
}

function chromePath() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    fail(`no Chromium at ${path}: install it (Debian: apt-get install -y chromium) or set CHROME_PATH`);
  }
  return path;
}

// ---------------------------------------------------------------------------------------------------------
// Content: the India roadmap, a seeded 300-stage roadmap, and the same India content for each peer
// ---------------------------------------------------------------------------------------------------------

/** A small seeded PRNG (mulberry32): the same seed gives the same roadmap on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'api cache queue schema index query service deploy metrics tracing retry idempotency shard replica ' +
  'contract review design latency throughput budget incident runbook backlog migration rollout feature ' +
  'flag pipeline container cluster storage stream event webhook gateway token session audit'
).split(' ');

/** `stages` stages of `items` items each, with periods, summaries, links and rising salaries. */
function largeRoadmap({stages, items, seed}) {
  const next = random(seed);
  const pick = () => WORDS[Math.floor(next() * WORDS.length)];
  const phrase = (count) => Array.from({length: count}, pick).join(' ');
  const sentence = (count) => {
    const text = phrase(count);
    return text[0].toUpperCase() + text.slice(1);
  };
  const salaryAt = (index) => 400_000 + index * 25_000 + Math.floor(next() * 10) * 10_000;
  return {
    version: 1,
    id: 'benchmark-300-stages',
    title: `A ${stages}-stage benchmark roadmap`,
    role: 'Backend Developer',
    region: 'India',
    tagline: 'Generated deterministically for the benchmark.',
    summary: sentence(40) + '.',
    updated: '2026-05',
    locale: 'en-IN',
    currency: 'INR',
    market: {openRoles: 7840, salary: {min: 400_000, max: salaryAt(stages) + 500_000}, asOf: '2026-05'},
    stages: Array.from({length: stages}, (_, index) => ({
      id: `stage-${index + 1}`,
      title: `${sentence(3)} ${index + 1}`,
      period: {unit: 'month', from: index * 2, to: index * 2 + 2},
      summary: sentence(18) + '.',
      items: Array.from({length: items}, (_, item) =>
        item % 4 === 3 ? {text: sentence(7), href: `https://example.org/learn/${index + 1}/${item + 1}`} : sentence(8),
      ),
      salary: {min: salaryAt(index), max: salaryAt(index) + 300_000},
    })),
    links: [
      {label: 'Browse open roles', href: 'https://example.org/jobs', rel: 'roles'},
      {label: 'Salary guide', href: 'https://example.org/salary', rel: 'salary'},
    ],
  };
}

/** The period words the elements show ("Months 0–2", "Year 4+"), for the peers' copies of the content. */
function periodText(period) {
  if (!period) return '';
  const unit = period.unit === 'year' ? 'Year' : 'Month';
  if (period.to === undefined) return `${unit} ${period.from}+`;
  return `${unit}${period.unit === 'year' ? '' : 's'} ${period.from}–${period.to}`;
}

/** "₹5L – ₹11L", formatted the way the elements format it. */
function moneyRange(range, locale, currency) {
  const format = new Intl.NumberFormat(locale, {style: 'currency', currency, notation: 'compact'});
  return `${format.format(range.min)} – ${format.format(range.max)}`;
}

const escapeHtml = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);

/** The India roadmap as TimelineJS data: a title slide and one event per stage, dated from 2026-01. */
function timelineJsData(roadmap) {
  const itemText = (item) => (typeof item === 'string' ? item : item.text);
  const at = (month) => ({year: 2026 + Math.floor(month / 12), month: (month % 12) + 1});
  return {
    title: {
      text: {
        headline: escapeHtml(roadmap.title),
        text: `<p>${escapeHtml(roadmap.tagline)}</p><p>${escapeHtml(roadmap.summary)}</p><p>${escapeHtml(
          roadmap.notice,
        )}</p><p>Open roles: ${roadmap.market.openRoles} · ${moneyRange(roadmap.market.salary, roadmap.locale, roadmap.currency)}</p>`,
      },
    },
    events: roadmap.stages.map((stage, index) => {
      const from = stage.period.unit === 'year' ? stage.period.from * 12 : stage.period.from;
      const to =
        stage.period.to === undefined
          ? undefined
          : stage.period.unit === 'year'
            ? stage.period.to * 12
            : stage.period.to;
      return {
        start_date: at(from),
        ...(to === undefined ? {} : {end_date: at(to)}),
        text: {
          headline: `Stage ${index + 1}: ${escapeHtml(stage.title)}`,
          text: `<p>${periodText(stage.period)}</p><p>${escapeHtml(stage.summary)}</p><ul>${stage.items
            .map((item) => `<li>${escapeHtml(itemText(item))}</li>`)
            .join('')}</ul><p>${moneyRange(stage.salary, roadmap.locale, roadmap.currency)}</p>`,
        },
      };
    }),
  };
}

/** The India roadmap as a Mermaid timeline: one section per stage, its items as events. */
function mermaidText(roadmap) {
  // ":" separates events and "#…;" is Mermaid's entity syntax, so both are written as entities.
  const entities = {'#': '#35;', ';': '#59;', ':': '#58;'};
  const clean = (text) => String(text).replace(/[#;:]/g, (c) => entities[c]);
  const itemText = (item) => (typeof item === 'string' ? item : item.text);
  const lines = ['timeline', `  title ${clean(roadmap.title)}`];
  roadmap.stages.forEach((stage, index) => {
    lines.push(`  section Stage ${index + 1} · ${clean(periodText(stage.period))}`);
    lines.push(`    ${clean(stage.title)} : ${clean(stage.summary)}`);
    for (const item of stage.items) lines.push(`      : ${clean(itemText(item))}`);
    lines.push(`      : ${clean(moneyRange(stage.salary, roadmap.locale, roadmap.currency))}`);
  });
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------------------
// The vanilla floor: the same content, one innerHTML string into one shadow root, similar CSS
// ---------------------------------------------------------------------------------------------------------

/**
 * Runs in the page (serialised with toString): builds the whole roadmap as one string in `locale` (default: the
 * roadmap's) and puts it into `host`'s shadow root, attaching one first.
 */
function vanillaRender(host, roadmap, css, locale = roadmap.locale) {
  const escape = (text) =>
    String(text).replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'})[c]);
  const {currency} = roadmap;
  const money = new Intl.NumberFormat(locale, {style: 'currency', currency, notation: 'compact'});
  const spoken = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    compactDisplay: 'long',
    currencyDisplay: 'name',
  });
  const count = new Intl.NumberFormat(locale);
  const date = new Intl.DateTimeFormat(locale, {year: 'numeric', month: 'long', timeZone: 'UTC'});
  const month = (text) => date.format(new Date(`${text}-01T00:00:00Z`));
  const scale = {min: roadmap.market.salary.min, max: roadmap.market.salary.max};
  for (const stage of roadmap.stages) {
    scale.min = Math.min(scale.min, stage.salary.min);
    scale.max = Math.max(scale.max, stage.salary.max);
  }
  const band = (range, label) => {
    const span = scale.max - scale.min || 1;
    const start = ((range.min - scale.min) / span) * 100;
    const width = ((range.max - range.min) / span) * 100;
    return `<div class="band">${label ? `<span class="label">${label}</span>` : ''}<span class="value">${money.format(
      range.min,
    )} – ${money.format(range.max)}</span><span class="vh">${spoken.format(range.min)} to ${spoken.format(
      range.max,
    )} per year</span><svg class="bar" aria-hidden="true"><rect class="track" width="100%" height="100%" rx="4"></rect><rect class="fill" x="${start}%" width="${width}%" height="100%" rx="4"></rect></svg></div>`;
  };
  const period = (p) =>
    p.to === undefined
      ? `${p.unit === 'year' ? 'Year' : 'Month'} ${count.format(p.from)}+`
      : `${p.unit === 'year' ? 'Year' : 'Months'} ${count.format(p.from)}–${count.format(p.to)}`;
  let html = `<div class="root" lang="${escape(locale)}"><header><p class="eyebrow">${escape(roadmap.role)} · ${escape(roadmap.region)}</p><h2>${escape(
    roadmap.title,
  )}</h2><p class="tagline">${escape(roadmap.tagline)}</p><p class="summary">${escape(roadmap.summary)}</p>`;
  if (roadmap.notice) html += `<p class="notice">${escape(roadmap.notice)}</p>`;
  html += `<dl class="facts"><div class="fact"><dt>Open roles</dt><dd class="big">${count.format(
    roadmap.market.openRoles,
  )}</dd><dd class="note">as of ${month(roadmap.market.asOf)}</dd></div><div class="fact wide"><dt>Salary band</dt><dd>${band(
    roadmap.market.salary,
    '',
  )}</dd></div><div class="fact"><dt>Last refreshed</dt><dd>${month(roadmap.updated)}</dd></div></dl></header>`;
  html += '<section class="stages-section" aria-label="Stages"><ol class="stages">';
  roadmap.stages.forEach((stage, index) => {
    html += `<li class="stage" id="${escape(stage.id)}"><span class="marker" aria-hidden="true">${count.format(
      index + 1,
    )}</span><div class="card"><div class="head"><p class="meta"><span class="index">Stage ${count.format(
      index + 1,
    )}</span><span>${period(stage.period)}</span></p><h3>${escape(stage.title)}</h3></div><p class="summary">${escape(
      stage.summary,
    )}</p><ul>`;
    for (const item of stage.items) {
      html +=
        typeof item === 'string'
          ? `<li>${escape(item)}</li>`
          : `<li>${item.href ? `<a href="${escape(item.href)}">${escape(item.text)}</a>` : escape(item.text)}</li>`;
    }
    html += `</ul><div class="salary">${band(stage.salary, 'Salary range')}</div></div></li>`;
  });
  html += '</ol></section><section class="links" aria-label="Next steps"><ul>';
  roadmap.links.forEach((link, index) => {
    html += `<li><a class="button${index === 0 ? ' primary' : ''}" href="${escape(link.href)}">${escape(link.label)}</a></li>`;
  });
  html += '</ul></section></div>';
  if (!host.shadowRoot) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    host.attachShadow({mode: 'open'}).adoptedStyleSheets = [sheet];
  }
  host.shadowRoot.innerHTML = html;
}

/** About the same rules as the elements' sheets: theme tokens, the grid of stages, cards, bands. */
const VANILLA_CSS = `
:host{display:block;container-type:inline-size;--bg:#fff;--surface:#f6f7f9;--text:#1c2026;--muted:#4f5866;
--border:#d6dae1;--accent:#2446c7;--accent-text:#fff;--track:#e3e7ee}
:host([theme=dark]){--bg:#11151c;--surface:#1a2029;--text:#e8ebf0;--muted:#a9b2c0;--border:#343d4b;--accent:#8fa8ff}
.root{--m:2.25em;box-sizing:border-box;display:flex;flex-direction:column;gap:1.75em;padding:1.5em;background:var(--bg);
color:var(--text);line-height:1.5;border:1px solid var(--border);border-radius:.75em;overflow-wrap:anywhere}
p,ul,ol,dl,dd{margin:0}h2,h3{margin:0;line-height:1.2}
header{display:flex;flex-direction:column;gap:.75em}
.eyebrow{color:var(--accent);font-size:.875em;font-weight:700;letter-spacing:.04em;text-transform:uppercase}
h2{font-size:clamp(1.5em,1.25em + 1.5cqi,2.25em);font-weight:800;max-width:30em}
.tagline{font-size:1.125em;font-weight:600}.summary{max-width:48em;color:var(--muted)}
.notice{align-self:flex-start;padding:.375em .875em;border-radius:.5em;background:#fff4d6;color:#5b4200;font-weight:600}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(11em,1fr));gap:.75em}
.fact{display:flex;flex-direction:column;gap:.25em;padding:.875em 1em;border-radius:.75em;background:var(--surface)}
.fact.wide{grid-column:span 2}dt{color:var(--muted);font-size:.8125em;font-weight:600}
.big{font-size:1.5em;font-weight:800;font-variant-numeric:tabular-nums}.note{color:var(--muted);font-size:.8125em}
.stages{display:grid;gap:1.25em;padding:0;list-style:none}
.stage{position:relative;display:grid;grid-template-columns:var(--m) minmax(0,1fr);gap:.75em 1em}
.stage:not(:last-child)::before{content:'';position:absolute;top:calc(var(--m) + .875em);bottom:-1.25em;
inset-inline-start:calc(var(--m)/2 - 1px);width:2px;background:var(--border)}
.marker{margin-top:.875em;box-sizing:border-box;display:grid;place-items:center;width:var(--m);height:var(--m);
border-radius:50%;background:var(--accent);color:var(--accent-text);font-weight:800;line-height:1}
.card{container-type:inline-size;box-sizing:border-box;display:flex;flex-direction:column;gap:.75em;
padding:1.125em 1.25em;border:1px solid var(--border);border-radius:.75em;background:var(--bg)}
.meta{display:flex;flex-wrap:wrap;gap:.25em .75em;color:var(--muted);font-size:.8125em;font-weight:600;
letter-spacing:.04em;text-transform:uppercase}.index{color:var(--accent)}
h3{font-size:1.1875em;font-weight:700}
.card ul{padding:0;list-style:none;display:grid;gap:.5em}.card li{position:relative;padding-inline-start:1.25em}
.card li::before{content:'';position:absolute;inset-inline-start:.25em;top:.6em;width:.4em;height:.4em;
border-radius:50%;background:var(--accent)}
a{color:var(--accent);text-decoration-thickness:1px;text-underline-offset:.15em}
.salary{padding-top:.75em;border-top:1px solid var(--border)}
.band{display:grid;grid-template-columns:1fr auto;gap:.25em .75em;align-items:baseline}
.label{color:var(--muted);font-size:.8125em}.value{font-weight:700;font-variant-numeric:tabular-nums}
.bar{grid-column:1/-1;width:100%;height:.5em}.track{fill:var(--track)}.fill{fill:var(--accent)}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.links{padding:1.25em;border-radius:.75em;background:var(--surface)}.links ul{display:flex;flex-wrap:wrap;gap:.75em;padding:0;list-style:none}
.button{display:inline-flex;align-items:center;min-height:2.75em;padding:.5em 1.125em;border:2px solid var(--accent);
border-radius:.5em;font-weight:700;text-decoration:none}.button.primary{background:var(--accent);color:var(--accent-text)}
`;

// ---------------------------------------------------------------------------------------------------------
// Pages. Each sets window.__result (or window.__error); times are performance.now() values, so a time taken
// at "rendered" is the time from navigation start.
// ---------------------------------------------------------------------------------------------------------

/** The vanilla floor's 300-stage page with `css`: its first render, a locale change and a `lang` change. */
function vanillaLargePage(css) {
  return page(
    `<script>window.vanillaRender = ${vanillaRender.toString()}; window.VANILLA_CSS = ${JSON.stringify(css)};</script>`,
    `<script type="module">
        try {
          const roadmap = await (await fetch('/bench/large.json')).json();
          await __frames();
          const heapBefore = __heap();
          const start = performance.now();
          const host = document.createElement('div');
          vanillaRender(host, roadmap, VANILLA_CSS);
          document.body.append(host);
          __layout();
          const render = performance.now() - start;
          const heapAfter = __heap();
          if (host.shadowRoot.querySelectorAll('.card').length !== ${LARGE.stages}) throw new Error('not every stage rendered');
          // A locale change, the vanilla way: the whole string again.
          await __frames();
          let start2 = performance.now();
          vanillaRender(host, roadmap, VANILLA_CSS, 'en-US');
          __layout();
          const locale = performance.now() - start2;
          await __frames();
          start2 = performance.now();
          host.shadowRoot.querySelector('.root').lang = 'en-GB';
          __layout();
          const lang = performance.now() - start2;
          window.__result = {render, locale, lang, heapAfter, heapGrowth: heapAfter - heapBefore};
        } catch (error) { __fail(error); }
      </script>`,
  );
}

/** In-page helpers shared by every scenario. */
const PAGE_HELPERS = `
window.__fail = (error) => { window.__error = String(error && error.stack || error); };
addEventListener('error', (event) => __fail(event.error || event.message));
addEventListener('unhandledrejection', (event) => __fail(event.reason));
/** Style and layout of the whole document (shadow trees included), synchronously. */
window.__layout = () => document.documentElement.getBoundingClientRect().height + document.body.offsetHeight;
window.__frames = (n = 2) => new Promise((resolve) => {
  const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
  requestAnimationFrame(step);
});
window.__heap = () => { gc(); gc(); return performance.memory.usedJSHeapSize; };
/** Every subresource's compressed body size, after late requests (fonts, chunks) have had time to finish. */
window.__bytes = async () => {
  await new Promise((resolve) => setTimeout(resolve, 500));
  const entries = performance.getEntriesByType('resource');
  return {
    bytes: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
    requests: entries.length,
    foreign: entries.filter((entry) => !entry.name.startsWith(location.origin)).map((entry) => entry.name),
  };
};
/** Resolves with the next roadmap-load anywhere in the document. */
window.__loaded = new Promise((resolve) => document.addEventListener('roadmap-load', resolve, {once: true}));
`;

const page = (head, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
  `<title>bench</title><script>${PAGE_HELPERS}</script>${head}</head><body>${body}</body></html>`;

/** `</script>`-safe JSON for an inline script. */
const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

function pages(india) {
  const indiaJson = inlineJson(india);
  return {
    /** Script evaluation → India rendered: the embed's text is fetched first, then evaluated under the clock. */
    'ours-eval.html': page(
      '',
      `<roadmap-timeline><script type="application/json">${indiaJson}</script></roadmap-timeline>
      <script type="module">
        try {
          const code = await (await fetch('/${IIFE}')).text();
          const script = document.createElement('script');
          script.textContent = code;
          const start = performance.now();
          document.head.append(script);
          await __loaded;
          __layout();
          window.__result = {evalToRendered: performance.now() - start};
        } catch (error) { __fail(error); }
      </script>`,
    ),
    /** 300 stages through <roadmap-timeline>, then a locale change and a theme change on it. */
    'ours-large.html': page(
      `<script src="/${IIFE}"></script>`,
      `<script type="module">
        try {
          const roadmap = await (await fetch('/bench/large.json')).json();
          await __frames();
          const heapBefore = __heap();
          let start = performance.now();
          const el = document.createElement('roadmap-timeline');
          el.roadmap = roadmap;
          document.body.append(el);
          await __loaded;
          __layout();
          const render = performance.now() - start;
          const heapAfter = __heap();
          if (el.shadowRoot.querySelectorAll('stage-card').length !== ${LARGE.stages}) throw new Error('not every stage rendered');
          await __frames();
          start = performance.now();
          el.locale = 'en-US';
          await el.updateComplete;
          __layout();
          const locale = performance.now() - start;
          const card = el.shadowRoot.querySelector('stage-card');
          if (!/\\dK/.test(card.shadowRoot.querySelector('salary-band').shadowRoot.textContent)) throw new Error('locale change not shown');
          await __frames();
          start = performance.now();
          el.theme = 'dark';
          await el.updateComplete;
          __layout();
          const theme = performance.now() - start;
          if (card.getAttribute('theme') !== 'dark') throw new Error('theme change not shown');
          // What the browser alone spends re-laying out every text for a new lang attribute.
          await __frames();
          start = performance.now();
          el.shadowRoot.querySelector('[part~="base"]').lang = 'en-GB';
          __layout();
          const lang = performance.now() - start;
          window.__result = {render, locale, theme, lang, heapAfter, heapGrowth: heapAfter - heapBefore};
        } catch (error) { __fail(error); }
      </script>`,
    ),
    /** The floor: the same 300 stages as one innerHTML string in one shadow root. */
    'vanilla-large.html': vanillaLargePage(VANILLA_CSS),
    /** Peers, navigation start → rendered, on the same India content. */
    'ours-india.html': page(
      '',
      `<script src="/${IIFE}"></script>
      <roadmap-timeline><script type="application/json">${indiaJson}</script></roadmap-timeline>
      <script type="module">
        try {
          await __loaded;
          __layout();
          const rendered = performance.now();
          const cards = document.querySelector('roadmap-timeline').shadowRoot.querySelectorAll('stage-card');
          if (!/Senior trajectory/.test(cards[4]?.shadowRoot.textContent)) throw new Error('no last stage drawn');
          window.__result = {rendered, ...(await __bytes())};
        } catch (error) { __fail(error); }
      </script>`,
    ),
    /**
     * The floor on the same page: the vanilla renderer draws the India roadmap from an inline script, with no
     * library to fetch or evaluate. What any implementation that formats through Intl and lays the page out pays.
     */
    'vanilla-india.html': page(
      `<script>window.vanillaRender = ${vanillaRender.toString()}; window.VANILLA_CSS = ${JSON.stringify(VANILLA_CSS)};</script>`,
      `<div id="roadmap"></div>
      <script>vanillaRender(document.getElementById('roadmap'), ${indiaJson}, VANILLA_CSS);</script>
      <script type="module">
        try {
          __layout();
          const rendered = performance.now();
          if (!/Senior trajectory/.test(document.getElementById('roadmap').shadowRoot.textContent)) throw new Error('no last stage drawn');
          window.__result = {rendered};
        } catch (error) { __fail(error); }
      </script>`,
    ),
    'timelinejs-india.html': page(
      `<link rel="stylesheet" href="/${TIMELINEJS}/css/timeline.css"><script src="/${TIMELINEJS}/js/timeline.js"></script>`,
      `<div id="timeline" style="width: 100%; height: 650px"></div>
      <script>
        try {
          const done = async () => {
            try {
              __layout();
              if (!/Senior trajectory/.test(document.querySelector('#timeline').textContent)) throw new Error('TimelineJS drew no last stage');
              const rendered = performance.now();
              window.__result = {rendered, ...(await __bytes())};
            } catch (error) { __fail(error); }
          };
          const timeline = new TL.Timeline('timeline', ${inlineJson(timelineJsData(india))});
          if (timeline.ready) done();
          else timeline.on('ready', done);
        } catch (error) { __fail(error); }
      </script>`,
    ),
    'mermaid-india.html': page(
      '',
      `<pre class="mermaid">${escapeHtml(mermaidText(india))}</pre>
      <script type="module">
        try {
          const {default: mermaid} = await import('/${MERMAID}/mermaid.esm.min.mjs');
          mermaid.initialize({startOnLoad: false});
          await mermaid.run({querySelector: '.mermaid'});
          __layout();
          if (!/Senior\\s*trajectory/.test(document.querySelector('.mermaid svg')?.textContent)) throw new Error('Mermaid drew no last stage');
          const rendered = performance.now();
          window.__result = {rendered, ...(await __bytes())};
        } catch (error) { __fail(error); }
      </script>`,
    ),
    /** Layout shift while a src roadmap loads, with text above and below it. */
    'ours-cls.html': page(
      `<script>
        window.__shifts = [];
        new PerformanceObserver((list) => __shifts.push(...list.getEntries())).observe({type: 'layout-shift', buffered: true});
      </script><script src="/${IIFE}"></script>`,
      `<h1>An article with a roadmap</h1>
      <p>A paragraph above the roadmap, as in a blog post.</p>
      <roadmap-timeline src="/bench/delay?ms=${CLS_DELAY_MS}&file=/${INDIA}"></roadmap-timeline>
      ${'<p>Text below the roadmap, which must not move while the roadmap loads.</p>'.repeat(8)}
      <script type="module">
        try {
          await __loaded;
          await __frames(3);
          await new Promise((resolve) => setTimeout(resolve, 200));
          const shifts = __shifts.filter((entry) => !entry.hadRecentInput);
          window.__result = {cls: shifts.reduce((sum, entry) => sum + entry.value, 0), shiftEntries: shifts.length};
        } catch (error) { __fail(error); }
      </script>`,
    ),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Server: files from the project, the generated pages, and a delayed response; gzip like a CDN
// ---------------------------------------------------------------------------------------------------------

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.ttf', '.eot']);
/** Only these trees are served from disk. */
const SERVED = ['dist/', 'data/', `${TIMELINEJS}/`, `${MERMAID}/`];

function startServer(generated) {
  const gzipped = new Map();
  const body = (key, buffer, ext) => {
    if (!COMPRESSIBLE.has(ext)) return buffer;
    let zipped = gzipped.get(key);
    if (!zipped) gzipped.set(key, (zipped = gzipSync(buffer, {level: 9})));
    return zipped;
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status, buffer, ext) => {
      const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      const payload = gzip ? body(url.pathname, buffer, ext) : buffer;
      response.writeHead(status, {
        'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
        'content-length': payload.length,
        'cache-control': 'no-store',
        ...(gzip ? {'content-encoding': 'gzip'} : {}),
      });
      response.end(payload);
    };
    const path = decodeURIComponent(url.pathname).replace(/^\/+/, '');
    if (path.startsWith('bench/') && generated.has(path.slice('bench/'.length))) {
      const name = path.slice('bench/'.length);
      return send(200, generated.get(name), extname(name));
    }
    if (path === 'bench/delay') {
      const file = (url.searchParams.get('file') ?? '').replace(/^\/+/, '');
      const ms = Number(url.searchParams.get('ms') ?? 0);
      setTimeout(() => serveFile(file, send), ms);
      return;
    }
    serveFile(path, send);
  });
  const serveFile = (path, send) => {
    const clean = normalize(path);
    if (clean.startsWith('..') || !SERVED.some((prefix) => clean.split(sep).join('/').startsWith(prefix))) {
      return send(404, Buffer.from('not served'), '.txt');
    }
    const file = join(root, clean);
    if (!existsSync(file) || !statSync(file).isFile()) return send(404, Buffer.from('not found'), '.txt');
    send(200, readFileSync(file), extname(file));
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------------------

const SCENARIOS = [
  'ours-eval.html',
  'ours-large.html',
  'vanilla-large.html',
  'ours-india.html',
  'vanilla-india.html',
  'timelinejs-india.html',
  'mermaid-india.html',
  'ours-cls.html',
];

async function runPage(browser, origin, name) {
  const tab = await browser.newPage();
  const errors = [];
  tab.on('pageerror', (error) => errors.push(error.message));
  try {
    await tab.setViewport(VIEWPORT);
    await tab.setCacheEnabled(false);
    await tab.goto(`${origin}/bench/${name}`, {waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS});
    await tab.waitForFunction(() => window.__result || window.__error, {timeout: PAGE_TIMEOUT_MS, polling: 50});
    const {result, error} = await tab.evaluate(() => ({result: window.__result, error: window.__error}));
    if (error) throw new Error(error);
    return result;
  } catch (error) {
    const detail = errors.length ? `\n  page errors: ${errors.join('\n  ')}` : '';
    throw new Error(`scenario ${name} failed: ${error.message}${detail}`);
  } finally {
    await tab.close().catch(() => {});
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function measure(origin, runs, chrome) {
  const {default: puppeteer} = await import('puppeteer-core');
  const profile = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
  const browser = await puppeteer.launch({
    executablePath: chrome,
    headless: true,
    userDataDir: profile,
    protocolTimeout: PAGE_TIMEOUT_MS * 2,
    args: [...chromiumFlags, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const samples = Object.fromEntries(SCENARIOS.map((name) => [name, []]));
  try {
    const version = await browser.version();
    const load = [loadavg()[0]];
    for (let round = 0; round <= runs; round++) {
      const order = SCENARIOS.map((_, i) => SCENARIOS[(i + round) % SCENARIOS.length]);
      for (const name of order) {
        // One retry: on a loaded machine a page can miss its timeout once; twice is a real failure.
        const result = await runPage(browser, origin, name).catch((error) => {
          console.warn(`bench: ${error.message.split('\n')[0]}; retrying once`);
          return runPage(browser, origin, name);
        });
        if (round > 0) samples[name].push(result); // round 0 warms up the browser and the server
      }
      process.stdout.write(round === 0 ? 'bench: warm-up done\n' : `bench: round ${round}/${runs}\n`);
    }
    load.push(loadavg()[0]);
    return {samples, version, load};
  } finally {
    await browser.close().catch(() => {});
    rmSync(profile, {recursive: true, force: true});
  }
}

/** The median of `key` over a scenario's samples. */
const med = (samples, name, key) => median(samples[name].map((sample) => sample[key]));

// ---------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------

const ms = (value) => `${value.toFixed(1)} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const times = (ratio) => `${ratio.toFixed(2)}×`;
const verdict = (ok) => (ok ? 'met' : 'not met');

function report({samples, version, load}, runs) {
  const embedGzip = gzipSync(readFileSync(join(root, IIFE)), {level: 9}).length;
  const large = {
    ours: med(samples, 'ours-large.html', 'render'),
    vanilla: med(samples, 'vanilla-large.html', 'render'),
    locale: med(samples, 'ours-large.html', 'locale'),
    localeVanilla: med(samples, 'vanilla-large.html', 'locale'),
    lang: med(samples, 'ours-large.html', 'lang'),
    langVanilla: med(samples, 'vanilla-large.html', 'lang'),
    theme: med(samples, 'ours-large.html', 'theme'),
    heapOurs: med(samples, 'ours-large.html', 'heapAfter'),
    heapVanilla: med(samples, 'vanilla-large.html', 'heapAfter'),
    growthOurs: med(samples, 'ours-large.html', 'heapGrowth'),
    growthVanilla: med(samples, 'vanilla-large.html', 'heapGrowth'),
  };
  const peers = ['ours-india.html', 'timelinejs-india.html', 'mermaid-india.html'].map((name) => ({
    name,
    rendered: med(samples, name, 'rendered'),
    bytes: med(samples, name, 'bytes'),
    requests: med(samples, name, 'requests'),
    foreign: samples[name].flatMap((sample) => sample.foreign),
  }));
  const [ours, timelinejs, mermaid] = peers;
  const vanillaIndia = med(samples, 'vanilla-india.html', 'rendered');
  const cls = Math.max(...samples['ours-cls.html'].map((sample) => sample.cls));
  const evalToRendered = med(samples, 'ours-eval.html', 'evalToRendered');

  const targets = [
    [
      'Embed size (`dist/roadmap-elements.iife.js`, gzip -9)',
      kb(embedGzip),
      '≤ 16 KB (goal 13 KB)',
      embedGzip <= 16384,
    ],
    [
      `${LARGE.stages}-stage render vs the vanilla floor`,
      times(large.ours / large.vanilla),
      '≤ 1.5×',
      large.ours / large.vanilla <= 1.5,
    ],
    ['Locale change vs first render', times(large.locale / large.ours), '≤ 0.3×', large.locale / large.ours <= 0.3],
    ['Theme change vs first render', times(large.theme / large.ours), '≤ 0.3×', large.theme / large.ours <= 0.3],
    ['Layout shift while a `src` roadmap loads (worst run)', cls.toFixed(4), '0', cls === 0],
    [
      'Navigation start → India rendered vs TimelineJS',
      times(ours.rendered / timelinejs.rendered),
      '≤ 0.5×',
      ours.rendered / timelinejs.rendered <= 0.5,
    ],
    [
      'Navigation start → India rendered vs Mermaid',
      times(ours.rendered / mermaid.rendered),
      '≤ 0.25×',
      ours.rendered / mermaid.rendered <= 0.25,
    ],
    [
      'Embed vs TimelineJS bytes fetched',
      times(ours.bytes / timelinejs.bytes),
      '≤ 0.2× (five times smaller)',
      ours.bytes / timelinejs.bytes <= 0.2,
    ],
  ];

  const foreign = [...new Set(peers.flatMap((peer) => peer.foreign))];
  const label = {
    'ours-india.html': 'roadmap-elements',
    'timelinejs-india.html': 'TimelineJS 3.9.11',
    'mermaid-india.html': 'Mermaid 11.17.2 (ESM)',
  };
  const model = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.+)$/m) ?? [])[1] ?? 'unknown';
  const lines = [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` (scripts/bench.mjs) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    `Machine: ${cpus().length} CPUs (\`nproc\`: ${spawnSync('nproc').stdout?.toString().trim() || '?'}), ${model}; ` +
      `${version} headless; Node ${process.version}. Viewport ${VIEWPORT.width}×${VIEWPORT.height}, no CPU or network ` +
      `throttling, HTTP cache off, responses gzipped (level 9) by a local server. Load average (1 min) ` +
      `${load.map((value) => value.toFixed(1)).join(' at the start, ')} at the end: on a shared machine the ` +
      'absolute times move with it; the ratios, from interleaved runs, move less.',
    '',
    `Medians of ${runs} interleaved rounds (after one warm-up round) in one browser session; each scenario is a ` +
      'fresh page. "Rendered" means every card and band has updated (`roadmap-load`) and a synchronous layout of ' +
      'the whole document has run; the peers are timed to the same point (TimelineJS `ready`, Mermaid `run()` ' +
      'resolved), each followed by the same forced layout.',
    '',
    '## Targets',
    '',
    '| Target | Measured | Goal | Status |',
    '| --- | --- | --- | --- |',
    ...targets.map(([name, value, goal, ok]) => `| ${name} | ${value} | ${goal} | ${verdict(ok)} |`),
    '',
    '## The India roadmap',
    '',
    '| Measure | Median |',
    '| --- | --- |',
    `| Script evaluation → rendered (embed already downloaded) | ${ms(evalToRendered)} |`,
    `| Layout shift while \`src\` loads (${CLS_DELAY_MS} ms response, text below): worst run | ${cls.toFixed(4)} |`,
    '',
    `## ${LARGE.stages} stages × ${LARGE.items} items (seeded, generated in the script)`,
    '',
    '| Measure | roadmap-elements | Vanilla floor | Ratio |',
    '| --- | --- | --- | --- |',
    `| First render (input object → laid out) | ${ms(large.ours)} | ${ms(large.vanilla)} | ${times(large.ours / large.vanilla)} |`,
    `| \`locale\` en-IN → en-US (vanilla: the whole string again) | ${ms(large.locale)} | ${ms(large.localeVanilla)} | ${times(large.locale / large.ours)} of first render; ${times(large.locale / large.localeVanilla)} of the vanilla rebuild |`,
    `| only the \`lang\` attribute changed (the browser's text relayout) | ${ms(large.lang)} | ${ms(large.langVanilla)} | ${times(large.lang / large.ours)} of first render |`,
    `| \`theme\` → dark | ${ms(large.theme)} | | ${times(large.theme / large.ours)} of first render |`,
    `| JS heap after render (after GC) | ${mb(large.heapOurs)} | ${mb(large.heapVanilla)} | ${times(large.heapOurs / large.heapVanilla)} |`,
    `| JS heap grown by the render | ${mb(large.growthOurs)} | ${mb(large.growthVanilla)} | ${times(large.growthOurs / large.growthVanilla)} |`,
    '',
    'A locale change must change the `lang` of the content, and Chromium then lays out every text again. The ' +
      '"only the `lang` attribute" row measures that relayout alone, on the same DOM, for both: a floor for any ' +
      "implementation that keeps `lang` right. The elements' own work on a locale change (every card and band " +
      'formatting its text again) is about 20–25 ms of CPU; the relayout is the rest.',
    '',
    'The vanilla floor builds the same content (header facts, 300 numbered stages with periods, items, links and ' +
      'salary bars formatted through `Intl`) as one `innerHTML` string in one shadow root with one constructed ' +
      'stylesheet of similar rules. It validates nothing; roadmap-elements parses and validates the roadmap inside ' +
      'its time.',
    '',
    '## Peers on the same India content',
    '',
    '| | Navigation start → rendered | Bytes fetched (gzip) | Requests |',
    '| --- | --- | --- | --- |',
    ...peers.map((peer) => `| ${label[peer.name]} | ${ms(peer.rendered)} | ${kb(peer.bytes)} | ${peer.requests} |`),
    `| Vanilla floor (inline script, no library) | ${ms(vanillaIndia)} | 0 KB | 0 |`,
    '',
    `The vanilla floor is the hand-written renderer above drawing the same India content from an inline script: no ` +
      `file to fetch, parse or evaluate, no validation, no components. It formats through \`Intl\` (a page's first ` +
      `formatter costs about 20 ms: V8 gathers ICU's locales once per process) and lays out the same kind of page ` +
      `(the first layout of a page also loads its fonts). It reaches ${times(vanillaIndia / timelinejs.rendered)} of ` +
      `TimelineJS's time and ${times(vanillaIndia / mermaid.rendered)} of Mermaid's: what is left above it is ` +
      `roadmap-elements' own ${ms(ours.rendered - vanillaIndia)}.`,
    '',
    `Bytes fetched are the compressed bodies of every subresource (\`PerformanceResourceTiming.encodedBodySize\`), ` +
      `the page itself excluded; each page carries its content inline. roadmap-elements' figure is its one file, ` +
      `${kb(embedGzip)} with \`gzip -9\`. Mermaid is loaded through its ES module build (\`mermaid.esm.min.mjs\` ` +
      `and the chunks it imports), as a page would.` +
      (foreign.length ? ` Requests to other origins (not served here): ${foreign.join(', ')}.` : ''),
    '',
  ];
  return {markdown: lines.join('\n'), targets};
}

// ---------------------------------------------------------------------------------------------------------

async function main() {
  const {runs, out, write} = options();
  ensureBuild();
  requireFile(IIFE, 'the build did not produce it');
  requireFile(INDIA, 'the India roadmap ships in data/');
  requireFile(`${TIMELINEJS}/js/timeline.js`, 'run `npm ci` (TimelineJS is a dev dependency of the benchmark)');
  requireFile(`${MERMAID}/mermaid.esm.min.mjs`, 'run `npm ci` (Mermaid is a dev dependency of the benchmark)');
  const chrome = chromePath();
  const india = JSON.parse(readFileSync(join(root, INDIA), 'utf8'));
  const generated = new Map(Object.entries(pages(india)).map(([name, html]) => [name, Buffer.from(html)]));
  generated.set('large.json', Buffer.from(JSON.stringify(largeRoadmap(LARGE))));
  const server = await startServer(generated);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const started = Date.now();
  try {
    const measured = await measure(origin, runs, chrome);
    const {markdown} = report(measured, runs);
    console.log(`\n${markdown}`);
    if (write) {
      // Formatted as `npm run lint` expects, so a fresh BENCHMARKS.md passes `prettier --check`.
      const prettier = await import('prettier');
      const file = join(root, out);
      const config = (await prettier.resolveConfig(file)) ?? {};
      writeFileSync(file, await prettier.format(markdown, {...config, filepath: file}));
      console.log(`bench: wrote ${out} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    server.closeAllConnections?.();
    server.close();
  }
}

main().catch((error) => fail(error.stack ?? String(error)));
