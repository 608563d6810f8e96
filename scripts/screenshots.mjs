// Takes the README's screenshots with Debian's Chromium: `npm run build`, start `npm start`, then
// `node scripts/screenshots.mjs [base URL]`. Writes docs/roadmap-light.png and docs/roadmap-dark.png.
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://localhost:5173';
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});
const shots = [
  {file: 'docs/roadmap-light.png', scheme: 'light', width: 1100},
  {file: 'docs/roadmap-dark.png', scheme: 'dark', width: 400},
];
for (const {file, scheme, width} of shots) {
  const page = await browser.newPage();
  await page.setViewport({width, height: 900, deviceScaleFactor: 1});
  await page.emulateMediaFeatures([{name: 'prefers-color-scheme', value: scheme}]);
  await page.goto(`${base}/demo/publisher.html`);
  await page.waitForFunction(() => document.querySelector('roadmap-timeline')?.shadowRoot?.querySelector('stage-card'));
  await page.evaluate(() => document.fonts.ready);
  const element = await page.$('roadmap-timeline');
  await element.screenshot({path: file});
  console.log(`wrote ${file}`);
  await page.close();
}
await browser.close();
