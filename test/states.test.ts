/**
 * States for readers (issue 15, point 6): a skeleton shaped like the roadmap, visible (1.3:1 or more) and announced;
 * errors as a sentence in the reader's language, a Retry button for network, timeout and HTTP failures, the
 * publisher's fallback children with it, and the located details kept under "Details", in the event and console.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {emulateOrSkip} from './engine.js';
import '../src/define.js';
import type {RoadmapTimeline} from '../src/index.js';
import {indiaRoadmap, part, settled} from './layout-helpers.js';
import {INDIA_URL, warningsDuring, type ErrorEvent} from './helpers.js';
import {contrastRatio, effectiveBackground, parseColor} from './contrast.js';

const slow = `/test-api/delay?ms=4000&file=${encodeURIComponent(INDIA_URL)}`;

/** A timeline fetching `src`, after its first failure (or load) has rendered. */
async function failing(src: string, attributes: Record<string, string> = {}, children = '') {
  const el = document.createElement('roadmap-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = children;
  const failed = oneEvent(el, 'roadmap-error') as Promise<ErrorEvent>;
  let event!: ErrorEvent;
  const warnings = await warningsDuring(async () => {
    el.src = src;
    await fixture(el);
    event = await failed;
    await settled(el);
  });
  return {el, event, warnings};
}

const sentence = (el: RoadmapTimeline) => part(el, 'error')!.querySelector('.error-title')!.textContent!.trim();
const retryButton = (el: RoadmapTimeline) => part(el, 'retry') as HTMLButtonElement | null;

describe('loading skeleton', () => {
  afterEach(() => emulateMedia({reducedMotion: 'no-preference', colorScheme: 'light'}));

  it('is shaped like the roadmap: an eyebrow, a title, a line, three facts and cards', async () => {
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline src=${slow}></roadmap-timeline>`);
    const loading = part(el, 'loading')!;
    expect(loading.querySelectorAll('.skeleton.fact')).to.have.length(3);
    expect(loading.querySelectorAll('.skeleton.card').length).to.be.at.least(2);
    const [eyebrow, title] = [loading.querySelector('.eyebrow')!, loading.querySelector('.title')!];
    expect(eyebrow.getBoundingClientRect().bottom).to.be.at.most(title.getBoundingClientRect().top);
  });

  for (const theme of ['light', 'dark']) {
    it(`stands out 1.3:1 or more against its background, at both ends of its pulse (${theme})`, async function () {
      await emulateOrSkip(this, {reducedMotion: 'reduce'});
      const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline theme=${theme} src=${slow}></roadmap-timeline>`);
      const base = effectiveBackground(part(el, 'base')!);
      for (const block of part(el, 'loading')!.querySelectorAll<HTMLElement>('.skeleton')) {
        const style = getComputedStyle(block);
        const paint = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? style.borderTopColor : style.backgroundColor;
        const [r, g, b] = parseColor(paint);
        expect(contrastRatio([r, g, b, 1], base), block.className).to.be.at.least(1.3);
        // The pulse fades to 0.8 opacity: blended over the background there, still 1.3:1.
        const faint = [0, 1, 2].map((i) => [r, g, b][i]! * 0.8 + base[i]! * 0.2);
        expect(contrastRatio([...faint, 1] as never, base), `${block.className} at its faint end`).to.be.at.least(1.3);
      }
    });
  }

  it('says "Loading roadmap…" to screen readers, with aria-busy on the host', async () => {
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline src=${slow}></roadmap-timeline>`);
    expect(part(el, 'loading')!.textContent!.trim()).to.equal('Loading roadmap…');
    expect(el.getAttribute('aria-busy')).to.equal('true');
  });
});

describe('errors for readers', () => {
  it('a network failure says so in a sentence and offers Retry', async () => {
    const {el} = await failing('/test-api/broken');
    expect(sentence(el)).to.equal('The roadmap could not be loaded. Check your connection and try again.');
    expect(retryButton(el)!.textContent!.trim()).to.equal('Try again');
  });

  it('an HTTP error says the server failed and offers Retry', async () => {
    const {el} = await failing('/test-api/status/404');
    expect(sentence(el)).to.equal('The roadmap could not be loaded from the server. Try again in a moment.');
    expect(retryButton(el)).to.not.equal(null);
  });

  it('a timeout says it took too long and offers Retry', async () => {
    const {el} = await failing(slow, {timeout: '50'});
    expect(sentence(el)).to.equal('The roadmap is taking too long to load. Try again in a moment.');
    expect(retryButton(el)).to.not.equal(null);
  });

  it('a mistake in the roadmap offers no Retry: loading it again would not mend it', async () => {
    const {el} = await failing('/test-api/html');
    expect(sentence(el)).to.contain('has a mistake in it');
    expect(retryButton(el)).to.equal(null);
  });

  it("speaks the reader's language: Hindi with locale=hi", async () => {
    const {el} = await failing('/test-api/status/503', {locale: 'hi'});
    expect(sentence(el)).to.equal('सर्वर से रोडमैप लोड नहीं हो सका। थोड़ी देर में फिर से कोशिश करें।');
    expect(retryButton(el)!.textContent!.trim()).to.equal('फिर से कोशिश करें');
  });

  it('Retry loads the roadmap again and shows it once the network is back', async () => {
    const realFetch = window.fetch;
    let calls = 0;
    window.fetch = (...args: Parameters<typeof fetch>) =>
      ++calls === 1 ? Promise.reject(new TypeError('offline')) : realFetch(...args);
    try {
      const {el} = await failing(INDIA_URL);
      const loaded = oneEvent(el, 'roadmap-load');
      retryButton(el)!.click();
      await loaded;
      await settled(el);
      expect(calls).to.equal(2);
      expect(part(el, 'error')).to.equal(null);
      expect(part(el, 'title')!.textContent).to.contain('Backend Developer');
    } finally {
      window.fetch = realFetch;
    }
  });

  it("shows the publisher's fallback children with the error", async () => {
    const {el} = await failing('/test-api/status/500', {}, '<a href="/roadmap.html">Read the roadmap as a page</a>');
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.above(0);
    expect(part(el, 'error')!.contains(link.assignedSlot)).to.equal(true);
  });

  it('never shows the fallback children with a roadmap', async () => {
    const el = document.createElement('roadmap-timeline');
    el.innerHTML = '<a href="/roadmap.html">Read the roadmap as a page</a>';
    el.roadmap = await indiaRoadmap();
    await fixture(el);
    await settled(el);
    expect(el.querySelector('a')!.getBoundingClientRect().height).to.equal(0);
  });

  it('keeps the located details under "Details", in the event and in the console', async () => {
    const {el, event, warnings} = await failing('/test-api/status/404');
    const details = part(el, 'error')!.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Details');
    expect(details.textContent).to.contain('HTTP 404');
    expect(event.detail.message).to.contain('HTTP 404');
    expect(warnings.join('\n')).to.contain('HTTP 404');
  });
});
