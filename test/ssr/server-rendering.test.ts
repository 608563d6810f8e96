/**
 * `roadmap-elements render` output in a real page: readable with JavaScript off (declarative shadow DOM), then
 * hydrated by `dist/roadmap-elements.hydrate.iife.js` without fetching, re-rendering or console errors.
 * The page comes from the test server's /test-api/ssr route, which runs the built CLI.
 */
import {expect} from '@open-wc/testing';
import {deepQueryAll, deepText, fetchText, INDIA_URL, settled} from '../helpers.js';
import type {RoadmapInput} from '../../src/index.js';

// The resource timing buffer holds 250 entries by default: once full, later fetches are not counted.
performance.setResourceTimingBufferSize(100000);

const HINDI_URL = '/data/backend-developer-india-2026-hi.json';
const HYDRATE_SCRIPT = '/dist/roadmap-elements.hydrate.iife.js';
const HYDRATE_MODULE = '/dist/roadmap-elements.hydrate.js';

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens the server-rendered page of `file` in an iframe; `scripts: false` runs it with JavaScript off. */
async function openRendered(file: string, {scripts = true, options = ''} = {}) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.setAttribute('style', 'width: 900px; height: 700px; border: 0');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = `/test-api/ssr?file=${encodeURIComponent(file)}${options}`;
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  return {win, doc, timeline: doc.querySelector('roadmap-timeline')!};
}

/** Every text a reader of the roadmap needs: titles, periods, items and salary words of every stage. */
async function expectWholeRoadmap(text: string, url: string) {
  const roadmap = JSON.parse(await fetchText(url)) as RoadmapInput;
  expect(text).to.include(roadmap.title);
  for (const stage of roadmap.stages) {
    expect(text).to.include(stage.title);
    for (const item of stage.items ?? []) expect(text).to.include(typeof item === 'string' ? item : item.text);
  }
}

describe('server-rendered HTML', () => {
  it('shows every stage with JavaScript off', async () => {
    const {win, doc, timeline} = await openRendered(INDIA_URL, {scripts: false});
    // Scripts are off: nothing defined the element, the declarative shadow root holds the content.
    expect(win.customElements.get('roadmap-timeline')).to.equal(undefined);
    expect(timeline.shadowRoot, 'declarative shadow root').not.to.equal(null);
    const text = deepText(doc.body);
    await expectWholeRoadmap(text, INDIA_URL);
    expect(text).to.include('Stage 5');
    expect(text).to.include('Months 0–2');
    expect(text).to.include('₹5L – ₹11L');
    // Styled too: the shadow root's own styles apply without script.
    const card = timeline.shadowRoot!.querySelector('stage-card')!;
    const box = card.shadowRoot!.querySelector('.card')!;
    expect(win.getComputedStyle(box).borderStyle).to.equal('solid');
    expect(timeline.shadowRoot!.querySelectorAll('stage-card').length).to.equal(5);
  });

  it('shows a Hindi roadmap in Hindi with JavaScript off', async () => {
    const {doc} = await openRendered(HINDI_URL, {scripts: false});
    const text = deepText(doc.body);
    await expectWholeRoadmap(text, HINDI_URL);
    for (const words of ['चरण 1', 'महीने 0–2', 'वर्ष 4+', 'खुली नौकरियाँ']) expect(text).to.include(words);
  });

  for (const [kind, src] of [
    ['classic', HYDRATE_SCRIPT],
    ['module', HYDRATE_MODULE],
  ] as const) {
    it(`hydrates with the ${kind} script: same nodes, no fetch, no re-render, no console errors`, async () => {
      const {win, doc, timeline} = await openRendered(INDIA_URL, {options: '&theme=light'});
      const root = timeline.shadowRoot!;
      const before = {
        text: deepText(doc.body),
        base: root.querySelector('[part~="base"]'),
        title: root.querySelector('[part~="title"]'),
        cards: [...root.querySelectorAll('stage-card')],
        cardTitles: [...root.querySelectorAll('stage-card')].map((card) => card.shadowRoot!.querySelector('h3')),
        bars: deepQueryAll(root, 'svg'),
        plan: deepQueryAll(root, '[part~="curriculum-toggle"]'),
      };
      // Stage 1's week-by-week plan, server-rendered collapsed.
      expect(before.plan.length).to.equal(1);
      expect(before.plan[0]!.getAttribute('aria-expanded')).to.equal('false');
      expect(before.cards.length).to.equal(5);
      // Five stage bands, the salary ladder's six, and its grid and axis.
      expect(before.bars.length).to.equal(13);

      // Anything removed from any shadow root would be a re-render (and a flash).
      const removed: Node[] = [];
      const observer = new win.MutationObserver((records) => {
        for (const mutation of records) removed.push(...mutation.removedNodes);
      });
      for (const host of [timeline, ...deepQueryAll(root, '*')]) {
        if (host.shadowRoot) observer.observe(host.shadowRoot, {childList: true, subtree: true, characterData: true});
      }
      const problems: string[] = [];
      win.addEventListener('error', (event) => problems.push(`error: ${event.message}`));
      const original = win.console.error.bind(win.console);
      win.console.error = (...args: unknown[]) => {
        problems.push(`console.error: ${args.join(' ')}`);
        original(...args);
      };
      const fetched: string[] = [];
      const realFetch = win.fetch.bind(win);
      win.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        fetched.push(String(input));
        return realFetch(input, init);
      };

      const loaded = new Promise<CustomEvent>((resolve) =>
        timeline.addEventListener('roadmap-load', (event) => resolve(event as CustomEvent), {once: true}),
      );
      const script = doc.createElement('script');
      if (kind === 'module') script.type = 'module';
      script.src = src;
      doc.body.append(script);
      const event = await loaded;
      await settled(timeline);

      expect(event.detail.roadmap.id).to.equal('backend-developer-india-2026');
      expect(root.querySelector('[part~="base"]')).to.equal(before.base);
      expect(root.querySelector('[part~="title"]')).to.equal(before.title);
      expect([...root.querySelectorAll('stage-card')]).to.deep.equal(before.cards);
      expect(before.cards.map((card) => card.shadowRoot!.querySelector('h3'))).to.deep.equal(before.cardTitles);
      expect(deepQueryAll(root, 'svg')).to.deep.equal(before.bars);
      // The plan hydrated in place, and works: it opens on a click.
      expect(deepQueryAll(root, '[part~="curriculum-toggle"]')).to.deep.equal(before.plan);
      expect(removed.map((node) => node.nodeName)).to.deep.equal([]);
      expect(deepText(doc.body)).to.equal(before.text);
      expect(fetched).to.deep.equal([]);
      expect(
        win.performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.json')),
      ).to.have.length(0);
      expect(problems).to.deep.equal([]);
      // Exactly one JSON-LD child, the server's.
      expect(timeline.querySelectorAll(':scope > script[type="application/ld+json"]').length).to.equal(1);
      observer.disconnect();

      (before.plan[0] as HTMLButtonElement).click();
      await settled(timeline);
      expect(before.plan[0]!.getAttribute('aria-expanded')).to.equal('true');
      expect(deepQueryAll(root, '[part~="curriculum-entry"]').length).to.equal(4);

      // Hydrated, so live: a new locale re-renders in place.
      timeline.setAttribute('locale', 'hi');
      await settled(timeline);
      expect(deepText(timeline)).to.include('चरण 1');
      expect(root.querySelector('[part~="base"]')).to.equal(before.base);
    });
  }

  it('also works with the core script, which renders the element again', async () => {
    const {win, doc, timeline} = await openRendered(INDIA_URL);
    const said: string[] = [];
    win.console.warn = win.console.error = (...args: unknown[]) => said.push(args.join(' '));
    const loaded = new Promise((resolve) => timeline.addEventListener('roadmap-load', resolve, {once: true}));
    const script = doc.createElement('script');
    script.src = '/dist/roadmap-elements.iife.js';
    doc.body.append(script);
    await loaded;
    await settled(timeline);
    const text = deepText(doc.body);
    await expectWholeRoadmap(text, INDIA_URL);
    expect(timeline.shadowRoot!.querySelectorAll('stage-card').length).to.equal(5);
    // The server's cards were cleared, not upgraded into cards without a stage.
    expect(said).to.deep.equal([]);
  });
});
