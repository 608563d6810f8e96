// Firefox and WebKit for the browser tests (web-test-runner.config.js), with the commands the tests use made to
// work in each engine by that engine's own means:
//   Firefox: puppeteer-core over WebDriver BiDi, Debian's firefox-esr. Media, colour scheme, forced colours and
//     reduced motion are set from Firefox's privileged (chrome) realm, which BiDi opens to scripts when Firefox
//     starts with --remote-allow-system-access: the same BrowsingContext overrides Firefox's DevTools use.
//   WebKit: WebKitGTK's MiniBrowser driven by WebKitWebDriver (Debian's webkit2gtk-driver), under a private Xvfb
//     when there is no display. The viewport is the window less its frame; keys go through WebDriver actions (so
//     :focus-visible matches as for a reader's keyboard). WebDriver offers no media emulation and no
//     accessibility tree: tests that need them skip with the reason (test/engine.ts).
import {spawn} from 'node:child_process';
import {createServer} from 'node:net';
import puppeteer from 'puppeteer-core';
import {chromeLauncher} from '@web/test-runner-chrome';
import {WebdriverLauncher} from '@web/test-runner-webdriver';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What each engine's harness can do, for tests to skip on with a reason (test/engine.ts). */
const CAPABILITIES = {
  chromium: {media: true, colorScheme: true, reducedMotion: true, forcedColors: true, accessibilityTree: true},
  firefox: {
    media: true,
    colorScheme: true,
    reducedMotion: true,
    forcedColors: true,
    accessibilityTree: false,
    why: {
      accessibilityTree:
        "Firefox's WebDriver BiDi has no accessibility-tree snapshot (puppeteer's needs CDP, which Firefox dropped)",
    },
  },
  webkit: {
    media: false,
    colorScheme: false,
    reducedMotion: false,
    forcedColors: false,
    accessibilityTree: false,
    why: {
      media: 'WebKitWebDriver has no media-type emulation (print)',
      colorScheme: 'WebKitWebDriver has no prefers-color-scheme emulation',
      reducedMotion: 'WebKitWebDriver has no prefers-reduced-motion emulation',
      forcedColors: 'WebKit has no forced-colors mode to emulate on Linux',
      accessibilityTree: 'WebKitWebDriver exposes no accessibility tree (only one element’s computed role and label)',
    },
  },
};

/** A TCP port free a moment ago (nothing listens on it now). */
export const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

// ---------------------------------------------------------------------------------------------------- Firefox

/** Firefox through puppeteer-core (no `puppeteer` package: its install script would download a browser). */
export function firefoxLauncher() {
  return chromeLauncher({
    puppeteer,
    createPage: ({context}) => context.newPage(),
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        // No first-run pages, updates or telemetry pings during the tests.
        'browser.shell.checkDefaultBrowser': false,
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
      },
    },
  });
}

/** The BiDi session and Firefox's browser-window (chrome) context, for a puppeteer page. */
async function firefoxChrome(page) {
  const session = page.mainFrame().browsingContext.userContext.browser.session;
  const {result} = await session.send('browsingContext.getTree', {'moz:scope': 'chrome'});
  return {session, context: result.contexts[0].context};
}

/** Runs `expression` with Firefox's privileged realm, where `gBrowser` holds every tab. */
async function firefoxPrivileged(page, expression) {
  const {session, context} = await firefoxChrome(page);
  const {result} = await session.send('script.evaluate', {expression, target: {context}, awaitPromise: true});
  if (result.type === 'exception') throw new Error(`Firefox refused: ${result.exceptionDetails.text}`);
}

/** emulateMedia's payload in Firefox: one test file runs at a time (concurrency 1), so every tab takes it. */
function firefoxEmulateMedia(page, {media, colorScheme, reducedMotion, forcedColors}) {
  const lines = [];
  if (media !== undefined) lines.push(`c.mediumOverride = ${JSON.stringify(media === 'print' ? 'print' : '')};`);
  if (colorScheme !== undefined)
    lines.push(`c.prefersColorSchemeOverride = ${JSON.stringify(colorScheme === 'dark' ? 'dark' : 'light')};`);
  if (forcedColors !== undefined)
    lines.push(`c.forcedColorsOverride = ${JSON.stringify(forcedColors === 'active' ? 'active' : 'none')};`);
  const prefs =
    reducedMotion === undefined
      ? ''
      : `Services.prefs.setIntPref('ui.prefersReducedMotion', ${reducedMotion === 'reduce' ? 1 : 0});`;
  return firefoxPrivileged(
    page,
    `${prefs} for (const b of gBrowser.browsers) { const c = b.browsingContext.top; ${lines.join(' ')} }`,
  );
}

/** Puppeteer's key names, as Firefox's BiDi input knows them (it has ' ' but not 'Space'). */
const firefoxKey = (key) => (key === 'Space' ? ' ' : key);

// ----------------------------------------------------------------------------------------------------- WebKit

/** An X server of our own when there is no display (CI, SSH): MiniBrowser is a GTK window. */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    xvfb.on('error', (error) => reject(new Error(`Xvfb could not start (apt-get install xvfb): ${error.message}`)));
    xvfb.stdout.once('data', (data) => resolve({process: xvfb, display: `:${String(data).trim()}`}));
  });
}

/** WebKitWebDriver on a free port, answering /status. */
async function startWebKitDriver(env) {
  const port = await freePort();
  const binary = process.env.WEBKIT_DRIVER_PATH ?? 'WebKitWebDriver';
  const driver = spawn(binary, [`--port=${port}`, '--host=127.0.0.1'], {env, stdio: 'ignore'});
  let failure;
  driver.on('error', (error) => (failure = error));
  for (let tries = 0; tries < 100 && !failure; tries++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/status`)).ok) return {process: driver, port};
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  driver.kill();
  throw new Error(`${binary} did not start (apt-get install webkit2gtk-driver): ${failure?.message ?? 'no answer'}`);
}

/** The stock WebDriver launcher, which also starts (and stops) the display and the driver it talks to. */
class WebKitLauncher extends WebdriverLauncher {
  constructor() {
    super({
      capabilities: {
        // WebDriver classic: WebKitWebDriver has no BiDi, which webdriverio would otherwise ask for.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    });
    this.children = [];
  }

  async initialize(config, testFiles) {
    // Stopped with the runner, even when it is interrupted (Ctrl-C) before stop() runs.
    process.once('exit', () => this.children.forEach((child) => child.kill()));
    process.once('SIGTERM', () => process.exit(143));
    const env = {...process.env};
    if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
      const xvfb = await startXvfb();
      this.children.push(xvfb.process);
      env.DISPLAY = xvfb.display;
    }
    const driver = await startWebKitDriver(env);
    this.children.push(driver.process);
    Object.assign(this.options, {hostname: '127.0.0.1', port: driver.port, path: '/', logLevel: 'error'});
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    for (const child of this.children.reverse()) child.kill();
    this.children = [];
  }
}

export const webkitLauncher = () => new WebKitLauncher();

/** WebDriver key codes (WebDriver spec, "keyboard actions") for the key names the tests press. */
const WEBDRIVER_KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Backspace: '\uE003',
  Delete: '\uE017',
  Meta: '\uE03D',
};
const webdriverKey = (key) => WEBDRIVER_KEYS[key] ?? key;

/** sendKeys' payload as WebDriver key actions: press, down, up or type. */
function keyActions({press, down, up, type}) {
  const actions = [];
  if (press) {
    const key = webdriverKey(press);
    actions.push({type: 'keyDown', value: key}, {type: 'keyUp', value: key});
  }
  if (down) actions.push({type: 'keyDown', value: webdriverKey(down)});
  if (up) actions.push({type: 'keyUp', value: webdriverKey(up)});
  for (const character of type ?? '')
    actions.push({type: 'keyDown', value: character}, {type: 'keyUp', value: character});
  return [{type: 'key', id: 'keyboard', actions}];
}

/** Sizes the window so that the page's viewport is width × height (the frame's size differs by build). */
async function webdriverViewport(driver, {width, height}) {
  for (let tries = 0; tries < 3; tries++) {
    const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
    if (innerWidth === width && innerHeight === height) return;
    const {width: outerWidth, height: outerHeight} = await driver.getWindowSize();
    await driver.setWindowSize(outerWidth + width - innerWidth, outerHeight + height - innerHeight);
  }
  const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
  if (innerWidth !== width || innerHeight !== height)
    throw new Error(
      `WebKit's viewport stays ${innerWidth}×${innerHeight}, not ${width}×${height} (its window has a minimum width)`,
    );
}

// ---------------------------------------------------------------------------------------------------- Plugin

const DEFAULT_MEDIA = {media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference', forcedColors: 'none'};
const isDefaultMedia = (payload) =>
  Object.entries(payload ?? {}).every(([name, value]) => value === undefined || DEFAULT_MEDIA[name] === value);

/**
 * The commands tests send, done in `engine`: `engine-capabilities` (what this harness can emulate, and why not),
 * and for Firefox and WebKit `set-viewport`, `send-keys`, `emulate-media`, `emulate-forced-colors`. It puts itself
 * before @web/test-runner's stock command plugins, which refuse WebDriver sessions and need CDP for media.
 */
export function engineCommandsPlugin(engine) {
  const plugin = {
    name: 'engine-commands',
    serverStart({config}) {
      // The list commands go through is the test runner's (with its stock plugins first), which its API plugin,
      // first of the dev server's plugins, holds.
      const commands = config.plugins.find((candidate) => Array.isArray(candidate.plugins))?.plugins ?? [];
      if (!commands.includes(plugin)) throw new Error('engine-commands: the test runner changed how it runs commands');
      commands.splice(commands.indexOf(plugin), 1);
      commands.unshift(plugin);
    },
    async executeCommand({command, payload, session}) {
      if (command === 'engine-capabilities') return {engine, ...CAPABILITIES[engine]};
      if (engine === 'firefox') {
        const page = session.browser.getPage(session.id);
        if (command === 'emulate-media') {
          await firefoxEmulateMedia(page, payload);
          return true;
        }
        if (command === 'emulate-forced-colors') {
          await firefoxEmulateMedia(page, {forcedColors: payload?.active ? 'active' : 'none'});
          return true;
        }
        if (command === 'send-keys') {
          const {press, down, up, type} = payload;
          if (press) await page.keyboard.press(firefoxKey(press));
          if (down) await page.keyboard.down(firefoxKey(down));
          if (up) await page.keyboard.up(firefoxKey(up));
          if (type) await page.keyboard.type(type);
          return true;
        }
      }
      if (engine === 'webkit') {
        const driver = session.browser.driver;
        if (command === 'set-viewport') {
          await webdriverViewport(driver, payload);
          return true;
        }
        if (command === 'send-keys') {
          await driver.performActions(keyActions(payload));
          return true;
        }
      }
      // What a page already is (screen, light, no motion preference, no forced colours) needs no emulation: the
      // tests' resets pass everywhere.
      if (engine === 'webkit' && command === 'emulate-media' && isDefaultMedia(payload)) return true;
      if (engine === 'webkit' && command === 'emulate-forced-colors' && !payload?.active) return true;
      if (engine !== 'chromium' && /^(emulate-media|emulate-forced-colors|accessibility-tree)$/.test(command)) {
        const need = {'emulate-forced-colors': 'forcedColors', 'accessibility-tree': 'accessibilityTree'}[command];
        throw new Error(`${command}: ${CAPABILITIES[engine].why?.[need ?? 'media'] ?? 'not in this engine'}`);
      }
      return undefined;
    },
  };
  return plugin;
}
