/**
 * A stage's curriculum as a reader meets it (issue 16): collapsed under the stage's items behind one line that says
 * how long the plan is, opened by its button (mouse or keyboard), each entry's weeks, hours and resources, printed
 * open, counted in the reading progress, in the reader's language; and a roadmap naming an unknown source refused at
 * its path, the last good roadmap kept.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../src/define.js';
import type {RoadmapInput, StageCard, StageInput} from '../src/index.js';
import {emulateOrSkip} from './engine.js';
import {indiaRoadmap, part, parts, record, settled, showTimeline} from './helpers.js';
import {cards, checkboxes, freshRoadmap, isRendered} from './reader/reader-helpers.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

async function foundations(): Promise<StageInput> {
  return (await indiaRoadmap()).stages[0]!;
}

async function card(stage: StageInput, attributes = ''): Promise<StageCard> {
  const el = await fixture<StageCard>(
    html`<stage-card .stage=${stage} locale=${attributes || 'en-IN'} currency="INR"></stage-card>`,
  );
  await settled(el);
  // The plan's view arrives with the view extra, loaded for it.
  for (let tries = 0; tries < 50 && !part(el, 'curriculum-toggle'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settled(el);
  }
  return el;
}

const toggle = (el: Element) => part(el, 'curriculum-toggle') as HTMLButtonElement;
const entries = (el: Element) => parts(el, 'curriculum-entry');

describe('curriculum: collapsed under the stage', () => {
  it('shows one button saying the plan’s weeks and hours, collapsed, its entries not yet rendered', async () => {
    const el = await card(await foundations());
    const button = toggle(el);
    expect(button.tagName).to.equal('BUTTON');
    expect(text(button)).to.equal('Week-by-week plan · 8 weeks · 54 hours Sample plan');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const controlled = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
    expect(controlled).not.to.equal(null);
    expect(isRendered(controlled)).to.equal(false);
    // Lazy: nothing of the plan is in the DOM until it is opened.
    expect(entries(el)).to.have.length(0);
    // Under the stage's items.
    const items = part(el, 'items')!;
    expect(items.compareDocumentPosition(part(el, 'curriculum')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });

  it('a plan of one entry of one week and one hour says so in the singular, without "Sample plan"', async () => {
    const stage: StageInput = {title: 'Short', curriculum: [{title: 'Only', weeks: {from: 1}, hours: 1}]};
    const el = await card(stage);
    expect(text(toggle(el))).to.equal('Week-by-week plan · 1 week · 1 hour');
    expect(part(el, 'curriculum-sample')).to.equal(null);
  });

  it('a stage without a curriculum has no plan', async () => {
    const stage = await foundations();
    delete stage.curriculum;
    const el = await card(stage);
    expect(part(el, 'curriculum')).to.equal(null);
  });
});

describe('curriculum: opened', () => {
  it('opens on a click: each entry’s weeks, hours, title and summary', async () => {
    const el = await card(await foundations());
    toggle(el).click();
    await settled(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    const shown = entries(el);
    expect(shown).to.have.length(4);
    expect(shown.every(isRendered)).to.equal(true);
    expect(shown.map((entry) => text(entry.querySelector('.when')))).to.deep.equal([
      'Week 1 · 8 hours',
      'Weeks 2–3 · 12 hours',
      'Weeks 4–5 · 14 hours',
      'Weeks 6–8 · 20 hours',
    ]);
    const title = shown[1]!.querySelector('[role="heading"]')!;
    expect(text(title)).to.equal('HTTP, REST and JSON');
    // One level below the stage's heading (h3 standalone).
    expect(title.getAttribute('aria-level')).to.equal('4');
    expect(text(shown[1])).to.contain('Requests, methods, status codes and JSON bodies');
    toggle(el).click();
    await settled(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
    expect(shown.some(isRendered)).to.equal(false);
  });

  it('shows each resource: kind label, link, minutes, Free; external links get rel="noopener"', async () => {
    const el = await card(await foundations());
    toggle(el).click();
    await settled(el);
    const resources = parts(el, 'resource');
    const status = resources.find((resource) => text(resource)?.includes('HTTP response status codes'))!;
    expect(text(status)).to.equal('Docs MDN: HTTP response status codes 20 min · Free');
    expect(text(status.querySelector('[part~="resource-kind"]'))).to.equal('Docs');
    const link = status.querySelector('a')!;
    expect(link.href).to.equal('https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Status');
    expect(link.rel).to.equal('noopener');
    expect(isRendered(link)).to.equal(true);
    const paid = await card({
      title: 'Paid',
      curriculum: [
        {
          title: 'A',
          weeks: {from: 1},
          items: [{text: 'Read', resources: [{title: 'Book', href: '/book', free: false}]}],
        },
      ],
    });
    toggle(paid).click();
    await settled(paid);
    expect(text(part(paid, 'resource'))).to.equal('Book Paid');
    expect(part(paid, 'resource')!.querySelector('a')!.getAttribute('rel')).to.equal('');
  });

  it('opens and closes from the keyboard: Enter and Space on the focused button', async () => {
    const el = await card(await foundations());
    toggle(el).focus();
    await sendKeys({press: 'Enter'});
    await settled(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(entries(el).every(isRendered)).to.equal(true);
    await sendKeys({press: 'Space'});
    await settled(el);
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('is accessible, open and closed', async () => {
    const el = await card(await foundations());
    await expect(el).to.be.accessible();
    toggle(el).click();
    await settled(el);
    await expect(el).to.be.accessible();
  });
});

describe('curriculum: printed', () => {
  afterEach(() => emulateMedia({media: 'screen'}));

  it('prints every plan open, though collapsed on screen', async function () {
    const el = await showTimeline(await freshRoadmap());
    const first = cards(el)[0]!;
    await waitForPlan(first);
    expect(entries(first)).to.have.length(0);
    await emulateOrSkip(this, {media: 'print'});
    // The print media query reports its change at the next rendering step (a real print fires `beforeprint`).
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await settled(el);
    expect(entries(first)).to.have.length(4);
    expect(entries(first).every(isRendered)).to.equal(true);
    // Still collapsed for the screen: printing changes nothing a reader set.
    expect(toggle(first).getAttribute('aria-expanded')).to.equal('false');
    await emulateMedia({media: 'screen'});
    expect(entries(first).some(isRendered)).to.equal(false);
  });
});

async function waitForPlan(el: StageCard) {
  for (let tries = 0; tries < 50 && !part(el, 'curriculum-toggle'); tries++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
    await settled(el);
  }
}

describe('curriculum: reading progress', () => {
  it('counts curriculum items in the stage’s and the roadmap’s progress, and ticks them', async () => {
    const el = await showTimeline(await freshRoadmap(), {'track-progress': ''});
    const first = cards(el)[0]!;
    await waitForPlan(first);
    // 15 stage items and the sample plan's 9.
    expect(part(el, 'progress')?.textContent).to.contain('0 of 24 done');
    expect(part(first, 'progress')?.textContent).to.contain('0 of 12 done');
    toggle(first).click();
    await settled(el);
    const boxes = checkboxes(first);
    expect(boxes).to.have.length(12);
    const events = record<CustomEvent>(el, 'roadmap-progress');
    // The plan's first item: "Choose one: Go + Gin, …".
    boxes[3]!.click();
    await settled(el);
    events.stop();
    expect(events.events[0]!.detail).to.include({stageId: 'foundations', done: true, completed: 1, total: 24});
    expect(events.events[0]!.detail.itemId).to.match(/^choose-one-go-gin/);
    expect(part(el, 'progress')?.textContent).to.contain('1 of 24 done');
    expect(part(first, 'progress')?.textContent).to.contain('1 of 12 done');
    expect(el.progress.foundations).to.deep.equal([events.events[0]!.detail.itemId]);
  });

  it('progress set for a curriculum item is kept and shown ticked', async () => {
    const roadmap = await freshRoadmap();
    const el = await showTimeline(roadmap, {'track-progress': ''});
    el.progress = {foundations: ['read-and-write-json-bodies', 'not-an-item']};
    await settled(el);
    expect(el.progress).to.deep.equal({foundations: ['read-and-write-json-bodies']});
    const first = cards(el)[0]!;
    await waitForPlan(first);
    toggle(first).click();
    await settled(el);
    const ticked = checkboxes(first).filter((box) => box.checked);
    expect(ticked).to.have.length(1);
    expect(text(ticked[0]!.closest('li'))).to.contain('Read and write JSON bodies');
  });
});

describe('curriculum: in Hindi', () => {
  it('says the plan’s line, weeks and resource words from the Hindi table', async () => {
    const el = await card(await foundations(), 'hi');
    for (let tries = 0; tries < 50 && !text(toggle(el))?.includes('योजना'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await settled(el);
    }
    expect(text(toggle(el))).to.equal('हफ़्ते-दर-हफ़्ते योजना · 8 हफ़्ते · 54 घंटे नमूना योजना');
    toggle(el).click();
    await settled(el);
    expect(text(entries(el)[1]!.querySelector('.when'))).to.equal('हफ़्ते 2–3 · 12 घंटे');
    expect(text(part(el, 'resource-kind'))).to.equal('कोर्स');
    expect(text(parts(el, 'resource')[5])).to.contain('30 मिनट · मुफ़्त');
  });
});

describe('curriculum: an unknown source', () => {
  it('is refused at its path; the element shows the located error and keeps the last good roadmap', async () => {
    const good = await indiaRoadmap();
    const el = await showTimeline(good);
    const bad = structuredClone(good) as RoadmapInput;
    bad.stages[2]!.salary!.source = 'trackr';
    bad.title = 'A roadmap that must not show';
    const errors = record<CustomEvent>(el, 'roadmap-error');
    el.roadmap = bad;
    await settled(el);
    for (let tries = 0; tries < 50 && !part(el, 'error'); tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      await settled(el);
    }
    errors.stop();
    const message = `stages[2].salary.source: names no source ("trackr"); the roadmap's sources are listings, tracker`;
    expect(errors.events[0]!.detail.issues).to.deep.include({
      path: 'stages[2].salary.source',
      message: `names no source ("trackr"); the roadmap's sources are listings, tracker`,
    });
    expect(part(el, 'error')!.textContent).to.contain(message);
    expect(text(part(el, 'title'))).to.equal(good.title);
    expect(cards(el)).to.have.length(5);
  });
});
