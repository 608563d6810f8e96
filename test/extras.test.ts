/**
 * The extras the embed loads beside itself (dist/roadmap-elements.<name>.js): word tables other than English and
 * the JSON-LD builder. Publisher pages under a strict CSP, with the built files: the core file asks for them only
 * when a roadmap needs them, and a page shows the same roadmap as with everything bundled.
 */
import {expect} from '@open-wc/testing';
import {closeFrames, openRoadmap} from './frames.js';
import {sleep} from './helpers.js';

const text = (root: Element | ShadowRoot): string =>
  [...root.querySelectorAll('*')]
    .map((element) => element.shadowRoot)
    .filter(Boolean)
    .map((shadow) => `${shadow!.textContent ?? ''} ${text(shadow!)}`)
    .join(' ');

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
      const shown = `${timeline.shadowRoot!.textContent} ${text(timeline.shadowRoot!)}`;
      for (const words of ['चरण 1', 'चरण 5', 'खुली नौकरियाँ', 'वेतन सीमा', 'अंतिम अपडेट']) expect(shown).to.include(words);
      expect(shown).not.to.match(/Stage \d|Salary range|Open roles/);
      const ld = timeline.querySelectorAll(':scope > script[type="application/ld+json"]');
      expect(ld).to.have.length(1);
      expect(JSON.parse(ld[0]!.textContent!)['@type']).to.equal('Occupation');
      expect(loadedExtras(win)).to.deep.equal([
        '/dist/roadmap-elements.occupation.js',
        '/dist/roadmap-elements.words-hi.js',
      ]);
      await sleep(100);
      expect(win.pageEvents!.violations).to.deep.equal([]);
      expect(win.pageEvents!.errors).to.deep.equal([]);
    });
  }

  it('the core file copied alone still shows a Hindi roadmap, in English words, with one warning', async () => {
    const {win, timeline} = await openRoadmap('/test/fixtures/embed-alone.html');
    const shown = `${timeline.shadowRoot!.textContent} ${text(timeline.shadowRoot!)}`;
    expect(shown).to.include('Stage 1');
    expect(shown).to.include('बैकएंड'); // the roadmap's own text stays as written
    await sleep(100);
    const warnings = win.pageEvents!.warnings.filter((warning) => warning.includes('could not be loaded'));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('"hi" words');
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });

  it('an English roadmap without structured-data loads nothing beside the embed', async () => {
    const {win} = await openRoadmap('/test/fixtures/publisher.html');
    expect(loadedExtras(win)).to.deep.equal([]);
  });
});
