/**
 * The extras the embed loads beside itself (dist/roadmap-elements.<name>.js): word tables other than English, the
 * JSON-LD builder, the wording of problems and the reader features. Publisher pages under a strict CSP, with the built files: the core file asks for them only
 * when a roadmap needs them, and a page shows the same roadmap as with everything bundled.
 */
import {expect} from '@open-wc/testing';
import {closeFrames, open, openRoadmap, type PageWindow} from './frames.js';
import {shadowText, sleep} from './helpers.js';

// The resource timing buffer holds 250 entries by default: once full, later fetches are not counted.
performance.setResourceTimingBufferSize(100000);

/**
 * The warnings for files beside the embed that could not be loaded, but the salary ladder's: a timeline asks for
 * that one as it renders (issue 15), so a core file copied alone warns about it too.
 */
const notLoaded = (win: PageWindow) =>
  win.pageEvents!.warnings.filter((warning) => warning.includes('could not be loaded') && !warning.includes('ladder'));

const loadedExtras = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /roadmap-elements\.[a-z-]+\.js$/.test(path) && !/\.(iife|hydrate)\./.test(path))
    .sort();

describe('extras beside the embed', () => {
  afterEach(closeFrames);

  for (const [page, script] of [
    ['csp-extras', 'classic script'],
    ['csp-extras-module', 'ES module'],
  ] as const) {
    it(`${script}: Hindi words in every card and band, JSON-LD, from the files beside it, with no CSP violation`, async () => {
      const {win, timeline} = await openRoadmap(`/test-api/csp/${page}`);
      const shown = shadowText(timeline);
      for (const words of ['चरण 1', 'चरण 5', 'खुली नौकरियाँ', 'वेतन सीमा', 'अंतिम अपडेट']) expect(shown).to.include(words);
      expect(shown).not.to.match(/Stage \d|Salary range|Open roles/);
      const ld = timeline.querySelectorAll(':scope > script[type="application/ld+json"]');
      expect(ld).to.have.length(1);
      expect(JSON.parse(ld[0]!.textContent!)['@type']).to.equal('Occupation');
      expect(loadedExtras(win)).to.deep.equal([
        '/dist/roadmap-elements.ladder.js',
        '/dist/roadmap-elements.occupation.js',
        '/dist/roadmap-elements.words-hi.js',
      ]);
      await sleep(100);
      expect(win.pageEvents!.violations).to.deep.equal([]);
      expect(win.pageEvents!.errors).to.deep.equal([]);
    });
  }

  it('classic script: a modulepreload of a file beside it is the one the embed uses, fetched once', async () => {
    const {win, timeline} = await openRoadmap('/test-api/csp/csp-preload');
    expect(shadowText(timeline)).to.include('चरण 1');
    const entries = win.performance.getEntriesByType('resource');
    const fetched = entries.filter((entry) => entry.name.endsWith('/dist/roadmap-elements.words-hi.js'));
    expect(fetched).to.have.length(1);
    // Asked for by the page before the embed had even requested the roadmap, not after the roadmap arrived.
    const roadmap = entries.find((entry) => entry.name.endsWith('/data/backend-developer-india-2026-hi.json'))!;
    expect(fetched[0]!.startTime).to.be.below(roadmap.startTime);
    await sleep(100);
    expect(win.pageEvents!.violations).to.deep.equal([]);
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it('the core file copied alone still shows a Hindi roadmap, in English words, with one warning', async () => {
    const {win, timeline} = await openRoadmap('/test/fixtures/embed-alone.html');
    const shown = shadowText(timeline);
    expect(shown).to.include('Stage 1');
    expect(shown).to.include('बैकएंड'); // the roadmap's own text stays as written
    await sleep(100);
    const warnings = notLoaded(win);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"hi" words');
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it('the core file copied alone still shows a roadmap asking for reader features, without them, with one warning', async () => {
    const {win, timeline} = await openRoadmap('/test/fixtures/embed-alone-reader.html');
    const cards = [...timeline.shadowRoot!.querySelectorAll('stage-card')];
    expect(cards).to.have.length(5);
    for (const card of cards) {
      // Every stage whole, its items as a plain list: no disclosure, no checkboxes.
      expect(card.shadowRoot!.querySelector('[part~="items"]')!.checkVisibility()).to.equal(true);
      expect(card.shadowRoot!.querySelector('input, [part~="toggle"], [part~="progress"]')).to.equal(null);
    }
    expect(timeline.shadowRoot!.querySelector('[part~="controls"], [part~="progress"], [part~="current"]')).to.equal(
      null,
    );
    // Asking again (the progress property) neither loads nor warns again, and nothing keeps re-rendering.
    let renders = 0;
    const observer = new MutationObserver(() => renders++);
    for (const root of [timeline.shadowRoot!, ...cards.map((card) => card.shadowRoot!)]) {
      observer.observe(root, {subtree: true, childList: true, attributes: true, characterData: true});
    }
    (timeline as HTMLElement & {progress: object}).progress = {foundations: ['sql']};
    await (timeline as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
    await sleep(200);
    observer.disconnect();
    expect(renders).to.equal(0);
    const warnings = notLoaded(win);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('reader features');
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it('classic script: an English roadmap without structured-data or reader attributes loads only the salary ladder beside it', async () => {
    const {win} = await openRoadmap('/test/fixtures/publisher.html');
    expect(loadedExtras(win)).to.deep.equal(['/dist/roadmap-elements.ladder.js']);
  });

  it('classic script: a roadmap with track-progress (and the other reader attributes) loads the reader extra', async () => {
    const {win, timeline} = await openRoadmap('/test-api/csp/csp-reader');
    expect(loadedExtras(win)).to.deep.equal(['/dist/roadmap-elements.ladder.js', '/dist/roadmap-elements.reader.js']);
    const card = timeline.shadowRoot!.querySelector('stage-card')!;
    expect(card.shadowRoot!.querySelectorAll('input[type="checkbox"]').length).to.be.above(0);
    expect(card.shadowRoot!.querySelector('[part~="toggle"]')).not.to.equal(null);
    await sleep(100);
    expect(win.pageEvents!.violations).to.deep.equal([]);
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it('classic script: offer-check loads the offer extra beside it; the field reads "12L", under a strict CSP', async () => {
    const {win, timeline} = await openRoadmap('/test-api/csp/csp-offer');
    expect(loadedExtras(win)).to.deep.equal(['/dist/roadmap-elements.ladder.js', '/dist/roadmap-elements.offer.js']);
    const field = timeline.shadowRoot!.querySelector<HTMLInputElement>('[part~="offer-input"]')!;
    field.value = '12L';
    field.dispatchEvent(new Event('change', {bubbles: true}));
    await (timeline as HTMLElement & {updateComplete: Promise<boolean>}).updateComplete;
    const status = timeline.shadowRoot!.querySelector('[part~="offer-status"] [aria-hidden="true"]')!;
    expect(status.textContent).to.equal('₹12L is within Stage 3’s range, ₹11L – ₹15L');
    // Its styles are adopted (a strict CSP allows no <style> element): the field takes the card's width.
    expect(win.getComputedStyle(field).boxSizing).to.equal('border-box');
    await sleep(100);
    expect(win.pageEvents!.violations).to.deep.equal([]);
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it('the core file copied alone shows a roadmap with offer-check without the field, its bands still marked, one warning', async () => {
    const {win, timeline} = await openRoadmap('/test/fixtures/embed-alone-offer.html');
    expect(timeline.shadowRoot!.querySelector('[part~="offer-check"]')).to.equal(null);
    const card = timeline.shadowRoot!.querySelectorAll('stage-card')[2]!;
    const band = card.shadowRoot!.querySelector('salary-band')!;
    expect(band.shadowRoot!.querySelector('[part~="offer"]')!.textContent).to.equal(
      '₹12L is within Stage 3’s range, ₹11L – ₹15L',
    );
    await sleep(100);
    const warnings = notLoaded(win);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('offer check');
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  /** Opens a page whose timeline fails, and waits for the error it shows. */
  async function openFailing(url: string): Promise<{win: PageWindow; error: Element}> {
    const {win, doc} = await open(url);
    const timeline = doc.querySelector('roadmap-timeline') as HTMLElement & {updateComplete: Promise<boolean>};
    const find = () => timeline.shadowRoot?.querySelector('[part~="error"]');
    if (!find()) await new Promise((resolve) => timeline.addEventListener('roadmap-error', resolve, {once: true}));
    await timeline.updateComplete;
    return {win, error: find()!};
  }

  it('classic script: a roadmap with a mistake loads the wording beside it and names the mistake, under a strict CSP', async () => {
    const {win, error} = await openFailing('/test-api/csp/csp-error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.include('stages[0].salary.max: must be ≥ min (1100000)');
    expect(loadedExtras(win)).to.deep.equal(['/dist/roadmap-elements.ladder.js', '/dist/roadmap-elements.messages.js']);
    // The global API words problems the same way, as a promise (the wording loads on demand).
    const api = (win as unknown as {RoadmapElements: {validateRoadmap(input: unknown): Promise<unknown>}})
      .RoadmapElements;
    expect(await api.validateRoadmap('{"version": 1')).to.deep.equal({
      ok: false,
      issues: [
        {
          path: '',
          message:
            'The roadmap is not valid JSON: line 1, column 14: the JSON ends too early: a closing "}" is missing',
        },
      ],
    });
    await sleep(100);
    expect(win.pageEvents!.violations).to.deep.equal([]);
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it('the core file copied alone still names where a roadmap is wrong, by code, with one warning', async () => {
    const {win, error} = await openFailing('/test/fixtures/embed-alone-error.html');
    expect(error.textContent).to.include('stages[0].salary.max: is not valid (below)');
    await sleep(100);
    const warnings = notLoaded(win);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('error messages');
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });
});
