/**
 * Hardening, on publishers' pages in iframes: Trusted Types (with and without a second copy of Lit), both
 * embeds loaded together with three timelines, and a host page with hostile global CSS.
 */
import {expect} from '@open-wc/testing';
import {deepQueryAll, part, sleep} from '../helpers.js';
import {closeFrames, open, openRoadmap, shown, type PageWindow} from '../frames.js';
import {lowContrast, textRuns} from '../contrast.js';

/** Lets any violation report (dispatched as a task) arrive. */
const reported = () => sleep(300);
const stageCards = (timeline: Element) => [...timeline.shadowRoot!.querySelectorAll('stage-card')];
const stageTitles = (timeline: Element) => stageCards(timeline).map((card) => part(card, 'title')?.textContent?.trim());

describe("Trusted Types: require-trusted-types-for 'script'", () => {
  afterEach(closeFrames);

  it("renders all 5 stages with the README's header (trusted-types lit-html 'allow-duplicates')", async () => {
    const {win, timeline} = await openRoadmap('/test-api/csp/trusted-types?tt=lit');
    await reported();
    expect(stageCards(timeline)).to.have.length(5);
    expect(win.pageEvents!.violations).to.deep.equal([]);
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it('the page hears a violation when the policy does not allow lit-html (the test can fail)', async () => {
    const {win} = await open('/test-api/csp/trusted-types?tt=none');
    await reported();
    expect(win.pageEvents!.violations.join('\n')).to.contain('trusted-types');
  });

  it("works next to the host page's own copy of Lit with 'allow-duplicates'", async () => {
    const {win, doc, timeline} = await openRoadmap('/test-api/csp/trusted-types-two-lits?tt=lit');
    await reported();
    expect((win as PageWindow & {hostLitRendered?: boolean}).hostLitRendered, "the page's Lit ran").to.equal(true);
    expect(doc.getElementById('host-lit')!.textContent).to.contain("Rendered by the page's own Lit");
    expect(stageCards(timeline)).to.have.length(5);
    expect(win.pageEvents!.violations).to.deep.equal([]);
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it("a second copy of Lit without 'allow-duplicates' is refused (why the README's header has it)", async () => {
    const {win} = await open('/test-api/csp/trusted-types-two-lits?tt=lit-once');
    await reported();
    const problems = [...win.pageEvents!.violations, ...win.pageEvents!.errors].join('\n');
    expect(problems).to.match(/lit-html/);
  });
});

describe('both embeds, the classic one twice, and three timelines on one page', () => {
  let win: PageWindow;
  let doc: Document;
  let timelines: HTMLElement[];
  before(async () => {
    ({win, doc} = await open('/test/fixtures/three-timelines.html'));
    const qa = doc.querySelector('shadow-shell')!.shadowRoot!.querySelector('roadmap-timeline') as HTMLElement;
    timelines = [doc.getElementById('india')!, doc.getElementById('frontend')!, qa];
    await Promise.all(timelines.map(shown));
    await sleep(100);
  });
  after(closeFrames);

  it('throws nothing', () => {
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it('defines each element once', () => {
    expect(win.pageEvents!.defines).to.deep.equal({
      'shadow-shell': 1,
      'salary-band': 1,
      'stage-card': 1,
      'roadmap-timeline': 1,
    });
  });

  it('renders each roadmap in its own timeline, the one in a shadow root too', () => {
    expect(timelines.map((timeline) => part(timeline, 'title')?.textContent?.trim())).to.deep.equal([
      'The Backend Developer roadmap — from first project to senior offer',
      'The Frontend Developer roadmap',
      'The QA Engineer roadmap',
    ]);
    expect(timelines.map((timeline) => stageCards(timeline).length)).to.deep.equal([5, 3, 2]);
    expect(stageTitles(timelines[2]!)).to.deep.equal(['Testing foundations', 'Automation']);
  });

  it("gives each timeline's cards their own roadmap's currency", () => {
    const band = (timeline: Element) => deepQueryAll(timeline.shadowRoot!, '[part~="value"]')[0]?.textContent;
    expect(band(timelines[0]!)).to.contain('₹');
    expect(band(timelines[1]!)).to.contain('$');
  });
});

describe('a host page with hostile global CSS, in a 360 px column', () => {
  let doc: Document;
  let timeline: HTMLElement;
  before(async () => {
    ({doc, timeline} = await openRoadmap('/test/fixtures/hostile.html', 360, 800));
  });
  after(closeFrames);

  it('the roadmap fits the column: nothing inside reaches past its right edge', () => {
    const {left, right} = timeline.getBoundingClientRect();
    expect(right, 'timeline right edge').to.be.at.most(360);
    const base = part(timeline, 'base')!;
    expect(base.scrollWidth, 'base scrollWidth').to.be.at.most(base.clientWidth);
    const outside = deepQueryAll(timeline.shadowRoot!, '*')
      .filter((element) => element.getClientRects().length > 0)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 1 && (box.right > right + 0.5 || box.left < left - 0.5);
      })
      .map((element) => element.getAttribute('part') ?? element.localName);
    expect(outside).to.deep.equal([]);
  });

  it('adds no sideways scroll to the page', async () => {
    const withRoadmap = doc.scrollingElement!.scrollWidth;
    timeline.hidden = true;
    const without = doc.scrollingElement!.scrollWidth;
    timeline.hidden = false;
    await sleep(0);
    expect(withRoadmap).to.be.at.most(Math.max(without, 360));
  });

  it('keeps its layout: stages stacked as a list, bars drawn, no text squashed', () => {
    const cards = stageCards(timeline).map((card) => card.getBoundingClientRect());
    expect(cards).to.have.length(5);
    for (let i = 1; i < cards.length; i++) expect(cards[i]!.top).to.be.at.least(cards[i - 1]!.bottom);
    const items = [...timeline.shadowRoot!.querySelectorAll('[part~="stage"]')];
    expect(items.map((li) => getComputedStyle(li).display)).to.deep.equal(Array(5).fill('grid'));
    const bars = deepQueryAll(timeline.shadowRoot!, 'svg[part~="bar"]');
    expect(bars.length).to.be.at.least(6);
    for (const bar of bars) expect(bar.getBoundingClientRect().height).to.be.above(2);
    const title = part(timeline, 'title')!;
    const style = getComputedStyle(title);
    expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), 'title line height').to.be.at.least(1.2);
    expect(style.whiteSpace).to.equal('normal');
    expect(style.textTransform).to.equal('none');
  });

  for (const theme of ['light', 'dark']) {
    it(`every text run keeps at least 4.5:1 contrast against what is behind it (${theme} theme)`, async () => {
      timeline.setAttribute('theme', theme);
      await sleep(50);
      const runs = textRuns(timeline.shadowRoot!);
      expect(runs.length, 'text runs found').to.be.above(60);
      expect(lowContrast(runs)).to.deep.equal([]);
    });
  }

  for (const theme of ['light', 'dark']) {
    it(`the error over the roadmap keeps 4.5:1 too (${theme} theme)`, async () => {
      timeline.setAttribute('theme', theme);
      const warn = console.warn;
      console.warn = () => {};
      timeline.setAttribute('roadmap', '[]');
      await sleep(50);
      console.warn = warn;
      const error = part(timeline, 'error')!;
      error.querySelector('details')!.open = true;
      await sleep(50);
      const runs = textRuns(error);
      expect(runs.map((run) => run.text)).to.include('This roadmap could not be shown.');
      expect(runs.length).to.be.at.least(4);
      expect(lowContrast(runs)).to.deep.equal([]);
      expect(lowContrast(textRuns(timeline.shadowRoot!))).to.deep.equal([]);
      timeline.removeAttribute('roadmap');
      await sleep(50);
    });
  }

  it('the contrast check can fail: light text on the light theme is caught', async () => {
    timeline.setAttribute('theme', 'light');
    timeline.style.setProperty('--roadmap-text', '#bbbbbb');
    await sleep(50);
    expect(lowContrast(textRuns(timeline.shadowRoot!))).to.not.deep.equal([]);
    timeline.style.removeProperty('--roadmap-text');
  });
});
