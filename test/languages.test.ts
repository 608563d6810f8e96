/** UI words per language (English and Hindi here; every other table in words.test.ts), the fallback to English, and right-to-left mirroring. */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {RoadmapTimeline} from '../src/index.js';
import {en} from '../src/format/words/en.js';
import {hi} from '../src/format/words/hi.js';
import {OFFER_FIELD_ENGLISH} from '../src/elements/roadmap-timeline/offer-check.js';
import {PLAN_ENGLISH} from '../src/elements/stage-card/curriculum.js';
import {loadWords, wordsFor} from '../src/format/words.js';
import {fetchText, indiaRoadmap, part, parts, settled, shadowText} from './helpers.js';

const HINDI_URL = '/data/backend-developer-india-2026-hi.json';
const DEVANAGARI = /[\u0900-\u097F]/;

/** Every word of a table, functions called with a placeholder: `[key path, text]`. */
function entries(table: unknown, path = ''): [string, string][] {
  if (typeof table === 'string') return [[path, table]];
  if (typeof table === 'function') return [[path, (table as (...args: string[]) => string)('X', 'Y', 'Z')]];
  return Object.entries(table as object).flatMap(([key, value]) => entries(value, path ? `${path}.${key}` : key));
}

async function timeline(template: ReturnType<typeof html>) {
  const el = await fixture<RoadmapTimeline>(template);
  await settled(el);
  return el;
}

describe('languages', () => {
  it('Hindi has every English key, each in Devanagari', () => {
    // English keeps the offer field's and the plan's words in their views' own files.
    const english = entries({...en, ...OFFER_FIELD_ENGLISH, ...PLAN_ENGLISH});
    const hindi = new Map(entries(hi));
    expect([...hindi.keys()].sort()).to.deep.equal(english.map(([key]) => key).sort());
    for (const [key] of english) {
      // "X – Y", and a yearly range as it is: no words, only the amounts.
      if (key === 'range' || key === 'perShort.year') continue;
      expect(hindi.get(key), key).to.match(DEVANAGARI);
    }
  });

  it('chooses the table by language subtag and falls back to English', async () => {
    await loadWords('hi-IN');
    expect(wordsFor('hi')).to.equal(hi);
    expect(wordsFor('hi-IN')).to.equal(hi);
    expect(wordsFor('HI-Deva-IN')).to.equal(hi);
    expect(wordsFor('en-IN')).to.equal(en);
    expect(wordsFor('it-IT')).to.equal(en);
  });

  it('the locale attribute shows an English roadmap with Hindi UI words and Intl money', async () => {
    const el = await timeline(html`<roadmap-timeline locale="hi" .roadmap=${await indiaRoadmap()}></roadmap-timeline>`);
    const text = shadowText(el);
    for (const words of [
      'चरण 1',
      'चरण 5',
      'महीने 0–2',
      'वर्ष 2–3',
      'वर्ष 4+',
      'खुली नौकरियाँ',
      'हर चरण का वेतन',
      'अंतिम अपडेट',
    ]) {
      expect(text).to.include(words);
    }
    expect(text).to.include('मई 2026');
    expect(text).to.include('लाख');
    expect(text).not.to.include('Stage 1');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('hi');
    const spoken = parts(el, 'card')[0]!
      .shadowRoot!.querySelector('salary-band')!
      .shadowRoot!.querySelector('.visually-hidden');
    expect(spoken!.textContent).to.match(/^वेतन सीमा: प्रति वर्ष .* से .* तक$/);
  });

  it("a roadmap's own hi-IN locale chooses Hindi; Devanagari digits when the locale asks", async () => {
    const json = await fetchText(HINDI_URL);
    const el = await timeline(html`<roadmap-timeline roadmap=${json}></roadmap-timeline>`);
    expect(shadowText(el)).to.include('चरण 1');
    expect(shadowText(el)).to.include('बुनियाद');
    el.locale = 'hi-IN-u-nu-deva';
    await settled(el);
    expect(shadowText(el)).to.include('चरण १');
  });

  it('falls back to English words for a language without a table', async () => {
    const el = await timeline(
      html`<roadmap-timeline locale="it-IT" .roadmap=${await indiaRoadmap()}></roadmap-timeline>`,
    );
    expect(shadowText(el)).to.include('Stage 1');
    expect(shadowText(el)).to.include('maggio 2026');
  });

  it('says what went wrong in Hindi', async () => {
    const el = await timeline(html`<roadmap-timeline locale="hi" roadmap='{"version": 1}'></roadmap-timeline>`);
    expect(part(el, 'error')!.textContent).to.include('इस रोडमैप में एक गलती है');
  });
});

/** True when the stage marker sits to the right of its card (mirrored). */
function markerOnRight(el: RoadmapTimeline): boolean {
  const marker = part(el, 'marker')!.getBoundingClientRect();
  const card = parts(el, 'card')[0]!.getBoundingClientRect();
  return marker.left > card.left;
}

/** True when the first stage's salary fill starts from the right end of its track. */
function barFromRight(el: RoadmapTimeline): boolean {
  const band = parts(el, 'card')[0]!.shadowRoot!.querySelector('salary-band')!;
  const track = band.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
  const fill = band.shadowRoot!.querySelector('.fill')!.getBoundingClientRect();
  return track.right - fill.right < fill.left - track.left;
}

describe('right to left', () => {
  it('stays left to right for English and Hindi', async () => {
    for (const locale of ['en-IN', 'hi']) {
      const el = await timeline(
        html`<roadmap-timeline layout="vertical" locale=${locale} .roadmap=${await indiaRoadmap()}></roadmap-timeline>`,
      );
      expect(markerOnRight(el), locale).to.equal(false);
      expect(barFromRight(el), locale).to.equal(false);
    }
  });

  for (const locale of ['ar', 'he', 'fa', 'ur']) {
    it(`mirrors for locale ${locale}`, async () => {
      const el = await timeline(
        html`<roadmap-timeline layout="vertical" locale=${locale} .roadmap=${await indiaRoadmap()}></roadmap-timeline>`,
      );
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(markerOnRight(el)).to.equal(true);
      expect(barFromRight(el)).to.equal(true);
    });
  }

  it('mirrors inside an ancestor with dir="rtl", whatever the locale', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div dir="rtl">
        <roadmap-timeline layout="vertical" .roadmap=${await indiaRoadmap()}></roadmap-timeline>
      </div>`,
    );
    const el = wrapper.querySelector('roadmap-timeline')!;
    await settled(el);
    expect(markerOnRight(el)).to.equal(true);
    expect(barFromRight(el)).to.equal(true);
    // Horizontal too: the first stage starts at the right.
    el.layout = 'horizontal';
    await settled(el);
    const [first, second] = parts(el, 'stage');
    expect(first!.getBoundingClientRect().left).to.be.greaterThan(second!.getBoundingClientRect().left);
  });
});
