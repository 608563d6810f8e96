// The browser tests, in Chromium (this file alone), Firefox or WebKit (web-test-runner.firefox.config.js,
// web-test-runner.webkit.config.js, which call configFor): Debian's builds of each, nothing downloaded.
// CHROME_PATH, FIREFOX_PATH, WEBKIT_BROWSER_PATH and WEBKIT_DRIVER_PATH point to other builds. docs/browsers.md
// says what runs where.
import {execFile} from 'node:child_process';
import {readFile} from 'node:fs/promises';
import {promisify} from 'node:util';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {engineCommandsPlugin, firefoxLauncher, freePort, webkitLauncher} from './scripts/wtr-engines.mjs';

const root = fileURLToPath(new URL('.', import.meta.url));
const run = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The Trusted Types part of the policy for each `tt` value of the csp/NAME route. */
const TRUSTED_TYPES = {
  lit: "; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'",
  'lit-once': "; require-trusted-types-for 'script'; trusted-types lit-html",
  none: "; require-trusted-types-for 'script'; trusted-types 'none'",
};

/**
 * Routes that play a misbehaving server, under /test-api/:
 *   delay?ms=N&file=/data/x.json   the file, after N ms
 *   trickle?ms=N                   headers and the first bytes of JSON at once, the rest after N ms
 *   status/404                     that HTTP status with a short text body
 *   html                           an HTML error page with status 200
 *   large                          3 MB of JSON-looking text, streamed without Content-Length
 *   large-declared                 a Content-Length over the limit
 *   broken                         closes the connection without answering
 *   csp/NAME                       test/fixtures/NAME.html with Content-Security-Policy: default-src 'self'
 *   csp/NAME?tt=lit|lit-once|none  the same, also enforcing Trusted Types: `tt=lit` allows Lit's policy as the
 *                                  README tells publishers, `lit-once` without 'allow-duplicates', `none` no policy
 *   embed-alone/FILE               dist/FILE (the core embeds only), with nothing beside it: extras answer 404
 *   csp-dist/FILE                  dist/FILE under the same policy (dist/embed.html with record-page-events.js
 *                                  loaded first), so the embed page finds the files beside it as a site serves them
 *   closed-port                    a localhost port number where nothing listens (to play "offline")
 *   csp-demo/NAME                  demo/NAME.html under the same policy, with record-page-events.js loaded first
 *   ssr?file=/data/x.json&locale=hi  a page holding `roadmap-elements render` of that file (the built CLI; extra
 *                                  parameters become its options), without any script: tests add the script
 */
async function testApi(context, next) {
  const url = new URL(context.url, 'http://localhost');
  if (!url.pathname.startsWith('/test-api/')) return next();
  const route = url.pathname.slice('/test-api/'.length);
  if (route === 'delay') {
    await sleep(Number(url.searchParams.get('ms') ?? 0));
    const file = url.searchParams.get('file') ?? '/data/backend-developer-india-2026.json';
    context.type = 'application/json';
    context.body = await readFile(root + file.replace(/^\/+/, ''), 'utf8');
    return;
  }
  if (route === 'trickle') {
    const {Readable} = await import('node:stream');
    const ms = Number(url.searchParams.get('ms') ?? 0);
    const text = await readFile(`${root}data/backend-developer-india-2026.json`, 'utf8');
    context.type = 'application/json';
    context.body = Readable.from(
      (async function* () {
        yield text.slice(0, 100);
        await sleep(ms);
        yield text.slice(100);
      })(),
    );
    return;
  }
  if (route.startsWith('status/')) {
    context.status = Number(route.slice('status/'.length));
    context.type = 'text/plain';
    context.body = 'failure on purpose';
    return;
  }
  if (route === 'html') {
    context.type = 'text/html';
    context.body = '<!doctype html><title>Oops</title><h1>Something went wrong</h1>';
    return;
  }
  if (route === 'large') {
    const chunk = '"' + 'x'.repeat(64 * 1024 - 3) + '",';
    const {Readable} = await import('node:stream');
    context.type = 'application/json';
    context.body = Readable.from(
      (function* () {
        yield '[';
        for (let i = 0; i < 48; i++) yield chunk;
        yield '0]';
      })(),
    );
    return;
  }
  if (route === 'large-declared') {
    context.type = 'application/json';
    context.body = '{}'.padEnd(3 * 1024 * 1024, ' ');
    return;
  }
  const csp = /^csp\/([a-z-]+)$/.exec(route);
  if (csp) {
    const trustedTypes = TRUSTED_TYPES[url.searchParams.get('tt')] ?? '';
    context.set('Content-Security-Policy', `default-src 'self'${trustedTypes}`);
    context.type = 'text/html';
    context.body = await readFile(`${root}test/fixtures/${csp[1]}.html`, 'utf8');
    return;
  }
  const alone = /^embed-alone\/(roadmap-elements(\.iife)?\.js)$/.exec(route);
  if (alone) {
    // The core embed on its own, as a publisher who copied only that file serves it: nothing beside it.
    context.type = 'text/javascript';
    context.body = await readFile(`${root}dist/${alone[1]}`, 'utf8');
    return;
  }
  const distFile = /^csp-dist\/([a-z0-9.-]+\.(html|js))$/.exec(route);
  if (distFile) {
    const text = await readFile(`${root}dist/${distFile[1]}`, 'utf8');
    context.set('Content-Security-Policy', "default-src 'self'");
    context.type = distFile[2] === 'html' ? 'text/html' : 'text/javascript';
    context.body =
      distFile[2] === 'html'
        ? text.replace('<head>', '<head><script src="/test/fixtures/record-page-events.js"></script>')
        : text;
    return;
  }
  if (route === 'closed-port') {
    context.type = 'text/plain';
    context.body = String(await freePort());
    return;
  }
  const demo = /^csp-demo\/([a-z-]+)$/.exec(route);
  if (demo) {
    const page = await readFile(`${root}demo/${demo[1]}.html`, 'utf8');
    context.set('Content-Security-Policy', "default-src 'self'");
    context.type = 'text/html';
    context.body = page.replace('<head>', '<head><script src="/test/fixtures/record-page-events.js"></script>');
    return;
  }
  if (route === 'ssr') {
    const options = [...url.searchParams]
      .filter(([name]) => name !== 'file')
      .flatMap(([name, value]) => [`--${name}`, value]);
    const file = root + (url.searchParams.get('file') ?? '/data/backend-developer-india-2026.json').replace(/^\/+/, '');
    const {stdout} = await run(process.execPath, [
      `${root}dist/lib/node/cli.js`,
      'render',
      file,
      '--script',
      'none',
      ...options,
    ]);
    context.type = 'text/html';
    context.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Server-rendered roadmap</title></head><body>\n${stdout}</body></html>`;
    return;
  }
  if (route === 'broken') {
    context.req.socket.destroy();
    context.respond = false;
    return;
  }
  return next();
}

/** Chromium's command line for every browser test (the story check, vitest.config.ts, uses it too). */
export const chromiumFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** CDP sessions by page, kept open: closing one would drop the emulation it set. */
const cdpSessions = new WeakMap();

/**
 * `emulate-forced-colors` with `{active: true | false}`: Chromium's forced-colors (Windows high contrast)
 * emulation, which `emulateMedia` from @web/test-runner-commands does not offer.
 */
const forcedColorsPlugin = {
  name: 'emulate-forced-colors',
  async executeCommand({command, payload, session}) {
    if (command !== 'emulate-forced-colors') return undefined;
    const page = session.browser.getPage(session.id);
    let cdp = cdpSessions.get(page);
    if (!cdp) cdpSessions.set(page, (cdp = await page.createCDPSession()));
    const value = payload?.active ? 'active' : 'none';
    await cdp.send('Emulation.setEmulatedMedia', {features: [{name: 'forced-colors', value}]});
    return true;
  },
};

/**
 * `accessibility-tree` with `{selector}`: the whole accessibility tree under the element, lists and list items
 * included (the a11ySnapshot command of @web/test-runner-commands keeps only "interesting" nodes).
 */
const accessibilityTreePlugin = {
  name: 'accessibility-tree',
  async executeCommand({command, payload, session}) {
    if (command !== 'accessibility-tree') return undefined;
    const page = session.browser.getPage(session.id);
    const root = await page.$(payload.selector);
    return page.accessibility.snapshot({root, interestingOnly: false});
  },
};

/**
 * The whole configuration for one engine: 'chromium', 'firefox' or 'webkit'. The suite is the same in each; what an
 * engine can't emulate, tests skip with the reason (test/engine.ts asks the `engine-capabilities` command).
 */
export function configFor(engine) {
  const browsers = {
    chromium: () =>
      chromeLauncher({
        // One browser context per page: with concurrency, pages sharing a context are background tabs, hidden,
        // so requestAnimationFrame, IntersectionObserver and layout-shift entries never come (loading="lazy" tests).
        createPage: async ({browser}) => (await browser.createBrowserContext()).newPage(),
        launchOptions: {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: [
            ...chromiumFlags,
            // test/hardening/leaks.test.ts: window.gc() and unrounded performance.memory.
            '--js-flags=--expose-gc',
            '--enable-precise-memory-info',
          ],
        },
      }),
    firefox: firefoxLauncher,
    webkit: webkitLauncher,
  };
  if (!browsers[engine]) throw new Error(`No browser engine "${engine}": use chromium, firefox or webkit`);
  return {
    rootDir: root,
    files: ['test/**/*.test.ts'],
    nodeResolve: true,
    // Firefox and WebKit run one test file at a time: Firefox at 2 timed out the 50-fast-`src`-switches test in 3
    // runs of 4, and the WebDriver launcher runs files side by side only in iframes, which hide them.
    concurrency: engine === 'chromium' ? 2 : 1,
    // A port of its own per engine: scripts/test-browsers.mjs runs Firefox and WebKit side by side.
    port: {chromium: 8000, firefox: 8001, webkit: 8002}[engine],
    // The same tests take Firefox about twice and WebKit (MiniBrowser) about three times Chromium's time, more on
    // a loaded machine (the fuzz tests run a fifth of their inputs there: test/engine.ts, fuzzRuns). Limits on a
    // hung test and a hung file, not measures of speed: a clean-clone CI run had WebKit's fuzz file pass 120 s.
    testFramework: {config: {timeout: {chromium: 15000, firefox: 30000, webkit: 45000}[engine]}},
    testsFinishTimeout: {chromium: 120000, firefox: 300000, webkit: 300000}[engine],
    testsStartTimeout: {chromium: 20000, firefox: 60000, webkit: 60000}[engine],
    plugins: [
      esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))}),
      engineCommandsPlugin(engine),
      forcedColorsPlugin,
      accessibilityTreePlugin,
    ],
    middleware: [testApi],
    browsers: [browsers[engine]()],
  };
}

export default configFor('chromium');
