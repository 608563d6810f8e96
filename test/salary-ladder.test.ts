/**
 * The salary story at a glance (issue 15, point 2): the header's ladder puts every stage's band on one axis with
 * ticks, the market band as context; screen readers get a list in words; stage bars share its scale; pay periods
 * other than a year are in the visible text.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {RoadmapInput, RoadmapTimeline} from '../src/index.js';
import {indiaRoadmap, part, settled, stageCardsOf} from './layout-helpers.js';
import {showTimeline, shadowText} from './helpers.js';
import {loadWords} from '../src/format/words.js';

const ladderOf = (el: RoadmapTimeline) => part(el, 'salary-ladder')!;
const rungBands = (el: RoadmapTimeline) => [...ladderOf(el).querySelectorAll<HTMLElement>('.rung salary-band')];
/** The track and fill boxes of a band's bar. */
const bar = (band: Element) => {
  const root = band.shadowRoot!;
  return {
    track: root.querySelector('.track')!.getBoundingClientRect(),
    fill: root.querySelector('.fill')!.getBoundingClientRect(),
  };
};

async function wide(roadmap: RoadmapInput, width = 1200) {
  const box = await fixture<HTMLDivElement>(html`<div></div>`);
  box.style.width = `${width}px`;
  const el = document.createElement('roadmap-timeline');
  el.roadmap = roadmap;
  box.append(el);
  await settled(el);
  return el;
}

describe('salary ladder', () => {
  it('has one rung per stage with a salary, each labelled by its stage', async () => {
    const el = await wide(await indiaRoadmap());
    const labels = rungBands(el).map((band) => band.shadowRoot!.querySelector('[part~="label"]')!.textContent);
    expect(labels).to.deep.equal([
      'Foundations',
      'First job-ready skills',
      'Real projects',
      'Specialisation',
      'Senior trajectory',
    ]);
    expect([...ladderOf(el).querySelectorAll('.rung-index')].map((index) => index.textContent)).to.deep.equal([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('groups a long roadmap into at most 12 rungs of consecutive stages, each spanning their pay', async () => {
    const india = await indiaRoadmap();
    // 30 stages, pay rising ₹1L a stage: groups of 3 (30 / 12, rounded up), so 10 rungs.
    const stages = Array.from({length: 30}, (_, index) => ({
      title: `Stage title ${index + 1}`,
      salary: {min: 500000 + index * 100000, max: 700000 + index * 100000},
    }));
    const el = await wide({...india, stages, market: {openRoles: 10}});
    const labels = rungBands(el).map((band) => band.shadowRoot!.querySelector('[part~="label"]')!.textContent);
    expect(labels).to.have.length(10);
    expect(labels[0]).to.equal('Stages 1–3');
    expect(labels.at(-1)).to.equal('Stages 28–30');
    // The first rung spans its stages' lowest and highest pay: ₹5L (stage 1) to ₹9L (stage 3).
    expect(rungBands(el)[0]!.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal('₹5L – ₹9L');
    // No stage number for a rung of several; every card still shows its own band.
    expect(ladderOf(el).querySelectorAll('.rung-index')).to.have.length(0);
    expect(stageCardsOf(el)).to.have.length(30);
  });

  it('places every rung on one axis: the tracks line up and each fill sits where its amounts are', async () => {
    const roadmap = await indiaRoadmap();
    const el = await wide(roadmap);
    const [min, max] = [500000, 3000000];
    const bands = rungBands(el);
    const first = bar(bands[0]!).track;
    bands.forEach((band, index) => {
      const {track, fill} = bar(band);
      expect(Math.abs(track.left - first.left), 'tracks share a left edge').to.be.below(1);
      expect(Math.abs(track.width - first.width), 'tracks share a width').to.be.below(1);
      const salary = roadmap.stages[index]!.salary!;
      const expectedLeft = track.left + ((salary.min - min) / (max - min)) * track.width;
      const expectedRight = track.left + ((salary.max - min) / (max - min)) * track.width;
      expect(Math.abs(fill.left - expectedLeft), `stage ${index + 1} starts at its min`).to.be.below(2);
      expect(Math.abs(fill.right - expectedRight), `stage ${index + 1} ends at its max`).to.be.below(2);
    });
  });

  it('draws the market band as context on the same axis, before the stages', async () => {
    const roadmap = await indiaRoadmap();
    roadmap.market!.salary = {min: 600000, max: 2400000};
    const el = await wide(roadmap);
    const market = part(el, 'market-salary')!;
    expect(ladderOf(el).contains(market)).to.equal(true);
    const {track, fill} = bar(market);
    // The axis runs ₹5L – ₹30L (the stages' span); the market's ₹6L – ₹24L is a part of it, not a full bar.
    expect(fill.width / track.width).to.be.closeTo(18 / 25, 0.02);
    expect(shadowText(market)).to.contain('Whole market');
  });

  it('labels round amounts along the axis, each at its place', async () => {
    const el = await wide(await indiaRoadmap());
    const axis = ladderOf(el).querySelector('.ladder-axis')!;
    const ticks = [...axis.querySelectorAll('text')];
    expect(ticks.map((tick) => tick.textContent)).to.deep.equal(['₹5L', '₹10L', '₹15L', '₹20L', '₹25L', '₹30L']);
    const track = bar(rungBands(el)[0]!).track;
    const lines = [...ladderOf(el).querySelectorAll('.ladder-grid line')].map((line) => line.getBoundingClientRect());
    expect(lines).to.have.length(6);
    lines.forEach((line, index) => {
      expect(Math.abs(line.left - (track.left + (index / 5) * track.width))).to.be.below(2);
    });
  });

  it('reads as a list in words: one item per stage, amounts spelled out', async () => {
    const el = await wide(await indiaRoadmap());
    const list = ladderOf(el).querySelector('ol')!;
    expect(list.getAttribute('role')).to.equal('list');
    expect(list.getAttribute('aria-label')).to.equal('Salary by stage');
    const first = list.querySelector('li')!;
    const spoken = first.querySelector('salary-band')!.shadowRoot!.querySelector('.visually-hidden')!.textContent!;
    expect(spoken.replace(/\s/g, ' ')).to.equal('Foundations: 5 lakh Indian rupees to 11 lakh Indian rupees per year');
    expect(first.querySelector('.rung-index')!.getAttribute('aria-hidden')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('puts the stage cards on the same scale as the ladder', async () => {
    const el = await wide(await indiaRoadmap(), 900);
    const cards = stageCardsOf(el);
    rungBands(el).forEach((band, index) => {
      const ladder = bar(band);
      const card = bar(cards[index]!.shadowRoot!.querySelector('salary-band')!);
      const share = (box: ReturnType<typeof bar>) => [
        (box.fill.left - box.track.left) / box.track.width,
        box.fill.width / box.track.width,
      ];
      const [a, b] = [share(ladder), share(card)];
      expect(a[0]).to.be.closeTo(b[0]!, 0.01);
      expect(a[1]).to.be.closeTo(b[1]!, 0.01);
    });
  });

  it('draws stage bars thick enough to read: 0.75em', async () => {
    const el = await wide(await indiaRoadmap(), 900);
    const band = stageCardsOf(el)[0]!.shadowRoot!.querySelector('salary-band')!;
    const {track} = bar(band);
    const size = parseFloat(getComputedStyle(band).fontSize);
    expect(track.height).to.be.closeTo(0.75 * size, 0.5);
  });

  it('shows no ladder for a roadmap whose stages have no salaries: the market band alone', async () => {
    const roadmap = await indiaRoadmap();
    for (const stage of roadmap.stages) delete stage.salary;
    const el = await wide(roadmap);
    expect(part(el, 'salary-ladder')).to.equal(null);
    expect(shadowText(part(el, 'market-salary')!)).to.contain('₹5L – ₹30L');
  });
});

describe('pay period in the visible text', () => {
  const band = async (period?: string, locale = 'en-US', currency = 'USD') => {
    await loadWords(locale);
    const el = document.createElement('salary-band');
    Object.entries({min: '45', max: '80', currency, locale, ...(period && {period})}).forEach(([name, value]) =>
      el.setAttribute(name, value),
    );
    await fixture(el);
    await settled(el);
    return el.shadowRoot!.querySelector('[part~="value"]')!.textContent;
  };

  it('an hourly band says /hr', async () => {
    expect(await band('hour')).to.equal('$45 – $80/hr');
  });

  it('a monthly band says /mo', async () => {
    expect(await band('month')).to.equal('$45 – $80/mo');
  });

  it('a yearly band says nothing more', async () => {
    expect(await band()).to.equal('$45 – $80');
  });

  it('in Hindi, a monthly band says /माह', async () => {
    expect(await band('month', 'hi-IN', 'INR')).to.match(/\/माह$/);
  });

  it('a monthly roadmap shows its period in the ladder too', async () => {
    const el = await showTimeline({
      version: 1,
      id: 'monthly',
      title: 'Monthly pay',
      currency: 'USD',
      locale: 'en-US',
      stages: [
        {title: 'One', salary: {min: 3000, max: 4000, period: 'month'}},
        {title: 'Two', salary: {min: 4000, max: 6000, period: 'month'}},
      ],
    });
    const rung = rungBands(el)[1]!;
    expect(rung.shadowRoot!.querySelector('[part~="value"]')!.textContent).to.equal('$4K – $6K/mo');
  });
});
