import {expect} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/define.js';
import type {RoadmapTimeline} from '../../src/index.js';
import {luminance, part, parts, settled} from '../helpers.js';
import {cards, checkboxes, freshRoadmap, isRendered, stageItems, timeline} from './reader-helpers.js';

const EVERYTHING = {'track-progress': '', collapsible: '', experience: '7', 'active-stage': 'specialisation'};

/** Every stage body (summary, items, salary), by its item list. */
const itemLists = (el: RoadmapTimeline) => cards(el).map((card) => card.shadowRoot!.querySelector('ul')!);

describe('reader print: the roadmap prints as a checklist', () => {
  afterEach(() => emulateMedia({media: 'screen', colorScheme: 'light'}));

  it('prints every stage expanded, though all are collapsed on screen', async () => {
    const el = await timeline(await freshRoadmap(), {collapsible: ''});
    part(el, 'collapse-all')!.click();
    await settled(el);
    expect(itemLists(el).some(isRendered)).to.equal(false);
    await emulateMedia({media: 'print'});
    expect(itemLists(el).every(isRendered)).to.equal(true);
    expect(cards(el).every((card) => isRendered(part(card, 'summary')!))).to.equal(true);
    // The buttons that only make sense on screen are left off the paper.
    expect(isRendered(part(el, 'controls')!)).to.equal(false);
  });

  it('prints the reader’s checkmarks', async () => {
    const el = await timeline(await freshRoadmap('frontend'), {'track-progress': ''});
    el.progress = {basics: ['semantic-html-and-forms']};
    await settled(el);
    await emulateMedia({media: 'print'});
    const [first, second] = checkboxes(cards(el)[0]!);
    expect(isRendered(first!) && first!.checked).to.equal(true);
    expect(isRendered(second!) && !second!.checked).to.equal(true);
    expect(part(el, 'progress')?.textContent).to.contain('1 of 5 done');
  });

  it('prints an empty box before each item even without track-progress', async () => {
    const el = await timeline(await freshRoadmap('frontend'));
    const item = part(cards(el)[1]!, 'item')!;
    await emulateMedia({media: 'print'});
    const box = getComputedStyle(item, '::before');
    expect(box.borderTopStyle).to.equal('solid');
    expect(box.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
  });

  it('writes out link URLs', async () => {
    const el = await timeline(await freshRoadmap('frontend'));
    const link = part(cards(el)[0]!, 'link')!;
    const cta = part(el, 'link')!;
    expect(getComputedStyle(link, '::after').content).to.equal('none');
    await emulateMedia({media: 'print'});
    expect(getComputedStyle(link, '::after').content).to.equal('" (https://example.org/css)"');
    expect(getComputedStyle(cta, '::after').content).to.contain('https://example.org/jobs/frontend');
  });

  it('prints light colours, even in the dark theme', async () => {
    const el = await timeline(await freshRoadmap(), {theme: 'dark'});
    await emulateMedia({media: 'print'});
    const base = getComputedStyle(part(el, 'base')!);
    expect(luminance(base.backgroundColor)).to.be.above(0.9);
    expect(luminance(base.color)).to.be.below(0.05);
    for (const card of cards(el)) {
      expect(luminance(getComputedStyle(part(card, 'card')!).backgroundColor)).to.be.above(0.9);
    }
  });

  it('prints light colours when the reader prefers dark', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const el = await timeline(await freshRoadmap());
    await emulateMedia({media: 'print', colorScheme: 'dark'});
    expect(luminance(getComputedStyle(part(el, 'base')!).backgroundColor)).to.be.above(0.9);
  });

  it('keeps each stage on one page where it can, and stacks the stages vertically', async () => {
    const el = await timeline(await freshRoadmap('frontend'), {layout: 'horizontal'});
    const list = part(el, 'stages')!;
    expect(getComputedStyle(list).gridAutoFlow).to.equal('column');
    await emulateMedia({media: 'print'});
    expect(getComputedStyle(list).gridAutoFlow).to.equal('row');
    for (const stage of stageItems(el)) expect(getComputedStyle(stage).breakInside).to.equal('avoid');
    for (const card of cards(el)) expect(getComputedStyle(part(card, 'card')!).breakInside).to.equal('avoid');
  });
});

describe('reader features: accessibility with every option on', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  it('is accessible in the light theme, collapsed', async () => {
    const el = await timeline(await freshRoadmap(), EVERYTHING);
    expect(part(el, 'current')).to.equal(stageItems(el)[2]);
    expect(part(el, 'active')).to.equal(stageItems(el)[3]);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the light theme, expanded, with items ticked', async () => {
    const el = await timeline(await freshRoadmap(), EVERYTHING);
    part(el, 'expand-all')!.click();
    el.progress = {foundations: ['sql-fluency-joins-transactions-indexes-query-plans']};
    await settled(el);
    expect(parts(el, 'passed')).to.have.length(2);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, expanded', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const el = await timeline(await freshRoadmap('frontend'), {...EVERYTHING, 'active-stage': 'senior'});
    part(el, 'expand-all')!.click();
    await settled(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible as a standalone card with done and status set', async () => {
    const el = await timeline(await freshRoadmap('frontend'), {'track-progress': '', experience: '4'});
    await expect(cards(el)[1]!).to.be.accessible();
  });
});
