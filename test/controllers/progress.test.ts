import {expect, fixture, oneEvent} from '@open-wc/testing';
import {html as staticHtml, unsafeStatic} from 'lit/static-html.js';
import type {PropertyValues} from 'lit';
import {progressController} from '../../src/controllers/progress.js';
import {readerFeatures} from '../../src/controllers/reader-features.js';
import {progressKey, PROGRESS_VERSION, type RoadmapProgress} from '../../src/elements/roadmap-timeline/progress.js';
import {checkRoadmap} from '../../src/schema/check.js';
import type {Roadmap} from '../../src/schema/roadmap.js';
import type {RoadmapProgressDetail} from '../../src/elements/roadmap-timeline/roadmap-timeline.js';
import {indiaRoadmap} from '../helpers.js';
import {BareHost, define} from './bare-host.js';

class ProgressHost extends BareHost {
  shownRoadmap: Roadmap | undefined;
  reader = readerFeatures(this, 'timeline');
  state = progressController(this, this.reader);
  get progress(): RoadmapProgress {
    return this.state.value;
  }
  set progress(value: RoadmapProgress) {
    this.state.set(value);
  }
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.reader.use(this.trackProgress || this.state.wanted);
    this.state.update();
  }
}
const tag = unsafeStatic(define(ProgressHost, 'progress'));

/** The India roadmap under an id of its own, so each test starts with nothing stored. */
async function roadmap(id: string): Promise<Roadmap> {
  const checked = checkRoadmap({...(await indiaRoadmap()), id});
  if (!checked.ok) throw new Error('the India roadmap is valid');
  localStorage.removeItem(progressKey(id));
  return checked.value;
}

async function host(shown: Roadmap, track = true): Promise<ProgressHost> {
  const el = await fixture<ProgressHost>(staticHtml`<${tag} ?track-progress=${track}></${tag}>`);
  el.shownRoadmap = shown;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}

describe('progress controller', () => {
  it('reads the stored progress of the roadmap, keeping only its own ids', async () => {
    const shown = await roadmap('progress-read');
    const [stage] = shown.stages;
    const stored = {[stage!.id]: [stage!.items[0]!.id, 'not-an-item'], 'not-a-stage': ['x']};
    localStorage.setItem(progressKey(shown.id), JSON.stringify({version: PROGRESS_VERSION, done: stored}));
    const el = await host(shown);
    expect(el.state.value).to.deep.equal({[stage!.id]: [stage!.items[0]!.id]});
  });

  it('applies progress set before the roadmap and the reader features were here, and stores it', async () => {
    const shown = await roadmap('progress-early');
    const el = await fixture<ProgressHost>(staticHtml`<${tag} track-progress></${tag}>`);
    const [stage] = shown.stages;
    el.progress = {[stage!.id]: [stage!.items[1]!.id]};
    expect(el.state.wanted).to.equal(true);
    el.shownRoadmap = shown;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.state.value).to.deep.equal({[stage!.id]: [stage!.items[1]!.id]});
    const stored = JSON.parse(localStorage.getItem(progressKey(shown.id))!);
    expect(stored.done).to.deep.equal({[stage!.id]: [stage!.items[1]!.id]});
  });

  it('ticks an item and announces roadmap-progress with the totals', async () => {
    const shown = await roadmap('progress-tick');
    const el = await host(shown);
    const [stage] = shown.stages;
    const itemId = stage!.items[0]!.id;
    setTimeout(() => el.state.tick(stage!.id, new CustomEvent('stage-item-toggle', {detail: {itemId, done: true}})));
    const event = (await oneEvent(el, 'roadmap-progress')) as CustomEvent<RoadmapProgressDetail>;
    expect(event.detail).to.include({roadmapId: shown.id, stageId: stage!.id, itemId, done: true, completed: 1});
    expect(el.state.value).to.deep.equal({[stage!.id]: [itemId]});
  });

  it('follows what another tab stores (the storage event)', async () => {
    const shown = await roadmap('progress-sync');
    const el = await host(shown);
    const [stage] = shown.stages;
    const done = {[stage!.id]: [stage!.items[2]!.id]};
    const key = progressKey(shown.id);
    const newValue = JSON.stringify({version: PROGRESS_VERSION, done});
    localStorage.setItem(key, newValue);
    dispatchEvent(new StorageEvent('storage', {key, newValue, storageArea: localStorage}));
    await el.updateComplete;
    expect(el.state.value).to.deep.equal(done);
  });

  it('neither reads nor stores without track-progress', async () => {
    const shown = await roadmap('progress-untracked');
    const [stage] = shown.stages;
    const key = progressKey(shown.id);
    localStorage.setItem(key, JSON.stringify({version: PROGRESS_VERSION, done: {[stage!.id]: [stage!.items[0]!.id]}}));
    const el = await host(shown, false);
    el.reader.use(true);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.state.value).to.deep.equal({});
    el.progress = {[stage!.id]: [stage!.items[1]!.id]};
    expect(el.state.value).to.deep.equal({[stage!.id]: [stage!.items[1]!.id]});
    expect(JSON.parse(localStorage.getItem(key)!).done).to.deep.equal({[stage!.id]: [stage!.items[0]!.id]});
  });
});
