import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/define.js';
import type {RoadmapProgressDetail, RoadmapTimeline, Stage} from '../../src/index.js';
import {stageStatus} from '../../src/elements/roadmap-timeline/progress.js';
import {part, parts, record, settled, shadowText, sleep} from '../helpers.js';
import {knownDefect} from '../engine.js';
import {
  cards,
  checkboxes,
  deepActiveElement,
  freshRoadmap,
  isRendered,
  stageItems,
  timeline,
} from './reader-helpers.js';

const toggles = (el: RoadmapTimeline) => cards(el).map((card) => part(card, 'toggle')!);
const bodies = (el: RoadmapTimeline) => cards(el).map((card) => card.shadowRoot!.querySelector('ul')!);
const expanded = (el: RoadmapTimeline) => toggles(el).map((button) => button.getAttribute('aria-expanded'));

async function shiftTab(): Promise<void> {
  await sendKeys({down: 'Shift'});
  await sendKeys({press: 'Tab'});
  await sendKeys({up: 'Shift'});
}

/** Waits until `check` holds (scrolling and focus follow the render by a frame or so). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await sleep(20);
  expect(check(), what).to.equal(true);
}

describe('reader navigation: experience ("you are here")', () => {
  it('marks the stage whose period contains the experience, and the earlier stages as passed', async () => {
    // Months 0–2, 2–5, 5–10, then years 2–3 and 4+: 7 months is in "Real projects".
    const el = await timeline(await freshRoadmap(), {experience: '7'});
    const items = stageItems(el);
    expect(items.map((item) => item.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null, null]);
    expect(part(el, 'current')).to.equal(items[2]);
    expect(parts(el, 'passed')).to.deep.equal([items[0], items[1]]);
    expect(shadowText(cards(el)[2]!)).to.contain('You are here');
    expect(shadowText(cards(el)[0]!)).to.contain('Passed');
    expect(shadowText(cards(el)[3]!)).not.to.contain('Passed');
    expect(shadowText(cards(el)[3]!)).not.to.contain('You are here');
  });

  it('counts years as twelve months, and an open-ended stage runs on', async () => {
    const el = await timeline(await freshRoadmap(), {experience: '30'});
    expect(stageItems(el)[3]!.getAttribute('aria-current')).to.equal('step');
    el.experience = 120;
    await settled(el);
    expect(stageItems(el)[4]!.getAttribute('aria-current')).to.equal('step');
    expect(parts(el, 'passed')).to.have.length(4);
  });

  it('marks no stage current in a gap between periods, but still the passed ones', async () => {
    const el = await timeline(await freshRoadmap(), {experience: '15'});
    expect(part(el, 'current')).to.equal(null);
    expect(parts(el, 'passed')).to.have.length(3);
  });

  it('shows a visible marker on the current stage', async () => {
    const el = await timeline(await freshRoadmap(), {experience: '1'});
    const marker = stageItems(el)[0]!.querySelector('.marker')!;
    expect(getComputedStyle(marker).outlineStyle).to.equal('solid');
    expect(getComputedStyle(stageItems(el)[1]!.querySelector('.marker')!).outlineStyle).to.equal('none');
  });

  it('warns about an experience that is not a number of months, and marks nothing', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await timeline(await freshRoadmap(), {experience: 'seven'});
      expect(part(el, 'current')).to.equal(null);
      expect(parts(el, 'passed')).to.have.length(0);
    } finally {
      console.warn = warn;
    }
    expect(warnings.join('\n')).to.contain('experience: must be a number of months ≥ 0, not "seven"');
  });
});

describe('reader navigation: where an experience falls against a period', () => {
  const stage = (period?: Stage['period']): Stage => ({id: 's', title: 'S', items: [], ...(period && {period})});
  const statuses = (period: Stage['period'], months: number[]) => months.map((m) => stageStatus(stage(period), m));

  it('covers months [from, to): the end month belongs to the next stage', () => {
    expect(statuses({unit: 'month', from: 2, to: 5}, [1, 2, 4.9, 5, 6])).to.deep.equal([
      undefined,
      'current',
      'current',
      'passed',
      'passed',
    ]);
  });

  it('counts a year as twelve months', () => {
    expect(statuses({unit: 'year', from: 2, to: 3}, [23, 24, 35, 36])).to.deep.equal([
      undefined,
      'current',
      'current',
      'passed',
    ]);
  });

  it('covers one whole month or year when to equals from', () => {
    expect(statuses({unit: 'month', from: 3, to: 3}, [2, 3, 3.5, 4])).to.deep.equal([
      undefined,
      'current',
      'current',
      'passed',
    ]);
    expect(statuses({unit: 'year', from: 1, to: 1}, [11, 12, 23, 24])).to.deep.equal([
      undefined,
      'current',
      'current',
      'passed',
    ]);
  });

  it('never passes an open-ended period, and places a stage without a period nowhere', () => {
    expect(statuses({unit: 'year', from: 4}, [47, 48, 1200])).to.deep.equal([undefined, 'current', 'current']);
    expect(stageStatus(stage(), 7)).to.equal(undefined);
  });
});

describe('reader navigation: deep links', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('active-stage scrolls the stage into view, highlights and focuses it', async () => {
    const el = await timeline(await freshRoadmap(), {'active-stage': 'senior-trajectory'});
    const target = stageItems(el)[4]!;
    await until(() => el.shadowRoot!.activeElement === target, 'the stage has focus');
    expect(target.getAttribute('tabindex')).to.equal('-1');
    expect(part(el, 'active')).to.equal(target);
    expect(getComputedStyle(target).outlineStyle).to.equal('solid');
    const box = target.getBoundingClientRect();
    expect(box.top).to.be.below(innerHeight);
    expect(box.bottom).to.be.above(0);
  });

  it('a URL ending in #<stage id> reveals that stage when the roadmap loads', async () => {
    history.replaceState(null, '', '#specialisation');
    const el = await timeline(await freshRoadmap());
    await until(() => el.shadowRoot!.activeElement === stageItems(el)[3], 'the stage has focus');
    expect(part(el, 'active')).to.equal(stageItems(el)[3]);
  });

  it('follows hashchange, and ignores fragments that name no stage', async () => {
    const el = await timeline(await freshRoadmap());
    location.hash = '#real-projects';
    await until(() => part(el, 'active') === stageItems(el)[2], 'the stage is highlighted');
    location.hash = '#no-such-stage';
    await sleep(100);
    expect(part(el, 'active')).to.equal(stageItems(el)[2]);
  });

  it('leaves a fragment that names an element of the page itself to the page', async () => {
    const anchor = document.createElement('p');
    anchor.id = 'foundations';
    document.body.append(anchor);
    try {
      const el = await timeline(await freshRoadmap());
      location.hash = '#foundations';
      await sleep(150);
      expect(part(el, 'active')).to.equal(null);
    } finally {
      anchor.remove();
    }
  });

  it('stops listening for hashchange once removed', async () => {
    const el = await timeline(await freshRoadmap());
    el.remove();
    location.hash = '#real-projects';
    await sleep(100);
    expect(part(el, 'active')).to.equal(null);
  });

  it('warns once about an active-stage that names no stage', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await timeline(await freshRoadmap(), {'active-stage': 'nowhere'});
      expect(part(el, 'active')).to.equal(null);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal(['<roadmap-timeline> active-stage: no stage has the id "nowhere"']);
  });

  it('every stage has an anchor: its id on the list item', async () => {
    const el = await timeline(await freshRoadmap());
    expect(stageItems(el).map((item) => item.id)).to.deep.equal([
      'foundations',
      'first-job-ready-skills',
      'real-projects',
      'specialisation',
      'senior-trajectory',
    ]);
  });
});

describe('reader navigation: collapsible', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('without collapsible, titles are plain headings and every body shows', async () => {
    const el = await timeline(await freshRoadmap());
    expect(cards(el).map((card) => part(card, 'toggle'))).to.deep.equal([null, null, null, null, null]);
    expect(part(el, 'controls')).to.equal(null);
    expect(bodies(el).every(isRendered)).to.equal(true);
  });

  it('collapses every stage to a disclosure button in its heading, except the current one', async () => {
    const el = await timeline(await freshRoadmap(), {collapsible: '', experience: '3'});
    const buttons = toggles(el);
    expect(buttons.map((button) => `${button.parentElement!.tagName} > ${button.tagName}`)).to.deep.equal(
      Array(5).fill('H3 > BUTTON'),
    );
    expect(expanded(el)).to.deep.equal(['false', 'true', 'false', 'false', 'false']);
    expect(bodies(el).map(isRendered)).to.deep.equal([false, true, false, false, false]);
    const controlled = cards(el)[0]!.shadowRoot!.getElementById(buttons[0]!.getAttribute('aria-controls')!);
    expect(controlled?.contains(bodies(el)[0]!)).to.equal(true);
  });

  it('a click toggles one stage', async () => {
    const el = await timeline(await freshRoadmap(), {collapsible: ''});
    toggles(el)[2]!.click();
    await settled(el);
    expect(expanded(el)).to.deep.equal(['false', 'false', 'true', 'false', 'false']);
    expect(isRendered(bodies(el)[2]!)).to.equal(true);
    toggles(el)[2]!.click();
    await settled(el);
    expect(isRendered(bodies(el)[2]!)).to.equal(false);
  });

  it('a collapsed stage is only as tall as its meta line and title, even in a wide card', async () => {
    const el = await timeline(await freshRoadmap(), {collapsible: ''});
    el.style.width = '1000px';
    await settled(el);
    const card = cards(el)[0]!;
    const box = part(card, 'card')!.getBoundingClientRect();
    const head = card.shadowRoot!.querySelector('.head')!.getBoundingClientRect();
    expect(box.height - head.height).to.be.below(50);
  });

  it('a collapsed body is hidden="until-found", and opens on beforematch (find in page)', async () => {
    const el = await timeline(await freshRoadmap(), {collapsible: ''});
    const body = cards(el)[3]!.shadowRoot!.getElementById('body')!;
    expect(body.getAttribute('hidden')).to.equal('until-found');
    // What the browser does when find in page matches text inside (window.find does not reveal such text).
    body.dispatchEvent(new Event('beforematch'));
    await settled(el);
    expect(expanded(el)[3]).to.equal('true');
    expect(isRendered(bodies(el)[3]!)).to.equal(true);
  });

  it('expand all and collapse all', async () => {
    const el = await timeline(await freshRoadmap(), {collapsible: ''});
    part(el, 'expand-all')!.click();
    await settled(el);
    expect(expanded(el)).to.deep.equal(['true', 'true', 'true', 'true', 'true']);
    expect(bodies(el).every(isRendered)).to.equal(true);
    part(el, 'collapse-all')!.click();
    await settled(el);
    expect(expanded(el)).to.deep.equal(['false', 'false', 'false', 'false', 'false']);
    expect(bodies(el).some(isRendered)).to.equal(false);
  });

  it('a deep link opens a collapsed stage', async () => {
    const el = await timeline(await freshRoadmap(), {collapsible: ''});
    el.activeStage = 'specialisation';
    await settled(el);
    await until(() => isRendered(bodies(el)[3]!), 'the stage is open');
    expect(expanded(el)[3]).to.equal('true');
  });

  it('reflects collapsible between the attribute and the property', async () => {
    const el = await timeline(await freshRoadmap());
    el.collapsible = true;
    await settled(el);
    expect(el.hasAttribute('collapsible')).to.equal(true);
    expect(toggles(el)).to.have.length(5);
  });
});

describe('reader navigation: keyboard only', () => {
  it('expands stages and ticks items with Tab, Enter and Space', async () => {
    const roadmap = await freshRoadmap('frontend');
    const before = document.createElement('button');
    before.textContent = 'Before the roadmap';
    document.body.append(before);
    const el = await timeline(roadmap, {collapsible: '', 'track-progress': ''});
    const events = record<CustomEvent<RoadmapProgressDetail>>(el, 'roadmap-progress');
    try {
      before.focus();
      // The header's call to action first (issue 15), then the controls.
      await sendKeys({press: 'Tab'});
      expect(deepActiveElement()).to.equal(part(el, 'header-link'));
      await sendKeys({press: 'Tab'});
      expect(deepActiveElement()).to.equal(part(el, 'expand-all'));
      await sendKeys({press: 'Tab'});
      expect(deepActiveElement()).to.equal(part(el, 'collapse-all'));
      await sendKeys({press: 'Tab'});
      expect(deepActiveElement()).to.equal(toggles(el)[0]);
      // The body of a collapsed stage is skipped.
      await sendKeys({press: 'Tab'});
      expect(deepActiveElement()).to.equal(toggles(el)[1]);
      await shiftTab();
      await sendKeys({press: 'Enter'});
      await settled(el);
      expect(expanded(el)[0]).to.equal('true');
      await sendKeys({press: 'Tab'});
      const box = checkboxes(cards(el)[0]!)[0]!;
      expect(deepActiveElement()).to.equal(box);
      await sendKeys({press: 'Space'});
      await settled(el);
      expect(box.checked).to.equal(true);
      expect(events.events.map((event) => event.detail)).to.deep.equal([
        {
          roadmapId: roadmap.id,
          stageId: 'basics',
          itemId: 'semantic-html-and-forms',
          done: true,
          completed: 1,
          total: 5,
        },
      ]);
      // Past the second item's checkbox and its link, to the next stage's button; Space closes it again.
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      expect(deepActiveElement()?.textContent).to.equal('CSS layout: flexbox and grid');
      await shiftTab();
      await shiftTab();
      await shiftTab();
      expect(deepActiveElement()).to.equal(toggles(el)[0]);
      await sendKeys({press: 'Space'});
      await settled(el);
      expect(expanded(el)[0]).to.equal('false');
    } finally {
      events.stop();
      before.remove();
    }
  });

  it('shows a focus ring on the disclosure button and the checkbox', async function () {
    await knownDefect(this, 'webkit', 'the disclosure button reached by the keyboard shows no outline in WebKit');
    const el = await timeline(await freshRoadmap('frontend'), {collapsible: '', 'track-progress': ''});
    part(el, 'expand-all')!.focus();
    await sendKeys({press: 'Enter'});
    await settled(el);
    await sendKeys({press: 'Tab'});
    await sendKeys({press: 'Tab'});
    expect(deepActiveElement()).to.equal(toggles(el)[0]);
    expect(getComputedStyle(toggles(el)[0]!).outlineStyle).to.equal('solid');
    await sendKeys({press: 'Tab'});
    const box = checkboxes(cards(el)[0]!)[0]!;
    expect(deepActiveElement()).to.equal(box);
    expect(getComputedStyle(box).outlineStyle).to.equal('solid');
  });
});
