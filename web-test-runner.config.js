// Tests run in Debian's Chromium (no browser download): set CHROME_PATH to use another build.
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';

const root = fileURLToPath(new URL('.', import.meta.url));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Routes that play a misbehaving server, under /test-api/:
 *   delay?ms=N&file=/data/x.json   the file, after N ms
 *   status/404                     that HTTP status with a short text body
 *   html                           an HTML error page with status 200
 *   large                          3 MB of JSON-looking text, streamed without Content-Length
 *   large-declared                 a Content-Length over the limit
 *   broken                         closes the connection without answering
 *   csp/NAME                       test/fixtures/NAME.html with Content-Security-Policy: default-src 'self'
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
    context.set('Content-Security-Policy', "default-src 'self'");
    context.type = 'text/html';
    context.body = await readFile(`${root}test/fixtures/${csp[1]}.html`, 'utf8');
    return;
  }
  if (route === 'broken') {
    context.req.socket.destroy();
    context.respond = false;
    return;
  }
  return next();
}

/** Chromium's command line for every browser test (scripts/check-stories.mjs uses it too). */
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

export default {
  rootDir: root,
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testFramework: {config: {timeout: 15000}},
  plugins: [esbuildPlugin({ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url))})],
  middleware: [testApi],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
        args: chromiumFlags,
      },
    }),
  ],
};
