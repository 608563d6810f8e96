#!/usr/bin/env node
/**
 * `npm run bench`: render timings with tachometer, then what tachometer cannot measure, and BENCHMARKS.md.
 *
 * 1. Each bench/*.tachometer.json (the pages beside them) through tachometer in Debian's Chromium, driven by
 *    Debian's chromedriver: means with 95% confidence intervals, sampling until the interval of each difference
 *    clears the file's target or its time is up.
 * 2. In headless Chromium through puppeteer-core, on a local server that gzips like a CDN: navigation start →
 *    the India roadmap rendered for roadmap-elements, TimelineJS 3.9.11, a Mermaid 11.17.2 timeline and the vanilla
 *    floor, with the bytes each fetched, and the layout shift while a `src` roadmap loads.
 *
 *   node scripts/bench.mjs [--samples N] [--minutes M] [--rounds R] [--no-write]
 *
 * --samples and --minutes replace every tachometer file's sampleSize and timeout for this run (--minutes 0: no
 * auto-sampling); --rounds (default 15) is the number of page loads per peer. CHROME_PATH names another Chromium for step 2.
 */
import {spawnSync} from 'node:child_process';
import {createServer} from 'node:http';
import {existsSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import {gzipSync} from 'node:zlib';
import {random} from '../bench/large-roadmap.js';
import {vanillaRender} from '../bench/vanilla.js';
import {chromiumFlags} from '../web-test-runner.config.js';
import {CONTENT_TYPES} from './content-types.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const IIFE = 'dist/roadmap-elements.iife.js';
const INDIA = 'data/backend-developer-india-2026.json';
const TIMELINEJS = 'node_modules/@knight-lab/timelinejs/dist';
const MERMAID = 'node_modules/mermaid/dist';
const CLS_DELAY_MS = 400;

const args = process.argv.slice(2);
const option = (name, fallback, least = 1) => {
  const at = args.indexOf(name);
  if (at < 0) return fallback;
  const value = Number(args[at + 1]);
  if (!(value >= least)) fail(`${name} needs a number ≥ ${least}, not ${JSON.stringify(args[at + 1])}`);
  return value;
};
const samples = option('--samples', undefined, 2);
const minutes = option('--minutes', undefined, 0);
const rounds = option('--rounds', 15, 2);

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------
// Statistics: a t-based interval for a mean, a bootstrap interval for a ratio of two means
// ---------------------------------------------------------------------------------------------------------

/** Two-sided 95% quantiles of Student's t by degrees of freedom (1–30); past 30, the normal 1.96 is close. */
const T95 = [
  12.71, 4.3, 3.18, 2.78, 2.57, 2.45, 2.36, 2.31, 2.26, 2.23, 2.2, 2.18, 2.16, 2.14, 2.13, 2.12, 2.11, 2.1, 2.09, 2.09,
  2.08, 2.07, 2.07, 2.06, 2.06, 2.06, 2.05, 2.05, 2.05, 2.04,
];
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;

function meanInterval(values) {
  const m = mean(values);
  const variance = values.reduce((sum, value) => sum + (value - m) ** 2, 0) / (values.length - 1);
  const half = (T95[values.length - 2] ?? 1.96) * Math.sqrt(variance / values.length);
  return {low: m - half, high: m + half};
}

/** The 95% percentile bootstrap interval of mean(a) / mean(b), seeded so a run's report is reproducible. */
function ratioInterval(a, b, draws = 4000) {
  const next = random(20260501);
  const resample = (values) => mean(values.map(() => values[Math.floor(next() * values.length)]));
  const ratios = Array.from({length: draws}, () => resample(a) / resample(b)).sort((x, y) => x - y);
  return {low: ratios[Math.floor(draws * 0.025)], high: ratios[Math.ceil(draws * 0.975) - 1]};
}

const ms = ({low, high}) => `${((low + high) / 2).toFixed(1)} ms ± ${((high - low) / 2).toFixed(1)}`;
const ratio = ({low, high}) => `${low.toFixed(2)}–${high.toFixed(2)}×`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
/** "met" when the whole interval is within the goal, "not met" when it is all outside, else "undecided". */
const verdict = ({low, high}, goal) => (high <= goal ? 'met' : low > goal ? 'not met' : 'undecided');

// ---------------------------------------------------------------------------------------------------------
// 1. tachometer
// ---------------------------------------------------------------------------------------------------------

function tachometer(name) {
  let config = join(root, 'bench', `${name}.tachometer.json`);
  const out = join(tmpdir(), `roadmap-bench-${name}-${process.pid}.json`);
  let derived;
  if (samples !== undefined || minutes !== undefined) {
    // Beside the original, so that its root and page URLs still resolve.
    const json = JSON.parse(readFileSync(config, 'utf8'));
    derived = config = join(root, 'bench', `.${name}-${process.pid}.tachometer.json`);
    writeFileSync(
      config,
      JSON.stringify({...json, sampleSize: samples ?? json.sampleSize, timeout: minutes ?? json.timeout}),
    );
  }
  console.log(`bench: tachometer, bench/${name}.tachometer.json`);
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tachometer/bin/tach.js'), '--config', config, '--json-file', out],
    {
      stdio: 'inherit',
      // Selenium Manager finds /usr/bin/chromedriver on PATH; offline, it looks for nothing to download.
      env: {...process.env, SE_OFFLINE: 'true'},
    },
  );
  if (derived) rmSync(derived, {force: true});
  if (run.status !== 0) fail(`tachometer failed on bench/${name}.tachometer.json`);
  const {benchmarks} = JSON.parse(readFileSync(out, 'utf8'));
  console.log(`bench: tachometer's results are in ${out}`);
  /** The row of `benchmark`'s `measure`, and the ratio of its mean to another row's, from tachometer's interval. */
  const find = (benchmark, measure) => {
    // A page with several measures names each row `name [measure]`.
    const index = benchmarks.findIndex(
      (row) => row.name.replace(/ \[.*\]$/, '') === benchmark && row.measurement.entryName === measure,
    );
    if (index < 0) fail(`bench/${name}.tachometer.json gave no ${benchmark} ${measure}`);
    return index;
  };
  return {
    mean: (benchmark, measure) => benchmarks[find(benchmark, measure)].mean,
    samples: (benchmark, measure) => benchmarks[find(benchmark, measure)].samples.length,
    ratio: (a, b) => {
      const {percentChange} = benchmarks[find(...a)].differences[find(...b)];
      return {low: 1 + percentChange.low / 100, high: 1 + percentChange.high / 100};
    },
  };
}

// ---------------------------------------------------------------------------------------------------------
// 2. Peers and layout shift, through puppeteer-core
// ---------------------------------------------------------------------------------------------------------

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

const inlineJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');
const page = (body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>${body}</body></html>`;
/** Runs in the page once it shows its roadmap: lays it out, then the time since navigation start and the bytes. */
const done = `async () => {
  document.documentElement.getBoundingClientRect();
  const rendered = performance.now();
  await new Promise((resolve) => setTimeout(resolve, 500));
  const entries = performance.getEntriesByType('resource');
  window.__result = {rendered, bytes: entries.reduce((sum, entry) => sum + entry.encodedBodySize, 0), requests: entries.length};
}`;

function pages(india) {
  return {
    'ours.html': page(`<script>document.addEventListener('roadmap-load', () => (${done})(), {once: true});</script>
      <script src="/${IIFE}"></script>
      <roadmap-timeline><script type="application/json">${inlineJson(india)}</script></roadmap-timeline>`),
    'vanilla.html':
      page(`<div id="roadmap"></div><script>${vanillaRender.toString().replace('css = VANILLA_CSS', 'css')}
      vanillaRender(document.getElementById('roadmap'), ${inlineJson(india)}, ${JSON.stringify(readFileSync(join(root, 'bench/vanilla.js'), 'utf8').match(/VANILLA_CSS = `([^`]*)`/)[1])});
      (${done})();</script>`),
    'timelinejs.html':
      page(`<link rel="stylesheet" href="/${TIMELINEJS}/css/timeline.css"><script src="/${TIMELINEJS}/js/timeline.js"></script>
      <div id="timeline" style="width: 100%; height: 650px"></div>
      <script>const timeline = new TL.Timeline('timeline', ${inlineJson(timelineJsData(india))});
      const finish = () => (${done})();
      timeline.ready ? finish() : timeline.on('ready', finish);</script>`),
    'mermaid.html': page(`<pre class="mermaid">${escapeHtml(mermaidText(india))}</pre><script type="module">
      const {default: mermaid} = await import('/${MERMAID}/mermaid.esm.min.mjs');
      mermaid.initialize({startOnLoad: false});
      await mermaid.run({querySelector: '.mermaid'});
      (${done})();</script>`),
    'cls.html':
      page(`<script>window.__shifts = 0; new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) __shifts += entry.value; }).observe({type: 'layout-shift', buffered: true});</script>
      <script src="/${IIFE}"></script><h1>An article with a roadmap</h1><p>A paragraph above the roadmap.</p>
      <roadmap-timeline src="/delay?ms=${CLS_DELAY_MS}&file=${INDIA}"></roadmap-timeline>
      ${'<p>Text below the roadmap, which must not move while it loads.</p>'.repeat(8)}
      <script>document.addEventListener('roadmap-load', () => requestAnimationFrame(() => setTimeout(() => (window.__result = {cls: __shifts}), 300)));</script>`),
  };
}

/** Serves the generated pages, dist/, data/ and the peers' files, gzipped, with a delayed route for `src`. */
function serve(generated) {
  const send = (request, response, body, ext) => {
    const gzip =
      /^\.(html|js|mjs|css|json|svg|ttf|eot)$/.test(ext) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    const payload = gzip ? gzipSync(body, {level: 9}) : body;
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(gzip ? {'content-encoding': 'gzip'} : {}),
    });
    response.end(payload);
  };
  const file = (request, response, path) => {
    const clean = normalize(path).replace(/^\/+/, '');
    const allowed = ['dist/', 'data/', `${TIMELINEJS}/`, `${MERMAID}/`].some((prefix) => clean.startsWith(prefix));
    if (!allowed || !existsSync(join(root, clean))) return response.writeHead(404).end();
    send(request, response, readFileSync(join(root, clean)), extname(clean));
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    const name = url.pathname.slice(1);
    if (generated[name]) return send(request, response, Buffer.from(generated[name]), '.html');
    if (name === 'delay')
      return setTimeout(
        () => file(request, response, url.searchParams.get('file')),
        Number(url.searchParams.get('ms')),
      );
    file(request, response, decodeURIComponent(url.pathname));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function peers() {
  const india = JSON.parse(readFileSync(join(root, INDIA), 'utf8'));
  const generated = pages(india);
  const server = await serve(generated);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const {default: puppeteer} = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: chromiumFlags,
  });
  const results = Object.fromEntries(Object.keys(generated).map((name) => [name, []]));
  try {
    // One warm-up round, then interleaved rounds, each page fresh with the HTTP cache off.
    for (let round = 0; round <= rounds; round++) {
      for (const name of Object.keys(generated)) {
        const tab = await browser.newPage();
        const errors = [];
        tab.on('pageerror', (error) => errors.push(error.message));
        await tab.setViewport({width: 1280, height: 800});
        await tab.setCacheEnabled(false);
        await tab.goto(`${origin}/${name}`);
        await tab
          .waitForFunction(() => window.__result, {timeout: 60_000, polling: 50})
          .catch((error) => {
            fail(`${name} showed no result: ${[error.message, ...errors].join('; ')}`);
          });
        if (round > 0) results[name].push(await tab.evaluate(() => window.__result));
        await tab.close();
      }
      console.log(`bench: peers, round ${round}/${rounds}${round ? '' : ' (warm-up)'}`);
    }
    return {results, version: await browser.version()};
  } finally {
    await browser.close();
    server.close();
  }
}

// ---------------------------------------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------------------------------------

if (!existsSync(join(root, IIFE))) fail(`${IIFE} is missing: run \`npm run build\` first`);
const load = [loadavg()[0]];
const render = tachometer('large-render');
const update = tachometer('large-update');
const india = tachometer('india');
const {results, version} = await peers();
load.push(loadavg()[0]);

const ours = ['roadmap-elements', 'render'];
const floor = ['vanilla floor', 'render'];
const series = (name, key) => results[name].map((result) => result[key]);
const navigation = (name) => meanInterval(series(name, 'rendered'));
const versus = (name) => ratioInterval(series('ours.html', 'rendered'), series(name, 'rendered'));
const bytes = (name) => mean(series(name, 'bytes'));
const cls = Math.max(...series('cls.html', 'cls'));
const embed = gzipSync(readFileSync(join(root, IIFE)), {level: 9}).length;
const targets = [
  ['300-stage render vs the vanilla floor', render.ratio(ours, floor), 1.5, '≤ 1.5×'],
  ['Locale change vs first render', update.ratio(['roadmap-elements', 'locale'], ours), 0.3, '≤ 0.3×'],
  ['Theme change vs first render', update.ratio(['roadmap-elements', 'theme'], ours), 0.3, '≤ 0.3×'],
  ['Navigation start → India rendered vs TimelineJS', versus('timelinejs.html'), 0.5, '≤ 0.5×'],
  ['Navigation start → India rendered vs Mermaid', versus('mermaid.html'), 0.25, '≤ 0.25×'],
];
const row = (cells) => `| ${cells.join(' | ')} |`;
const markdown = [
  '# Benchmarks',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${cpus().length} CPUs, ` +
    `${cpus()[0]?.model ?? 'unknown'}; ${version} headless; Node ${process.version}; load average (1 min) ` +
    `${load.map((value) => value.toFixed(1)).join(' at the start, ')} at the end. Times move with the machine's load; ` +
    'each is given with its 95% confidence interval (mean ± half its width), and a ratio as its interval.',
  '',
  'How to run it, what each figure measures and why the targets are what they are: [docs/performance.md](docs/performance.md#benchmark).',
  '',
  '## Targets',
  '',
  row(['Target', 'Measured (95% interval)', 'Goal', 'Status']),
  row(['---', '---', '---', '---']),
  row([
    'Embed size (`dist/roadmap-elements.iife.js`, gzip -9)',
    kb(embed),
    '≤ 16 KB (goal 13 KB)',
    embed <= 16384 ? 'met' : 'not met',
  ]),
  ...targets.map(([name, interval, goal, text]) => row([name, ratio(interval), text, verdict(interval, goal)])),
  row(['Layout shift while a `src` roadmap loads (worst run)', cls.toFixed(4), '0', cls === 0 ? 'met' : 'not met']),
  row([
    'Embed vs TimelineJS bytes fetched',
    `${(bytes('ours.html') / bytes('timelinejs.html')).toFixed(2)}×`,
    '≤ 0.2×',
    bytes('ours.html') <= 0.2 * bytes('timelinejs.html') ? 'met' : 'not met',
  ]),
  '',
  '"Undecided": the interval straddles the goal; more samples (`--samples`, `--minutes`) or a quieter machine narrow it.',
  '',
  '## Render timings (tachometer)',
  '',
  row(['Page: measure', 'roadmap-elements', 'Vanilla floor', 'Samples']),
  row(['---', '---', '---', '---']),
  row([
    '300 stages: first render (input object → laid out)',
    ms(render.mean(...ours)),
    ms(render.mean(...floor)),
    render.samples(...ours),
  ]),
  row([
    '300 stages: `locale` en-IN → en-US (floor: the whole string again)',
    ms(update.mean('roadmap-elements', 'locale')),
    ms(update.mean('vanilla floor', 'locale')),
    update.samples('roadmap-elements', 'locale'),
  ]),
  row([
    "300 stages: only the `lang` attribute changed (the browser's relayout)",
    ms(update.mean('roadmap-elements', 'lang')),
    '',
    update.samples('roadmap-elements', 'lang'),
  ]),
  row([
    '300 stages: `theme` → dark',
    ms(update.mean('roadmap-elements', 'theme')),
    '',
    update.samples('roadmap-elements', 'theme'),
  ]),
  row([
    'India: embed evaluation → rendered (floor: the same content drawn)',
    ms(india.mean(...ours)),
    ms(india.mean(...floor)),
    india.samples(...ours),
  ]),
  '',
  `Ratios: the 300-stage locale change is ${ratio(update.ratio(['roadmap-elements', 'locale'], ours))} of the first render, ` +
    `and the \`lang\` relayout alone ${ratio(update.ratio(['roadmap-elements', 'lang'], ours))}; the India roadmap takes ` +
    `${ratio(india.ratio(ours, floor))} of the floor's time.`,
  '',
  `## Peers on the same India content (${rounds} interleaved page loads each)`,
  '',
  row(['', 'Navigation start → rendered', 'Bytes fetched (gzip)', 'Requests']),
  row(['---', '---', '---', '---']),
  ...[
    ['roadmap-elements', 'ours.html'],
    ['TimelineJS 3.9.11', 'timelinejs.html'],
    ['Mermaid 11.17.2 (ESM)', 'mermaid.html'],
    ['Vanilla floor (inline script, no library)', 'vanilla.html'],
  ].map(([label, name]) => row([label, ms(navigation(name)), kb(bytes(name)), mean(series(name, 'requests'))])),
  '',
].join('\n');

console.log(`\n${markdown}`);
if (!args.includes('--no-write')) {
  const prettier = await import('prettier');
  const file = join(root, 'BENCHMARKS.md');
  writeFileSync(file, await prettier.format(markdown, {...(await prettier.resolveConfig(file)), filepath: file}));
  console.log('bench: wrote BENCHMARKS.md');
}
