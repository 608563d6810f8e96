import {expect, fixture, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import {PROGRESS_VERSION, progressKey, type RoadmapProgressDetail, type StageCard} from '../../src/index.js';
import {part, record, settled, shadowText} from '../helpers.js';
import {cards, checkboxes, freshRoadmap, timeline} from './reader-helpers.js';

type ProgressEvent = CustomEvent<RoadmapProgressDetail>;

/** Ticks (or unticks) a checkbox the way a pointer does, and waits for the timeline to render. */
async function click(box: HTMLInputElement, el: Element): Promise<void> {
  box.click();
  await settled(el);
}

describe('reader progress: track-progress', () => {
  afterEach(() => localStorage.clear());

  it('gives no checkboxes without track-progress', async () => {
    const el = await timeline(await freshRoadmap());
    for (const card of cards(el)) expect(checkboxes(card)).to.have.length(0);
    expect(part(el, 'progress')).to.equal(null);
  });

  it('gives every item a labelled checkbox, and counts per stage and in the header', async () => {
    const el = await timeline(await freshRoadmap(), {'track-progress': ''});
    const [first] = cards(el);
    const boxes = checkboxes(first!);
    expect(boxes).to.have.length(3);
    const label = first!.shadowRoot!.getElementById(boxes[0]!.getAttribute('aria-labelledby')!);
    expect(label?.textContent).to.contain('Pick one language + framework');
    expect(part(first!, 'progress')?.textContent).to.contain('0 of 12 done');
    expect(part(el, 'progress')?.textContent).to.contain('0 of 24 done');

    await click(boxes[0]!, el);
    await click(boxes[2]!, el);
    expect(part(first!, 'progress')?.textContent).to.contain('2 of 12 done');
    expect(first!.shadowRoot!.querySelector('progress')?.value).to.equal(2);
    expect(part(el, 'progress')?.textContent).to.contain('2 of 24 done');
  });

  it('gives each checkbox a touch target of at least 44 px', async () => {
    const el = await timeline(await freshRoadmap(), {'track-progress': ''});
    const tick = checkboxes(cards(el)[0]!)[0]!.parentElement!.getBoundingClientRect();
    expect(tick.width).to.be.at.least(44);
    expect(tick.height).to.be.at.least(44);
  });

  it('ticks a plain item when its text is clicked', async () => {
    const el = await timeline(await freshRoadmap(), {'track-progress': ''});
    const card = cards(el)[0]!;
    card.shadowRoot!.querySelector<HTMLLabelElement>('label[for]')!.click();
    await settled(el);
    expect(checkboxes(card)[0]!.checked).to.equal(true);
    expect(el.progress).to.deep.equal({
      foundations: ['pick-one-language-framework-go-gin-node-hono-python-fastapi-java-spring'],
    });
  });

  it('fires roadmap-progress with the documented detail, bubbling and composed', async () => {
    const roadmap = await freshRoadmap();
    const el = await timeline(roadmap, {'track-progress': ''});
    const box = checkboxes(cards(el)[1]!)[1]!;
    const ticked = oneEvent<ProgressEvent>(document, 'roadmap-progress');
    box.click();
    const event = await ticked;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({
      roadmapId: roadmap.id,
      stageId: 'first-job-ready-skills',
      itemId: 'add-structured-logs-prometheus-metrics-healthchecks',
      done: true,
      completed: 1,
      total: 24,
    });
    const unticked = oneEvent<ProgressEvent>(el, 'roadmap-progress');
    box.click();
    expect((await unticked).detail).to.include({done: false, completed: 0, total: 24});
  });

  it('does not fire roadmap-progress when the owner sets progress', async () => {
    const el = await timeline(await freshRoadmap(), {'track-progress': ''});
    const events = record(el, 'roadmap-progress');
    el.progress = {foundations: ['sql-fluency-joins-transactions-indexes-query-plans']};
    await settled(el);
    events.stop();
    expect(events.events).to.have.length(0);
    expect(checkboxes(cards(el)[0]!).map((box) => box.checked)).to.deep.equal([false, false, true]);
  });

  it('survives a reload: a new element for the same roadmap restores the ticks from localStorage', async () => {
    const roadmap = await freshRoadmap();
    const first = await timeline(roadmap, {'track-progress': ''});
    await click(checkboxes(cards(first)[0]!)[1]!, first);
    await click(checkboxes(cards(first)[3]!)[0]!, first);
    const stored = JSON.parse(localStorage.getItem(progressKey(roadmap.id))!);
    expect(stored).to.deep.equal({
      version: PROGRESS_VERSION,
      done: {
        foundations: ['rest-http-json-daily-one-crud-api-every-week-with-tests'],
        specialisation: [stored.done.specialisation[0]],
      },
    });
    first.remove();

    const again = await timeline(structuredClone(roadmap), {'track-progress': ''});
    expect(checkboxes(cards(again)[0]!).map((box) => box.checked)).to.deep.equal([false, true, false]);
    expect(checkboxes(cards(again)[3]!)[0]!.checked).to.equal(true);
    expect(part(again, 'progress')?.textContent).to.contain('2 of 24 done');
  });

  it('keeps each roadmap’s progress under its own key', async () => {
    const india = await freshRoadmap();
    const frontend = await freshRoadmap('frontend');
    const one = await timeline(india, {'track-progress': ''});
    const two = await timeline(frontend, {'track-progress': ''});
    await click(checkboxes(cards(one)[0]!)[0]!, one);
    expect(two.progress).to.deep.equal({});
    expect(localStorage.getItem(progressKey(frontend.id))).to.equal(null);
    expect(localStorage.getItem(progressKey(india.id))).to.contain('"foundations"');
  });

  it('reads a state another page stored, ignoring items and stages that no longer exist', async () => {
    const roadmap = await freshRoadmap('frontend');
    localStorage.setItem(
      progressKey(roadmap.id),
      JSON.stringify({
        version: PROGRESS_VERSION,
        done: {basics: ['semantic-html-and-forms', 'removed-item'], gone: ['x'], senior: 'not-a-list'},
      }),
    );
    const el = await timeline(roadmap, {'track-progress': ''});
    expect(el.progress).to.deep.equal({basics: ['semantic-html-and-forms']});
    expect(part(el, 'progress')?.textContent).to.contain('1 of 5 done');
  });

  it('ignores a stored state of another version, or one that is not JSON', async () => {
    for (const text of [JSON.stringify({version: 99, done: {basics: ['semantic-html-and-forms']}}), '{oops']) {
      const roadmap = await freshRoadmap('frontend');
      localStorage.setItem(progressKey(roadmap.id), text);
      const el = await timeline(roadmap, {'track-progress': ''});
      expect(el.progress).to.deep.equal({});
      expect(checkboxes(cards(el)[0]!).some((box) => box.checked)).to.equal(false);
    }
  });

  it('keeps working in memory when localStorage throws, with no error', async () => {
    const proto = Object.getPrototypeOf(localStorage) as Storage;
    const {getItem, setItem} = proto;
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    proto.getItem = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    proto.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const roadmap = await freshRoadmap('frontend');
      const el = await timeline(roadmap, {'track-progress': ''});
      await click(checkboxes(cards(el)[2]!)[1]!, el);
      expect(el.progress).to.deep.equal({senior: ['wcag-2-2-audits']});
      expect(part(el, 'progress')?.textContent).to.contain('1 of 5 done');
      el.remove();
      // A new element on the same page finds the state again.
      const again = await timeline(structuredClone(roadmap), {'track-progress': ''});
      expect(checkboxes(cards(again)[2]!)[1]!.checked).to.equal(true);
    } finally {
      proto.getItem = getItem;
      proto.setItem = setItem;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('progress reads a copy and sets the whole state, dropping unknown ids, and stores it', async () => {
    const roadmap = await freshRoadmap('frontend');
    const el = await timeline(roadmap, {'track-progress': ''});
    el.progress = {framework: ['components-state-and-routing'], basics: ['nope'], other: ['x']};
    expect(el.progress).to.deep.equal({framework: ['components-state-and-routing']});
    el.progress.framework!.pop();
    expect(el.progress).to.deep.equal({framework: ['components-state-and-routing']});
    await settled(el);
    expect(checkboxes(cards(el)[1]!)[0]!.checked).to.equal(true);
    expect(JSON.parse(localStorage.getItem(progressKey(roadmap.id))!).done).to.deep.equal({
      framework: ['components-state-and-routing'],
    });
    el.progress = {};
    await settled(el);
    expect(checkboxes(cards(el)[1]!)[0]!.checked).to.equal(false);
  });

  it('applies progress set before the roadmap arrives, over what was stored', async () => {
    const roadmap = await freshRoadmap('frontend');
    localStorage.setItem(
      progressKey(roadmap.id),
      JSON.stringify({version: PROGRESS_VERSION, done: {basics: ['semantic-html-and-forms']}}),
    );
    const el = document.createElement('roadmap-timeline');
    el.trackProgress = true;
    el.progress = {senior: ['core-web-vitals']};
    el.roadmap = roadmap;
    await fixture(el);
    await settled(el);
    expect(el.progress).to.deep.equal({senior: ['core-web-vitals']});
    expect(checkboxes(cards(el)[0]!)[0]!.checked).to.equal(false);
    expect(checkboxes(cards(el)[2]!)[0]!.checked).to.equal(true);
  });

  it('keeps two timelines of one roadmap on a page in step, without an event on the one not clicked', async () => {
    const roadmap = await freshRoadmap('frontend');
    const first = await timeline(roadmap, {'track-progress': ''});
    const second = await timeline(structuredClone(roadmap), {'track-progress': ''});
    const other = await timeline(await freshRoadmap('frontend'), {'track-progress': ''});
    const events = record<ProgressEvent>(second, 'roadmap-progress');
    await click(checkboxes(cards(first)[1]!)[0]!, first);
    await settled(second);
    expect(checkboxes(cards(second)[1]!)[0]!.checked).to.equal(true);
    expect(part(second, 'progress')?.textContent).to.contain('1 of 5 done');
    expect(second.progress).to.deep.equal(first.progress);
    // Another roadmap's timeline is left alone, and so is a timeline without track-progress.
    expect(other.progress).to.deep.equal({});
    second.trackProgress = false;
    await settled(second);
    await click(checkboxes(cards(first)[1]!)[0]!, first);
    await settled(second);
    expect(first.progress).to.deep.equal({});
    expect(checkboxes(cards(second)[1]!)).to.have.length(0);
    events.stop();
    expect(events.events).to.have.length(0);
  });

  it('follows progress stored by another tab of the site (the storage event)', async () => {
    const roadmap = await freshRoadmap('frontend');
    const el = await timeline(roadmap, {'track-progress': ''});
    await click(checkboxes(cards(el)[0]!)[0]!, el);
    // An about:blank frame shares this origin's localStorage, as another tab would: its write reaches this page
    // as a storage event.
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const stored = new Promise((resolve) => addEventListener('storage', resolve, {once: true}));
      frame.contentWindow!.localStorage.setItem(
        progressKey(roadmap.id),
        JSON.stringify({version: PROGRESS_VERSION, done: {senior: ['core-web-vitals']}}),
      );
      await stored;
      await settled(el);
      expect(el.progress).to.deep.equal({senior: ['core-web-vitals']});
      expect(checkboxes(cards(el)[0]!)[0]!.checked).to.equal(false);
      expect(checkboxes(cards(el)[2]!)[0]!.checked).to.equal(true);
      expect(part(el, 'progress')?.textContent).to.contain('1 of 5 done');
    } finally {
      frame.remove();
    }
  });

  it('reflects track-progress between the attribute and the property', async () => {
    const el = await timeline(await freshRoadmap('frontend'));
    el.trackProgress = true;
    await settled(el);
    expect(el.hasAttribute('track-progress')).to.equal(true);
    expect(checkboxes(cards(el)[0]!)).to.have.length(2);
    el.removeAttribute('track-progress');
    await settled(el);
    expect(el.trackProgress).to.equal(false);
    expect(checkboxes(cards(el)[0]!)).to.have.length(0);
  });

  it('a linked item keeps its link, and its checkbox is named by the link text', async () => {
    const el = await timeline(await freshRoadmap('frontend'), {'track-progress': ''});
    const card = cards(el)[0]!;
    const box = checkboxes(card)[1]!;
    const name = card.shadowRoot!.getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(name.tagName).to.equal('A');
    expect(name.textContent).to.equal('CSS layout: flexbox and grid');
    expect(name.getAttribute('href')).to.equal('https://example.org/css');
  });
});

describe('reader progress: a standalone <stage-card>', () => {
  it('with done set, ticks its own items and fires stage-item-toggle', async () => {
    const card = await fixture<StageCard>(
      '<stage-card stage=\'{"title": "Foundations", "items": ["SQL", {"id": "go", "text": "Go"}]}\'></stage-card>',
    );
    card.done = ['go'];
    await card.updateComplete;
    expect(shadowText(card)).to.contain('1 of 2 done');
    const toggled = oneEvent<CustomEvent<{itemId: string; done: boolean}>>(card, 'stage-item-toggle');
    checkboxes(card)[0]!.click();
    const event = await toggled;
    expect(event.detail).to.deep.equal({itemId: 'sql', done: true});
    expect(event.composed).to.equal(false);
    await card.updateComplete;
    expect(card.done).to.have.members(['go', 'sql']);
    expect(shadowText(card)).to.contain('2 of 2 done');
  });
});
