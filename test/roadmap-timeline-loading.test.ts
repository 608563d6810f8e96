/**
 * How `<roadmap-timeline>` spends work: `loading="lazy"`, the space it reserves while a `src` roadmap loads
 * (measured with a `layout-shift` PerformanceObserver), keyed stage updates, and long roadmaps kept whole for
 * assistive technology.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {executeServerCommand, setViewport} from '@web/test-runner-commands';
import {reports, requires} from './engine.js';
import '../src/define.js';
import type {RoadmapInput, RoadmapTimeline, StageCard} from '../src/index.js';
import {
  FRONTEND_URL,
  INDIA_URL,
  frontendRoadmap,
  indiaRoadmap,
  part,
  settled,
  sleep,
  type LoadEvent,
} from './helpers.js';

const VIEWPORT = {width: 800, height: 600};

let token = 0;
/** A URL served after `ms`, unique to this call so its fetches can be counted. */
function uniqueUrl(file: string, ms = 0): string {
  token += 1;
  return `/test-api/delay?ms=${ms}&file=${encodeURIComponent(file)}&n=${token}-${Date.now()}`;
}

const fetchCount = (url: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith(url)).length;

/**
 * How many times the page has fetched `url`. A fetch's resource timing entry can land a task after its response
 * (on a loaded machine, after the roadmap it brought is shown): the count is read until it holds for 100 ms.
 */
async function fetches(url: string): Promise<number> {
  let count = fetchCount(url);
  for (let held = 0, waited = 0; held < 100 && waited < 2000; waited += 25) {
    await sleep(25);
    const now = fetchCount(url);
    held = now === count ? held + 25 : 0;
    count = now;
  }
  return count;
}
// The resource timing buffer holds 250 entries by default: once full, later fetches are not counted (a flaky 0).
performance.setResourceTimingBufferSize(100000);

const stageCards = (el: RoadmapTimeline) => [...el.shadowRoot!.querySelectorAll<StageCard>('stage-card')];

/** A page taller than the viewport, with the timeline `screens` viewport heights down. */
async function farDown(screens: number, attributes: Record<string, string>) {
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <div class="spacer"></div>
      <roadmap-timeline></roadmap-timeline>
      <p>After the roadmap</p>
    </div>`,
  );
  page.querySelector<HTMLElement>('.spacer')!.style.setProperty('height', `${screens * VIEWPORT.height}px`);
  const el = page.querySelector('roadmap-timeline')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  return {page, el};
}

before(async () => {
  await setViewport(VIEWPORT);
});

afterEach(() => {
  window.scrollTo(0, 0);
});

describe('<roadmap-timeline loading="lazy">', () => {
  it('does not fetch a src far below the viewport, and shows the placeholder', async () => {
    const src = uniqueUrl(INDIA_URL);
    const {el} = await farDown(4, {loading: 'lazy', src});
    await sleep(300);
    expect(await fetches(src)).to.equal(0);
    expect(part(el, 'loading'), 'part="loading"').to.be.an.instanceOf(HTMLElement);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(el.shownRoadmap).to.equal(undefined);
  });

  it('fetches and renders it once it is scrolled near the viewport', async () => {
    const src = uniqueUrl(INDIA_URL);
    const {el} = await farDown(4, {loading: 'lazy', src});
    await sleep(100);
    expect(await fetches(src)).to.equal(0);
    const load = oneEvent<LoadEvent>(el, 'roadmap-load');
    el.scrollIntoView();
    await load;
    await settled(el);
    expect(await fetches(src)).to.equal(1);
    expect(stageCards(el)).to.have.length(5);
    expect(part(el, 'loading')).to.equal(null);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('starts within one viewport height below the fold, before it is visible', async () => {
    const src = uniqueUrl(INDIA_URL);
    const load = new Promise((resolve) => document.addEventListener('roadmap-load', resolve, {once: true}));
    const {el} = await farDown(1.5, {loading: 'lazy', src});
    await load;
    expect(el.getBoundingClientRect().top).to.be.above(VIEWPORT.height);
    expect(await fetches(src)).to.equal(1);
  });

  it('fetches only the latest src when src changes while off-screen', async () => {
    const first = uniqueUrl(INDIA_URL);
    const second = uniqueUrl(FRONTEND_URL);
    const {el} = await farDown(4, {loading: 'lazy', src: first});
    el.src = second;
    await el.updateComplete;
    await sleep(100);
    const load = oneEvent<LoadEvent>(el, 'roadmap-load');
    el.scrollIntoView();
    const event = await load;
    expect(event.detail.roadmap.title).to.equal('The Frontend Developer roadmap');
    expect(await fetches(first)).to.equal(0);
    expect(await fetches(second)).to.equal(1);
  });

  it('stops watching when removed before it nears the viewport, and resumes when connected again', async () => {
    const src = uniqueUrl(INDIA_URL);
    const {page, el} = await farDown(4, {loading: 'lazy', src});
    el.remove();
    window.dispatchEvent(new Event('beforeprint'));
    await sleep(300);
    expect(await fetches(src)).to.equal(0);
    const load = oneEvent<LoadEvent>(el, 'roadmap-load');
    page.prepend(el);
    await load;
    expect(await fetches(src)).to.equal(1);
  });

  it('loads when the page is about to print, wherever it is', async () => {
    const src = uniqueUrl(INDIA_URL);
    const {el} = await farDown(4, {loading: 'lazy', src});
    await sleep(100);
    const load = oneEvent<LoadEvent>(el, 'roadmap-load');
    window.dispatchEvent(new Event('beforeprint'));
    await load;
    expect(await fetches(src)).to.equal(1);
  });

  it('loads at once when loading turns eager while it waits', async () => {
    const src = uniqueUrl(INDIA_URL);
    const {el} = await farDown(4, {loading: 'lazy', src});
    await sleep(100);
    const load = oneEvent<LoadEvent>(el, 'roadmap-load');
    el.loading = 'eager';
    await load;
    expect(await fetches(src)).to.equal(1);
  });

  it('is eager by default: a src far below the viewport loads at once', async () => {
    const src = uniqueUrl(INDIA_URL);
    const load = new Promise((resolve) => document.addEventListener('roadmap-load', resolve, {once: true}));
    const {el} = await farDown(4, {src});
    await load;
    expect(await fetches(src)).to.equal(1);
    expect(el.getBoundingClientRect().top).to.be.above(VIEWPORT.height);
  });

  it('names an unknown value once and loads eagerly', async () => {
    const src = uniqueUrl(INDIA_URL);
    const original = console.warn;
    const warnings: string[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      const load = new Promise((resolve) => document.addEventListener('roadmap-load', resolve, {once: true}));
      const {el} = await farDown(4, {loading: 'later', src});
      await load;
      el.requestUpdate();
      await el.updateComplete;
    } finally {
      console.warn = original;
    }
    expect(await fetches(src)).to.equal(1);
    expect(warnings).to.deep.equal([
      '<roadmap-timeline> loading: must be one of "eager", "lazy", not "later"; using the default',
    ]);
  });
});

/** How far text moved, counted as layout-shift counts it: only when it was in the viewport before or after. */
const movedInView = (before: number, after: number) =>
  Math.min(before, after) < innerHeight ? Math.abs(after - before) : 0;

/**
 * How much moved while `src` loads into a timeline at the top of a page with text below it: the sum of the
 * layout-shift entries where the engine reports them (Chromium), else how far the text below moved, in pixels.
 */
async function shiftsWhileLoading(src: string, style = ''): Promise<{shifts: number; el: RoadmapTimeline}> {
  const observed: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => observed.push(...list.getEntries()));
  const entries = reports('layout-shift');
  if (entries) observer.observe({type: 'layout-shift'});
  const page = await fixture<HTMLDivElement>(
    html`<div>
      <roadmap-timeline></roadmap-timeline>
      <p class="below">Text below the roadmap that a reader may be reading while it loads.</p>
    </div>`,
  );
  const el = page.querySelector('roadmap-timeline')!;
  if (style) el.setAttribute('class', style);
  // Listened for from the start: where frames come slowly (WebKit under load), the roadmap may land before the two
  // frames below have passed, and a listener added after it would wait for ever.
  const loaded = oneEvent(el, 'roadmap-load');
  el.src = src;
  await el.updateComplete;
  // Where the text below sits with the placeholder in place: read now, before any frame, since in WebKit under load
  // the two frames below can outlast the download.
  const below = page.querySelector('.below')!;
  const top = below.getBoundingClientRect().top;
  // Let the placeholder be painted before the roadmap arrives, as on a real page.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  observed.push(...observer.takeRecords());
  const before = observed.length;
  await loaded;
  await settled(el);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  await sleep(50);
  observed.push(...observer.takeRecords());
  observer.disconnect();
  return {
    shifts: entries
      ? observed.slice(before).reduce((sum, entry) => sum + (entry as unknown as {value: number}).value, 0)
      : movedInView(top, below.getBoundingClientRect().top),
    el,
  };
}

/** How long the roadmap takes to arrive in the shift tests: longer than two frames take in WebKit under load. */
const SLOW = 1000;

describe('<roadmap-timeline> reserves its space while src loads', () => {
  let sheet: HTMLStyleElement;
  before(() => {
    sheet = document.createElement('style');
    sheet.textContent = `
      .small-reserve { --roadmap-min-block-size: 200px; }
      .publisher-reserve { --roadmap-min-block-size: 1500px; }
    `;
    document.head.append(sheet);
  });
  after(() => sheet.remove());

  it('moves nothing when the India roadmap arrives (layout-shift entries sum to 0)', async () => {
    const {shifts, el} = await shiftsWhileLoading(uniqueUrl(INDIA_URL, SLOW));
    expect(stageCards(el)).to.have.length(5);
    expect(shifts).to.equal(0);
  });

  it('records a shift when the reserve is smaller than the roadmap (the measure can fail)', async () => {
    const {shifts} = await shiftsWhileLoading(uniqueUrl(INDIA_URL, SLOW), 'small-reserve');
    expect(shifts).to.be.above(0);
  });

  it('reserves one viewport height by default, holding the placeholder', async () => {
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline></roadmap-timeline>`);
    el.src = uniqueUrl(INDIA_URL, 1500);
    await el.updateComplete;
    expect(el.getBoundingClientRect().height).to.be.closeTo(VIEWPORT.height, 1);
    expect(part(el, 'loading')!.getBoundingClientRect().height).to.be.above(VIEWPORT.height / 2);
  });

  it('keeps a publisher-set --roadmap-min-block-size as the minimum, so a short roadmap moves nothing either', async () => {
    const {shifts, el} = await shiftsWhileLoading(uniqueUrl(FRONTEND_URL, SLOW), 'publisher-reserve');
    expect(stageCards(el)).to.have.length(3);
    expect(shifts).to.equal(0);
    expect(el.getBoundingClientRect().height).to.be.closeTo(1500, 1);
  });
});

describe('<roadmap-timeline> keyed stage updates', () => {
  /** Counts each card's updates from now on. */
  function countUpdates(el: RoadmapTimeline): Map<string, number> {
    const counts = new Map<string, number>();
    for (const card of stageCards(el)) {
      const id = card.closest('li')!.id;
      counts.set(id, 0);
      const update = (card as unknown as {update: (changed: unknown) => void}).update;
      Object.defineProperty(card, 'update', {
        configurable: true,
        value(this: StageCard, changed: unknown) {
          counts.set(id, (counts.get(id) ?? 0) + 1);
          update.call(this, changed);
        },
      });
    }
    return counts;
  }

  async function shown(roadmap: RoadmapInput): Promise<RoadmapTimeline> {
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline .roadmap=${roadmap}></roadmap-timeline>`);
    await settled(el);
    return el;
  }

  it('re-renders only the card of the one stage that was edited', async () => {
    const roadmap = await indiaRoadmap();
    const el = await shown(roadmap);
    const cards = stageCards(el);
    const counts = countUpdates(el);
    const edited = structuredClone(roadmap);
    edited.stages[2]!.title = 'Production systems, edited';
    el.roadmap = edited;
    await settled(el);
    const editedId = cards[2]!.closest('li')!.id;
    expect(Object.fromEntries(counts)).to.deep.equal(
      Object.fromEntries([...counts.keys()].map((id) => [id, id === editedId ? 1 : 0])),
    );
    expect(stageCards(el)).to.deep.equal(cards);
    expect(part(cards[2]!, 'title')!.textContent).to.equal('Production systems, edited');
  });

  it('moves the same card elements when stages are reordered, keyed by stage id', async () => {
    const roadmap = await frontendRoadmap();
    const el = await shown(roadmap);
    const byId = new Map(stageCards(el).map((card) => [card.closest('li')!.id, card]));
    const reordered = structuredClone(roadmap);
    reordered.stages.reverse();
    el.roadmap = reordered;
    await settled(el);
    const after = stageCards(el);
    expect(after.map((card) => card.closest('li')!.id)).to.deep.equal([...byId.keys()].reverse());
    for (const card of after) expect(card).to.equal(byId.get(card.closest('li')!.id));
    expect(after.map((card) => part(card, 'index')!.textContent)).to.deep.equal(['Stage 1', 'Stage 2', 'Stage 3']);
  });

  it('re-renders every card when the locale changes', async () => {
    const el = await shown(await indiaRoadmap());
    const counts = countUpdates(el);
    el.locale = 'hi-IN';
    await settled(el);
    expect([...counts.values()].every((count) => count >= 1)).to.equal(true);
  });
});

describe('<roadmap-timeline> with many stages', () => {
  /** A roadmap of `count` stages of three items each. */
  async function long(count: number): Promise<RoadmapInput> {
    const roadmap = await indiaRoadmap();
    const [stage] = roadmap.stages;
    roadmap.stages = Array.from({length: count}, (_, index) => ({
      ...stage!,
      id: `s${index + 1}`,
      title: `Stage title ${index + 1}`,
    }));
    return roadmap;
  }

  // A guard against skipping off-screen cards with `content-visibility: auto`: it halves a 300-stage render, but
  // Chromium then leaves the skipped cards out of the accessibility tree, so a screen reader never meets them.
  it('gives a screen reader every stage, however far below the viewport', async function () {
    await requires(this, 'accessibilityTree');
    const main = await fixture(html`<main id="many-stages"></main>`);
    const el = document.createElement('roadmap-timeline');
    el.roadmap = await long(40);
    main.append(el);
    await settled(el);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    type AxNode = {role: string; name?: string; children?: AxNode[]};
    const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];
    const tree = await executeServerCommand<AxNode, {selector: string}>('accessibility-tree', {
      selector: '#many-stages',
    });
    const headings = flatten(tree).filter((node) => node.role === 'heading' && /^Stage title/.test(node.name ?? ''));
    expect(headings.map((node) => node.name)).to.deep.equal(
      Array.from({length: 40}, (_, index) => `Stage title ${index + 1}`),
    );
  });
});
