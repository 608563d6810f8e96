// Takes the README's screenshots with Debian's Chromium: `npm run build`, start `npm start`, then
// `node scripts/screenshots.mjs [base URL]`. Writes docs/roadmap-light.png and docs/roadmap-dark.png (1,200 px),
// docs/roadmap-phone.png and docs/roadmap-phone-dark.png (360 px), and the Hindi and Arabic (right to left)
// roadmaps of the gallery page at 360 px: docs/roadmap-hindi.png, docs/roadmap-arabic.png. The demo pages declare
// `color-scheme: light dark`, so the roadmaps follow the emulated preference.
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://localhost:5173';
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const shots = [
  {file: 'docs/roadmap-light.png', scheme: 'light', width: 1200},
  {file: 'docs/roadmap-dark.png', scheme: 'dark', width: 1200},
  {file: 'docs/roadmap-phone.png', scheme: 'light', width: 360},
  {file: 'docs/roadmap-phone-dark.png', scheme: 'dark', width: 360},
  {file: 'docs/roadmap-hindi.png', scheme: 'light', width: 360, page: 'gallery', selector: '#hindi'},
  {file: 'docs/roadmap-arabic.png', scheme: 'light', width: 360, page: 'gallery', selector: '#arabic'},
];
for (const {file, scheme, width, page: name = 'publisher', selector = 'roadmap-timeline'} of shots) {
  const page = await browser.newPage();
  await page.setViewport({width, height: 900, deviceScaleFactor: 1});
  await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
  await page.goto(`${base}/demo/${name}.html`, {timeout: 120000});
  await page.waitForFunction(
    (selector) => document.querySelector(selector)?.shadowRoot?.querySelector('stage-card'),
    {timeout: 120000},
    selector,
  );
  await page.evaluate(() => document.fonts.ready);
  const element = await page.$(selector);
  await element.screenshot({path: file});
  console.log(`wrote ${file}`);
  await page.close();
}
await browser.close();
