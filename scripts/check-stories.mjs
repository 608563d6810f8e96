/**
 * The story check: builds Storybook, serves the build, opens every story listed in its index.json in Chromium,
 * and fails when a story
 *   - does not render its element: the story's `component` (or, without one, any of our tags) must be in the
 *     story root with content in its shadow root, and Storybook must not show its error display;
 *   - logs a console error or throws an uncaught exception;
 *   - has axe violations (axe-core, the engine of @storybook/addon-a11y, with the story's `a11y` rules).
 * It also opens every docs page (MDX and autodocs) and fails on a console error or a page Storybook cannot
 * render, and on an autodocs page whose API table misses an attribute, property, event, CSS part or custom
 * property of its element in the Custom Elements Manifest.
 * New stories and docs pages are covered without editing this file.
 *
 * Console warnings are fine: the elements name a bad input in one `console.warn`. A story that must log an
 * error may allow it by a story parameter, matched against the message text:
 *   parameters: {storyCheck: {allowConsoleErrors: ['status of 404']}}
 *
 * Usage: node scripts/check-stories.mjs [--no-build] [--only <id-substring>] [--globals <globals>]
 *   --no-build   check the existing storybook-static/ instead of building it first
 *   --only       check only the stories and docs pages whose id contains this text
 *   --globals    open every story with these toolbar globals, e.g. `theme:dark;locale:ar-EG;direction:rtl`
 */
import {spawnSync} from 'node:child_process';
import {createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join, normalize, sep} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {chromiumFlags} from '../web-test-runner.config.js';
import {CONTENT_TYPES} from './content-types.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
const staticDir = join(root, 'storybook-static');
const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const only = option('--only');
/** Toolbar globals for every story, in Storybook's URL form, e.g. `theme:dark;locale:ar-EG;direction:rtl`. */
const globals = option('--globals');
const globalsQuery = globals ? `&globals=${encodeURIComponent(globals).replace(/%3A/g, ':').replace(/%3B/g, ';')}` : '';
/** Pages checked at once: the machine running CI has two cores. */
const CONCURRENCY = 2;
/** How long a story may take to render its elements. */
const RENDER_TIMEOUT = 15_000;
/** How long to wait for a `src` to settle before checking a story that stays loading (the Loading story). */
const SETTLE_TIMEOUT = 3_000;

const started = Date.now();
if (!argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', '--silent', 'build-storybook'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {...process.env, STORYBOOK_DISABLE_TELEMETRY: '1'},
  });
  if (build.status !== 0) {
    console.error('check-stories: `npm run build-storybook` failed');
    process.exit(1);
  }
  console.log(`check-stories: built Storybook in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('check-stories: no storybook-static/index.json; run `npm run build-storybook` first');
  process.exit(1);
}

const manifest = JSON.parse(readFileSync(join(root, 'dist/custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.tagName),
);
const ourTags = declarations.map((declaration) => declaration.tagName);
/**
 * What an element's autodocs table must list, by section, from the manifest. Storybook puts a name that is both
 * an attribute and a property under attributes only, so those two sections are checked together; parts are
 * listed as `::part(name)` (see forAutodocs in stories/support/manifest.ts).
 */
function expectedApi(tag) {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  if (!declaration) return undefined;
  const members = declaration.members ?? [];
  const isPublic = (member) => (member.privacy ?? 'public') === 'public';
  const fields = members.filter((member) => member.kind === 'field' && !member.static && isPublic(member));
  const names = (items) => (items ?? []).map((item) => item.name);
  return {
    'attributes and properties': [...names(declaration.attributes), ...names(fields)],
    events: names(declaration.events),
    'css shadow parts': names(declaration.cssParts).map((name) => `::part(${name})`),
    'css custom properties': names(declaration.cssProperties),
    hidden: names(members.filter((member) => !isPublic(member))),
  };
}

/** Problems with an autodocs API table, given its rows as {section, name}. */
function compareApi(tag, rows) {
  const expected = expectedApi(tag);
  if (!expected) return [`<${tag}> is not in the Custom Elements Manifest`];
  const section = (name) => (name === 'attributes' || name === 'properties' ? 'attributes and properties' : name);
  const shown = new Map();
  for (const row of rows) {
    const key = section(row.section);
    if (!shown.has(key)) shown.set(key, new Set());
    shown.get(key).add(row.name);
  }
  const problems = [];
  for (const [key, names] of Object.entries(expected)) {
    if (key === 'hidden') continue;
    const missing = names.filter((name) => !shown.get(key)?.has(name));
    if (missing.length) problems.push(`the autodocs of <${tag}> miss ${key}: ${[...new Set(missing)].join(', ')}`);
  }
  const internal = expected.hidden.filter((name) => rows.some((row) => row.name === name));
  if (internal.length) problems.push(`the autodocs of <${tag}> show internal members: ${internal.join(', ')}`);
  return problems;
}

const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serves storybook-static/ on a free port of 127.0.0.1. */
function serve() {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(staticDir, path));
    if (file !== staticDir && !file.startsWith(staticDir + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      response.writeHead(404, {'content-type': 'text/plain'}).end('not found');
      return;
    }
    response.writeHead(200, {'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'});
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the story's iframe: waits for the render, then reports what a visitor would get. */
async function inspectStory({storyId, ourTags, renderTimeout, settleTimeout}) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const preview = window.__STORYBOOK_PREVIEW__;
  const deadline = Date.now() + renderTimeout;
  let phase;
  while (Date.now() < deadline) {
    phase = preview?.storyRenders?.find((render) => render.id === storyId)?.phase;
    if (['finished', 'completed', 'errored', 'aborted'].includes(phase)) break;
    if (document.body.classList.contains('sb-show-errordisplay')) break;
    await sleep(25);
  }
  if (document.body.classList.contains('sb-show-errordisplay') || phase === 'errored') {
    const message = document.querySelector('#error-message')?.textContent?.trim();
    return {
      problems: [`Storybook could not render it: ${message || 'no message'}`],
      parameters: {storyCheck: {}, a11y: {}},
      rendered: false,
    };
  }
  if (phase !== 'finished' && phase !== 'completed')
    return {
      problems: [`did not finish rendering (phase: ${phase})`],
      parameters: {storyCheck: {}, a11y: {}},
      rendered: false,
    };
  const story = await preview.storyStoreValue.loadStory({storyId});
  const parameters = {storyCheck: story.parameters.storyCheck ?? {}, a11y: story.parameters.a11y ?? {}};
  const expected = typeof story.component === 'string' ? [story.component] : ourTags;
  const storyRoot = document.querySelector('#storybook-root');
  const elements = [...storyRoot.querySelectorAll(ourTags.join(','))];
  // Let every `src` settle (a story that stays loading has the whole settle time), then every render finish.
  const settled = Date.now() + settleTimeout;
  while (Date.now() < settled && elements.some((element) => element.hasAttribute('aria-busy'))) await sleep(25);
  await Promise.all(elements.map((element) => element.updateComplete));
  const problems = [];
  const shown = elements.filter((element) => expected.includes(element.localName));
  if (shown.length === 0) problems.push(`renders no <${expected.join('>, <')}>`);
  for (const element of shown) {
    const content = [...(element.shadowRoot?.children ?? [])].filter((child) => child.localName !== 'style');
    if (content.length === 0) problems.push(`<${element.localName}> has an empty shadow root`);
  }
  return {problems, parameters};
}

/** Runs in a docs page's iframe: waits for it, then returns its component (autodocs) and its API tables' text. */
async function inspectDocs({ourTags, renderTimeout, settleTimeout}) {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = Date.now() + renderTimeout;
  const content = () => document.querySelector('#storybook-docs .sbdocs-content');
  while (Date.now() < deadline && !content() && !document.body.classList.contains('sb-show-errordisplay')) {
    await sleep(25);
  }
  if (!content()) {
    const message = document.querySelector('#error-message')?.textContent?.trim();
    return {problems: [`Storybook could not render the docs page: ${message || 'timed out'}`]};
  }
  // The page's stories render after the page: wait until each element has appeared and settled.
  await sleep(250);
  const elements = [...document.querySelectorAll(ourTags.join(','))];
  const settled = Date.now() + settleTimeout;
  while (Date.now() < settled && elements.some((element) => element.hasAttribute('aria-busy'))) await sleep(25);
  await Promise.all(elements.map((element) => element.updateComplete));
  const csfFiles = window.__STORYBOOK_PREVIEW__?.currentRender?.csfFiles ?? [];
  const component = csfFiles[0]?.meta?.component;
  // The console errors its stories allow (story parameters), which the page shows too.
  const allowed = csfFiles.flatMap((file) =>
    [file.meta, ...Object.values(file.stories)].flatMap(
      (story) => story.parameters?.storyCheck?.allowConsoleErrors ?? [],
    ),
  );
  // The API table: section rows ("attributes", "css shadow parts", …) followed by one row per name.
  const rows = [];
  let section = '';
  for (const row of document.querySelectorAll('#storybook-docs table tbody tr')) {
    if (row.children.length === 2) {
      const text = row.innerText;
      section = (/(?:Hide|Show) (.+?) items/i.exec(text)?.[1] ?? text).trim().toLowerCase();
    } else rows.push({section, name: (row.children[0]?.innerText ?? '').split('\n')[0].trim()});
  }
  return {problems: [], component: typeof component === 'string' ? component : undefined, rows, allowed};
}

/** Runs axe in the iframe over the story root, with the rules the story's `a11y` parameters set. */
async function runAxe({a11y}) {
  const rules = {
    region: {enabled: false},
    ...(a11y.config?.rules ?? []).reduce((all, rule) => ({...all, [rule.id]: {enabled: rule.enabled !== false}}), {}),
  };
  const result = await window.axe.run(a11y.context ?? '#storybook-root', {...(a11y.options ?? {}), rules});
  return result.violations.map(
    (violation) =>
      `axe ${violation.id} (${violation.impact}): ${violation.help}; ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' >>> '))
        .join(', ')}`,
  );
}

/** Runs `inspect` with the page's console errors and uncaught exceptions collected, as they come, into its array. */
async function collectingErrors(page, inspect) {
  const errors = [];
  const onConsole = (message) => {
    if (message.type() === 'error') errors.push(message.text());
  };
  const onPageError = (error) => errors.push(`uncaught: ${error.message}`);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  try {
    return await inspect(errors);
  } finally {
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  }
}

async function checkDocs(page, baseUrl, entry) {
  return collectingErrors(page, async (consoleErrors) => {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=docs`, {waitUntil: 'load'});
    const {
      problems,
      component,
      rows,
      allowed = [],
    } = await page.evaluate(inspectDocs, {
      ourTags,
      renderTimeout: RENDER_TIMEOUT,
      settleTimeout: SETTLE_TIMEOUT,
    });
    if (!entry.importPath.endsWith('.mdx') && component) problems.push(...compareApi(component, rows));
    for (const text of consoleErrors) {
      if (!allowed.some((allowance) => text.includes(String(allowance)))) problems.push(`console error: ${text}`);
    }
    return problems;
  });
}

async function checkStory(page, baseUrl, entry) {
  return collectingErrors(page, async (consoleErrors) => {
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=story${globalsQuery}`, {
      waitUntil: 'load',
    });
    const {problems, parameters, rendered} = await page.evaluate(inspectStory, {
      storyId: entry.id,
      ourTags,
      renderTimeout: RENDER_TIMEOUT,
      settleTimeout: SETTLE_TIMEOUT,
    });
    if (rendered !== false && parameters.a11y.disable !== true && parameters.a11y.test !== 'off') {
      await page.evaluate(axeSource);
      problems.push(...(await page.evaluate(runAxe, parameters)));
    }
    const allowed = (parameters.storyCheck.allowConsoleErrors ?? []).map((text) => String(text));
    for (const text of consoleErrors) {
      if (!allowed.some((allowance) => text.includes(allowance))) problems.push(`console error: ${text}`);
    }
    return problems;
  });
}

const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries).filter((entry) => !only || entry.id.includes(only));
const stories = entries.filter((entry) => entry.type === 'story');
const docs = entries.filter((entry) => entry.type === 'docs');
if (stories.length === 0) {
  console.error('check-stories: index.json lists no stories');
  process.exit(1);
}

const server = await serve();
const baseUrl = `http://127.0.0.1:${server.address().port}`;
const profile = mkdtempSync(join(tmpdir(), 'check-stories-'));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [...chromiumFlags, `--user-data-dir=${profile}`],
});

const failures = [];
try {
  const queue = [...stories, ...docs];
  await Promise.all(
    Array.from({length: Math.min(CONCURRENCY, queue.length)}, async () => {
      const page = await browser.newPage();
      await page.setViewport({width: 1200, height: 900});
      for (let entry = queue.shift(); entry; entry = queue.shift()) {
        let problems;
        try {
          problems = await (entry.type === 'docs' ? checkDocs : checkStory)(page, baseUrl, entry);
        } catch (error) {
          problems = [`the check itself failed: ${error.message}`];
        }
        const name = `${entry.title} › ${entry.name}${entry.type === 'docs' ? ' (docs page)' : ''}`;
        if (problems.length) failures.push({name, id: entry.id, problems});
        console.log(`${problems.length ? '✗' : '✓'} ${name}`);
      }
      await page.close();
    }),
  );
} finally {
  await browser.close();
  server.close();
  rmSync(profile, {recursive: true, force: true});
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (failures.length) {
  console.error(
    `\ncheck-stories: ${failures.length} of ${stories.length} stories and ${docs.length} docs pages checked failed (${seconds} s):`,
  );
  for (const {name, id, problems} of failures) console.error(`  ${name} (${id})\n    ${problems.join('\n    ')}`);
  process.exit(1);
}
console.log(
  `check-stories: all ${stories.length} stories render, log no errors and pass axe; ` +
    `all ${docs.length} docs pages render without errors, and each element's autodocs list its whole API (${seconds} s)`,
);
