/**
 * Consumer tests (`npm run test:consumers`): the package as a user gets it, from `npm pack`.
 *
 * 1. Packs the build, and checks the tarball with `publint --strict` and `attw` (ESM-only profile: the package
 *    has no CommonJS entry, by design).
 * 2. Installs it, with React 19, Vue 3 and Svelte 5 and their tools at pinned versions (test/consumers/package.json),
 *    into one throwaway project under the system temp folder, in one `npm install`.
 * 3. Typechecks each framework's files with its own checker (tsc, vue-tsc, svelte-check), builds the four pages
 *    with Vite (React, React server-rendered, Vue, Svelte), renders the server page with `react-dom/server`.
 * 4. Opens each page in Chromium and asserts what a reader sees: five stage cards with their titles, and the
 *    `roadmap-load` event received by the app. The server-rendered page is checked before its script runs too
 *    (the cards are there) and after hydration (the same DOM, adopted; no hydration warning).
 *
 * The files in test/consumers/ are the ones docs/frameworks.md shows (test/node/frameworks-docs.test.mjs).
 * Set KEEP_CONSUMERS=1 to keep the temp project; CHROME_PATH to use another Chromium.
 */
import {execFile} from 'node:child_process';
import {cp, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {tmpdir} from 'node:os';
import {extname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import puppeteer from 'puppeteer-core';
import {chromiumFlags} from '../web-test-runner.config.js';

/** Files of the package a page loads by URL (docs/embedding.md), not modules: attw has no types to find there. */
const PAGE_FILES = [
  './embed.html',
  './embed-page.js',
  './roadmap-frame.js',
  './roadmap-timeline.css',
  './stage-card.css',
  './salary-band.css',
];

const run = promisify(execFile);
const root = fileURLToPath(new URL('../', import.meta.url));
const started = Date.now();
const failures = [];
const step = (message) => console.log(`consumers: ${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

/** Runs a command, failing with its output. */
async function sh(command, args, options = {}) {
  try {
    return await run(command, args, {maxBuffer: 64 * 1024 * 1024, ...options});
  } catch (error) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
}

function check(ok, message) {
  if (!ok) failures.push(message);
  console.log(`  ${ok ? 'ok' : 'FAILED'}: ${message}`);
}

// CONSUMERS_PROJECT=<a project kept by KEEP_CONSUMERS=1>: only the browser checks, again (while working on them).
const reuse = process.env.CONSUMERS_PROJECT;
const project = reuse ?? (await mkdtemp(join(tmpdir(), 'roadmap-elements-consumers-')));
try {
  if (!reuse) await prepare();
  await browse();
} catch (error) {
  failures.push(error.message);
  console.error(error.message);
} finally {
  if (process.env.KEEP_CONSUMERS || reuse) console.log(`consumers: kept ${project}`);
  else await rm(project, {recursive: true, force: true});
}
step(failures.length ? `${failures.length} failed` : 'all passed');
if (failures.length) process.exit(1);

/** Steps 1 to 3: pack, check, install, typecheck, build, render on the server. */
async function prepare() {
  // 1. The tarball, and the package checkers.
  const {stdout: packed} = await sh('npm', ['pack', '--silent', '--pack-destination', project], {cwd: root});
  const tarball = join(project, packed.trim().split('\n').pop());
  step(`packed ${tarball}`);
  const checkers = Promise.all([
    sh('npx', ['--no-install', 'publint', '--strict', tarball], {cwd: root}),
    // The embed page, its scripts and the element style sheets are files a page links, not modules to import: no types.
    sh('npx', ['--no-install', 'attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', ...PAGE_FILES], {
      cwd: root,
    }),
  ]);

  // 2. One install for every framework.
  await cp(join(root, 'test/consumers'), project, {recursive: true});
  const manifest = JSON.parse(await readFile(join(project, 'package.json'), 'utf8'));
  manifest.dependencies['roadmap-elements'] = `file:${tarball}`;
  await writeFile(join(project, 'package.json'), JSON.stringify(manifest, null, 2));
  await sh('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error'], {
    cwd: project,
    env: {...process.env, PUPPETEER_SKIP_DOWNLOAD: '1'},
  });
  step('installed');
  const [publint, attw] = await checkers;
  check(/All good/.test(publint.stdout), 'publint --strict: all good');
  check(
    !/💀|❌|⚠️(?! ESM \(dynamic import only\))/u.test(attw.stdout.replace(/\(ignored[^\n]*/g, '')),
    'attw: no problem',
  );

  // 3. Types, builds, and the server render.
  const bin = (name) => join(project, 'node_modules/.bin', name);
  const env = {...process.env, NODE_ENV: 'development'};
  await Promise.all([
    sh(bin('tsc'), ['-p', 'tsconfig.json'], {cwd: project}).then(() => check(true, 'React: tsc')),
    sh(bin('vue-tsc'), ['-p', 'tsconfig.vue.json', '--noEmit'], {cwd: project}).then(() => check(true, 'Vue: vue-tsc')),
    sh(bin('svelte-check'), ['--tsconfig', './tsconfig.svelte.json', '--fail-on-warnings'], {cwd: project}).then(() =>
      check(true, 'Svelte: svelte-check'),
    ),
  ]);
  step('typechecked');
  // Development builds: React reports hydration mismatches only in development.
  await sh(bin('vite'), ['build', '--mode', 'development', '--logLevel', 'warn'], {cwd: project, env});
  await sh(bin('vite'), ['build', '--ssr', 'react-ssr/server.tsx', '--outDir', 'dist-server', '--logLevel', 'warn'], {
    cwd: project,
    env,
  });
  step('built');
  const {stdout: rendered} = await sh(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const {renderPage} = await import('./dist-server/server.js'); process.stdout.write(JSON.stringify(await renderPage()));",
    ],
    {cwd: project, env},
  );
  const {body, props} = JSON.parse(rendered);
  const ssrPage = join(project, 'dist/react-ssr/index.html');
  const template = await readFile(ssrPage, 'utf8');
  const propsScript = `<script type="application/json" id="page-props">${JSON.stringify(props).replace(/</g, '\\u003c')}</script>`;
  await writeFile(ssrPage, template.replace('<!--app-->', body).replace('<!--props-->', propsScript));
  check(
    body.includes('<template shadowroot="open" shadowrootmode="open">'),
    'React SSR: renderToString wrote the roadmap',
  );
}

/** Step 4: every page in Chromium. */
async function browse() {
  const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};
  const dist = join(project, 'dist');
  const server = createServer(async (request, response) => {
    const path = new URL(request.url, 'http://localhost').pathname;
    // No icon: an empty answer, not a 404 in the console.
    if (path === '/favicon.ico') return response.writeHead(204).end();
    // The plain HTML page as it is, and the installed package under /roadmap-elements/ (as a CDN would serve it).
    const base = path.startsWith('/html/')
      ? project
      : path.startsWith('/roadmap-elements/')
        ? join(project, 'node_modules')
        : dist;
    const file = join(base, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const content = await readFile(file);
      response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
      response.end(content);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: chromiumFlags,
    headless: true,
  });
  try {
    const titles = JSON.parse(await readFile(join(root, 'data/backend-developer-india-2026.json'), 'utf8')).stages.map(
      (stage) => stage.title,
    );
    /** The stage titles shown by each timeline of the page, read from the cards' shadow roots. */
    const shownTitles = (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('roadmap-timeline')].map((timeline) =>
          [...(timeline.shadowRoot?.querySelectorAll('stage-card') ?? [])]
            .filter((card) => card.getBoundingClientRect().height > 0)
            .map((card) => card.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim() ?? ''),
        ),
      );
    const status = (page, text) =>
      page.waitForFunction((text) => document.body.innerText.includes(text), {timeout: 15000}, text);

    for (const [name, statuses] of [
      ['react', ['Shown: ', 'Tags shown: ']],
      ['vue', ['Shown: ']],
      ['svelte', ['Shown: ']],
      ['html', ['Shown: ']],
    ]) {
      const page = await browser.newPage();
      const messages = [];
      page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
      page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
      await page.goto(`${origin}/${name}/`);
      const loaded = await Promise.all(
        statuses.map((text) =>
          status(page, text).then(
            () => true,
            () => false,
          ),
        ),
      );
      const label = {react: 'React', vue: 'Vue', svelte: 'Svelte', html: 'Plain HTML'}[name];
      check(loaded.every(Boolean), `${label}: roadmap-load received by the app (${statuses.join(', ')})`);
      const shown = await shownTitles(page);
      check(
        shown.length === statuses.length && shown.every((list) => JSON.stringify(list) === JSON.stringify(titles)),
        `${label}: ${titles.length} stage cards with their titles in each timeline (${JSON.stringify(shown.map((list) => list.length))})`,
      );
      const errors = messages.filter(
        (text) => /^(error|pageerror|warn)/.test(text) && !/Lit is in dev mode/.test(text),
      );
      check(
        errors.length === 0,
        `${label}: no error or warning in the console${errors.length ? `: ${errors.join(' | ')}` : ''}`,
      );
      await page.close();
    }

    // Server-rendered React: the cards before any script, then hydration.
    const page = await browser.newPage();
    const messages = [];
    page.on('console', (message) => messages.push(`${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
    await page.setRequestInterception(true);
    let release;
    const held = new Promise((resolve) => (release = resolve));
    page.on('request', (request) => {
      if (request.resourceType() === 'script') held.then(() => request.continue());
      else request.continue();
    });
    const navigation = page.goto(`${origin}/react-ssr/`);
    await page.waitForFunction(
      (count) =>
        document.querySelector('roadmap-timeline')?.shadowRoot?.querySelectorAll('stage-card').length === count,
      {timeout: 15000},
      titles.length,
    );
    const before = await shownTitles(page);
    check(
      JSON.stringify(before) === JSON.stringify([titles]),
      `React SSR: ${titles.length} stage cards shown before any script runs`,
    );
    check(
      !(await page.evaluate(() => customElements.get('roadmap-timeline'))),
      'React SSR: ...while no element is defined yet',
    );
    // The server's nodes, kept by the page: hydration adopts them rather than rendering new ones.
    const serverNodes = () => {
      const timeline = document.querySelector('roadmap-timeline').shadowRoot;
      const card = timeline.querySelector('stage-card').shadowRoot;
      return [timeline.querySelector('[part~="base"]'), card.querySelector('[part~="title"]')];
    };
    await page.evaluate(`window.serverNodes = (${serverNodes})()`);
    release();
    await navigation;
    const hydrated = await status(page, 'Shown: ').then(
      () => true,
      () => false,
    );
    check(hydrated, 'React SSR: roadmap-load received by the React handler after hydrateRoot');
    const after = await page.evaluate(
      `({defined: Boolean(customElements.get('stage-card')), same: (${serverNodes})().map((node, index) => node === window.serverNodes[index])})`,
    );
    check(
      after.defined && after.same.every(Boolean),
      `React SSR: the elements hydrated the server DOM, not rendered again (${JSON.stringify(after)})`,
    );
    check(
      JSON.stringify(await shownTitles(page)) === JSON.stringify([titles]),
      `React SSR: ${titles.length} stage cards after hydration`,
    );
    const errors = messages.filter((text) => /^(error|pageerror|warn)/.test(text) && !/Lit is in dev mode/.test(text));
    check(
      errors.length === 0,
      `React SSR: no hydration mismatch, error or warning${errors.length ? `: ${errors.join(' | ')}` : ''}`,
    );
    if (process.env.CONSUMER_SCREENSHOTS) {
      await page.setViewport({width: 360, height: 800});
      await page.screenshot({path: join(process.env.CONSUMER_SCREENSHOTS, 'react-ssr.png'), fullPage: false});
    }
  } finally {
    await browser.close();
    server.close();
  }
}
