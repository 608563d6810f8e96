/**
 * No leaks: adding and removing a timeline 200 times leaves nothing behind. Two measures, each checked against
 * a control run that keeps its timelines on purpose: WeakRefs to the removed elements (every one collected), and
 * the JS heap after garbage collection (`--js-flags=--expose-gc`, `--enable-precise-memory-info` in the config).
 */
import {expect} from '@open-wc/testing';
import '../../src/define.js';
import type {RoadmapInput, RoadmapTimeline} from '../../src/index.js';
import {INDIA_URL, indiaRoadmap, settled, sleep} from '../helpers.js';

const CYCLES = 200;
const gc = (window as unknown as {gc?: () => void}).gc;
const heap = () => (performance as unknown as {memory: {usedJSHeapSize: number}}).memory.usedJSHeapSize;

/** Collects garbage until the heap stops shrinking; resolves with the heap size then. */
async function collected(): Promise<number> {
  let size = Infinity;
  for (let round = 0; round < 10; round++) {
    // Let pending tasks (aborted fetches, event dispatches) finish before collecting.
    await sleep(20);
    gc!();
    const now = heap();
    if (now >= size - 1024) return now;
    size = now;
  }
  return size;
}

/** The element and what lives inside it, watched without keeping any of them alive. */
interface Watched {
  refs: WeakRef<object>[];
  /** For each ref, the way its cycle used the element (see `cycle`), to say which way leaks. */
  ways?: number[];
}
const alive = (watched: Watched) => watched.refs.filter((ref) => ref.deref() !== undefined).length;
const WAYS = ['roadmap property', 'child script', 'src loaded', 'src removed while downloading'];
const survivors = (watched: Watched) =>
  [...new Set(watched.refs.flatMap((ref, i) => (ref.deref() ? [WAYS[watched.ways?.[i] ?? 0]] : [])))].join(', ');

/**
 * One add/remove cycle, in one of the ways a page uses the element: the roadmap property, a child script
 * (watched by a MutationObserver), `src` loaded, and `src` removed while it downloads.
 */
async function cycle(n: number, roadmap: RoadmapInput, watched: Watched, keep?: RoadmapTimeline[]): Promise<void> {
  const el = document.createElement('roadmap-timeline');
  const way = n % 4;
  if (way === 0) el.roadmap = structuredClone(roadmap);
  if (way === 1) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({...roadmap, id: `copy-${n}`});
    el.append(script);
  }
  if (way >= 2) el.src = `${INDIA_URL}?cycle=${n}`;
  document.body.append(el);
  if (way === 2) await new Promise((resolve) => el.addEventListener('roadmap-load', resolve, {once: true}));
  await settled(el);
  const card = el.shadowRoot!.querySelector('stage-card');
  watched.refs.push(new WeakRef(el));
  if (card) watched.refs.push(new WeakRef(card), new WeakRef(card.shadowRoot!.querySelector('salary-band')!));
  watched.ways?.push(...Array(watched.refs.length - (watched.ways?.length ?? 0)).fill(way));
  el.remove();
  keep?.push(el);
}

describe('no leaks: 200 timelines added and removed', function () {
  this.timeout(120000);
  let roadmap: RoadmapInput;
  let perTimeline: number;
  let leakedAlive: number;

  before(async function () {
    if (!gc) {
      // Only Chromium (V8) offers window.gc and performance.memory; Firefox and WebKit measure no heap for pages.
      console.log('skipped: the heap after garbage collection needs window.gc and performance.memory (Chromium)');
      this.skip();
    }
    roadmap = await indiaRoadmap();
    // Warm up: compiled code, style sheets and caches that stay for the page's life are not leaks.
    for (let n = 0; n < 20; n++) await cycle(n, roadmap, {refs: []});
  });

  it('the measures see a leak when the timelines are kept (control)', async () => {
    const watched: Watched = {refs: []};
    const kept: RoadmapTimeline[] = [];
    const before = await collected();
    for (let n = 0; n < CYCLES; n++) await cycle(n, roadmap, watched, kept);
    const after = await collected();
    perTimeline = (after - before) / CYCLES;
    leakedAlive = alive(watched);
    expect(kept).to.have.length(CYCLES);
    expect(leakedAlive, 'elements still alive').to.equal(watched.refs.length);
    expect(perTimeline, 'bytes per kept timeline').to.be.above(10000);
    kept.length = 0;
  });

  it('every removed timeline, card and band is collected, and the heap returns to where it was', async () => {
    const watched: Watched = {refs: [], ways: []};
    const before = await collected();
    for (let n = 0; n < CYCLES; n++) await cycle(n, roadmap, watched);
    await sleep(200);
    let after = await collected();
    expect(watched.refs.length, 'elements watched').to.be.above(CYCLES * 2);
    // An element can outlive its removal for a moment: an aborted download settles, a queued task runs. On a
    // loaded machine that moment is longer; what is still alive after five seconds is a leak.
    for (let wait = 0; wait < 10 && alive(watched) > 0; wait++) {
      await sleep(500);
      after = Math.min(after, await collected());
    }
    expect(alive(watched), `elements still alive (${survivors(watched)})`).to.equal(0);
    // A leak of one timeline per cycle would grow the heap by CYCLES × perTimeline; allow 10 timelines' worth.
    // Another test page sharing this renderer can allocate meanwhile: measure again before calling it a leak.
    const limit = 10 * perTimeline;
    for (let retry = 0; retry < 5 && after - before >= limit; retry++) {
      await sleep(500);
      after = Math.min(after, await collected());
    }
    expect(after - before, 'heap growth in bytes').to.be.below(limit);
  });
});
