// Screenshots of the India roadmap from each engine, to compare how the design holds in each (docs/browsers.md):
//
//   npm run build && node scripts/screenshots-engines.mjs [chromium firefox webkit]
//
// writes screenshots/<engine>-<width>-<theme>.png (outside git) at 400 and 1,200 px, light and dark, through the
// built classic embed, and <engine>-<width>-<theme>-reader.png with the reader features on (checkboxes, progress
// bars, disclosure buttons: the form controls engines draw their own way). Each page holds the roadmap in an iframe of that width, so WebKit, whose window can't be
// narrower than 447 px, gets a 400 px viewport too; the iframe is as tall as the roadmap, and is what is shot.
import {spawn} from 'node:child_process';
import {createServer} from 'node:http';
import {mkdir, readFile, writeFile} from 'node:fs/promises';
import {extname} from 'node:path';
import puppeteer from 'puppeteer-core';
import {remote} from 'webdriverio';

const root = new URL('..', import.meta.url);
const out = new URL('screenshots/', root);
const engines = process.argv.slice(2).length ? process.argv.slice(2) : ['chromium', 'firefox', 'webkit'];
const WIDTHS = [400, 1200];
const THEMES = ['light', 'dark'];
/** Each shot: width, theme, and whether the reader features are on. */
const SHOTS = WIDTHS.flatMap((width) =>
  THEMES.flatMap((theme) => [false, true].map((reader) => ({width, theme, reader}))),
);
const name = (engine, {width, theme, reader}) => `${engine}-${width}-${theme}${reader ? '-reader' : ''}.png`;
const frameUrl = ({width, theme, reader}) => `/shot/frame?w=${width}&theme=${theme}${reader ? '&reader' : ''}`;
const TYPES = {'.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css'};

/** The roadmap alone (inside the iframe), and the page around it. */
const READER = 'track-progress collapsible experience="1"';
const roadmapPage = (theme, reader) => `<!doctype html><html lang="en-IN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>India roadmap</title>
<style>body { margin: 0; padding: 8px; background: ${theme === 'dark' ? '#111' : '#fff'}; }</style>
<script src="/dist/roadmap-elements.iife.js"></script></head><body>
<roadmap-timeline theme="${theme}" ${reader ? READER : ''} src="/data/backend-developer-india-2026.json"></roadmap-timeline></body></html>`;
const framePage = (width, theme, reader) => `<!doctype html><html><head><meta charset="utf-8"><title>frame</title>
<style>body { margin: 0; } iframe { display: block; border: 0; width: ${width}px; height: 600px; }</style></head>
<body><iframe id="shot" src="/shot/roadmap?theme=${theme}${reader ? '&reader' : ''}"></iframe></body></html>`;

const server = createServer(async (request, response) => {
  const url = new URL(request.url, 'http://localhost');
  const theme = url.searchParams.get('theme') ?? 'light';
  const reader = url.searchParams.has('reader');
  try {
    if (url.pathname === '/shot/roadmap') return send(response, 'text/html', roadmapPage(theme, reader));
    if (url.pathname === '/shot/frame')
      return send(response, 'text/html', framePage(url.searchParams.get('w'), theme, reader));
    const body = await readFile(new URL(`.${url.pathname}`, root));
    send(response, TYPES[extname(url.pathname)] ?? 'application/octet-stream', body);
  } catch {
    response.writeHead(404).end();
  }
});
const send = (response, type, body) => response.writeHead(200, {'content-type': type}).end(body);
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

/** In the page: waits for the roadmap's cards, then makes the iframe as tall as its document. */
const FIT = `return (async () => {
  const frame = document.getElementById('shot');
  for (let i = 0; i < 100; i++) {
    const timeline = frame.contentDocument?.querySelector('roadmap-timeline');
    if (timeline?.shadowRoot?.querySelector('stage-card')) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  frame.style.height = frame.contentDocument.documentElement.scrollHeight + 'px';
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return frame.getBoundingClientRect().height;
})()`;

/** Cuts a PNG to its top-left width × height with ImageMagick, if it is there (else the PNG stays whole). */
const crop = (file, width, height) =>
  new Promise((resolve) =>
    spawn('convert', [file, '-crop', `${width}x${height}+0+0`, '+repage', file], {stdio: 'ignore'})
      .on('error', resolve)
      .on('exit', resolve),
  );

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const written = [];

async function withPuppeteer(engine) {
  const browser = await puppeteer.launch(
    engine === 'firefox'
      ? {browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true}
      : {
          executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
          args: [
            '--headless=new',
            '--no-sandbox',
            '--disable-gpu',
            '--no-first-run',
            '--disable-background-networking',
          ],
        },
  );
  try {
    const page = await browser.newPage();
    for (const shot of SHOTS) {
      await page.setViewport({width: shot.width + 40, height: 900});
      await page.goto(base + frameUrl(shot));
      await page.evaluate(FIT.slice('return '.length));
      const frame = await page.$('#shot');
      const file = new URL(name(engine, shot), out);
      await writeFile(file, await frame.screenshot());
      written.push(file.pathname);
    }
  } finally {
    await browser.close();
  }
}

async function withWebKit() {
  const children = [];
  const env = {...process.env};
  try {
    if (!env.DISPLAY) {
      const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1400x6000x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      children.push(xvfb);
      env.DISPLAY = `:${String(await new Promise((resolve) => xvfb.stdout.once('data', resolve))).trim()}`;
    }
    const port = 4000 + Math.floor(Math.random() * 20000);
    children.push(
      spawn(process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver', [`--port=${port}`], {env, stdio: 'ignore'}),
    );
    await sleep(1000);
    const driver = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    });
    try {
      await driver.setWindowSize(1300, 5800);
      for (const shot of SHOTS) {
        await driver.navigateTo(base + frameUrl(shot));
        const height = Math.ceil(await driver.execute(FIT));
        // WebKit's element screenshots of a tall iframe come out black above the last screenful: the window's
        // whole viewport is shot instead, and cut to the iframe with ImageMagick where it is installed.
        const file = new URL(name('webkit', shot), out);
        await writeFile(file, Buffer.from(await driver.takeScreenshot(), 'base64'));
        await crop(file.pathname, shot.width, height);
        written.push(file.pathname);
      }
    } finally {
      await driver.deleteSession();
    }
  } finally {
    for (const child of children.reverse()) child.kill();
  }
}

await mkdir(out, {recursive: true});
try {
  for (const engine of engines) await (engine === 'webkit' ? withWebKit() : withPuppeteer(engine));
} finally {
  server.close();
}
console.log(written.join('\n'));
