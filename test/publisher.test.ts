/**
 * The way a publisher embeds the library: a plain page with one <script> tag from dist/ and one element, loaded in
 * an iframe so the page is the publisher's own document, not the test runner's.
 */
import {expect} from '@open-wc/testing';
import {deepText, fetchText, part, shadowText, sleep} from './helpers.js';
import {closeFrames, open, openRoadmap, type Page, type PageWindow} from './frames.js';

const SEED_URL = '/test/fixtures/seed-backend-developer-india-2026.txt';

const stageCards = (timeline: HTMLElement) => [...timeline.shadowRoot!.querySelectorAll('stage-card')];

/** The seed: what the published page must say. */
async function seed() {
  const lines = (await fetchText(SEED_URL)).split('\n').map((line) => line.trim());
  const bullets = lines.filter((line) => line.startsWith('•')).map((line) => line.slice(1).trim());
  const titles = lines.flatMap((line, index) =>
    /^\d+\. Stage \d+/.test(line) ? [lines.slice(index + 1).find((next) => next !== '')!] : [],
  );
  const ranges = lines
    .filter((line) => line.startsWith('Salary range'))
    .map((line) => line.slice('Salary range'.length).trim());
  return {bullets, titles, ranges};
}

describe('publisher page: one classic script and one element', () => {
  let page: Page;
  let text: string;
  before(async () => {
    page = await openRoadmap('/test/fixtures/publisher.html');
    text = deepText(page.timeline.shadowRoot!);
  });
  after(closeFrames);

  it('shows every bullet of the seed verbatim', async () => {
    const {bullets} = await seed();
    expect(bullets, 'bullets in the seed').to.have.length(15);
    const missing = bullets.filter((bullet) => !text.includes(bullet));
    expect(missing, 'seed bullets missing from the page').to.deep.equal([]);
  });

  it("shows the seed's stage titles in order", async () => {
    const {titles} = await seed();
    expect(titles, 'stage titles in the seed').to.have.length(5);
    const shown = stageCards(page.timeline).map((card) => part(card, 'title')?.textContent?.trim());
    expect(shown).to.deep.equal(titles);
  });

  it("shows the seed's salary range for each stage", async () => {
    const {ranges} = await seed();
    expect(ranges, 'salary ranges in the seed').to.deep.equal([
      '₹5L – ₹11L',
      '₹5L – ₹11L',
      '₹11L – ₹15L',
      '₹15L – ₹21L',
      '₹21L – ₹30L',
    ]);
    const shown = stageCards(page.timeline).map((card) => shadowText(part(card, 'salary')!));
    expect(shown).to.have.length(5);
    shown.forEach((bandText, index) => expect(bandText, `stage ${index + 1}`).to.contain(ranges[index]!));
  });

  it('shows the market salary band ₹5L – ₹30L', () => {
    const band = part(page.timeline, 'header')!.querySelector('salary-band')!;
    expect(shadowText(band)).to.contain('₹5L – ₹30L');
  });

  it('shows 7,840 open roles', () => {
    expect(text).to.contain('7,840');
  });

  it('shows the "Browse open roles" call to action', () => {
    const link = part(page.timeline, 'link');
    expect(link?.tagName).to.equal('A');
    expect(link?.textContent?.trim()).to.equal('Browse open roles');
  });
});

describe('publisher page loading the classic script twice and the ES module', () => {
  let page: Page;
  before(async () => {
    page = await openRoadmap('/test/fixtures/double-load.html');
    await sleep(100);
  });
  after(closeFrames);

  it('throws no error', () => {
    expect(page.win.pageEvents, 'the page recorder ran').to.be.an('object');
    expect(page.win.pageEvents!.errors).to.deep.equal([]);
  });

  it('still renders all 5 stages', () => {
    expect(stageCards(page.timeline)).to.have.length(5);
    expect(deepText(page.timeline.shadowRoot!)).to.contain('Senior trajectory');
  });

  it('defines each element once', () => {
    expect(page.win.pageEvents!.defines).to.deep.equal({'salary-band': 1, 'stage-card': 1, 'roadmap-timeline': 1});
    const Timeline = page.win.customElements.get('roadmap-timeline');
    expect(Timeline, 'customElements.get("roadmap-timeline")').to.be.a('function');
    expect(page.timeline).to.be.instanceOf(Timeline!);
  });
});

describe("publisher page with Content-Security-Policy: default-src 'self'", () => {
  /** Lets any violation report (dispatched as a task) arrive. */
  const reported = () => sleep(300);
  afterEach(closeFrames);

  it('the recorder hears a violation when a page breaks the policy', async () => {
    const {win} = await open('/test-api/csp/csp-violation');
    await reported();
    expect((win as PageWindow & {inlineScriptRan?: boolean}).inlineScriptRan).to.not.equal(true);
    expect(win.pageEvents!.violations).to.have.length.above(0);
  });

  it('the classic script reports no CSP violation', async () => {
    const {win} = await openRoadmap('/test-api/csp/csp');
    await reported();
    expect(win.pageEvents!.violations).to.deep.equal([]);
  });

  it('the classic script renders all 5 stages', async () => {
    const {timeline} = await openRoadmap('/test-api/csp/csp');
    expect(stageCards(timeline)).to.have.length(5);
    expect(stageCards(timeline).map((card) => part(card, 'title')?.textContent?.trim())).to.include.members([
      'Foundations',
      'Senior trajectory',
    ]);
  });

  it('the ES module reports no CSP violation', async () => {
    const {win} = await openRoadmap('/test-api/csp/csp-module');
    await reported();
    expect(win.pageEvents!.violations).to.deep.equal([]);
  });

  it('the ES module renders all 5 stages', async () => {
    const {timeline} = await openRoadmap('/test-api/csp/csp-module');
    expect(stageCards(timeline)).to.have.length(5);
  });

  it('the page throws no error under the policy', async () => {
    const {win} = await openRoadmap('/test-api/csp/csp');
    await reported();
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });
});
