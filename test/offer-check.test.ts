/**
 * "Where does my offer sit?" (issue 16, point 3): `<roadmap-timeline offer-check>` adds a field that reads an amount
 * in the reader's locale, marks it on every band, names the stage whose band holds it, and announces it as
 * `roadmap-offer`; what it cannot read gets a plain message, and the amount before it stays.
 */
import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/define.js';
import type {RoadmapOfferDetail, RoadmapTimeline} from '../src/index.js';
import {loadWords} from '../src/format/words.js';
import {frontendRoadmap, indiaRoadmap, part, record, settled, showTimeline, sleep, warningsDuring} from './helpers.js';

type OfferEvent = CustomEvent<RoadmapOfferDetail>;

const input = (el: RoadmapTimeline) => part(el, 'offer-input') as HTMLInputElement;
/** What a reader sees in an element, spaces of every width as one (Intl writes "₹12 लाख" with a no-break space). */
const seen = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim();
const status = (el: RoadmapTimeline) => seen(part(el, 'offer-status')?.querySelector('[aria-hidden="true"]'));
const bands = (el: RoadmapTimeline) =>
  [...el.shadowRoot!.querySelectorAll('stage-card')].map((card) => part(card, 'salary')!);
/** Each stage band's sentence about the offer, or `undefined` where it shows none. */
const sentences = (el: RoadmapTimeline) => bands(el).map((band) => seen(part(band, 'offer')));

/** Types `text` into the field as a reader does (focus, keys, Enter), and waits for the roadmap to follow. */
async function enter(el: RoadmapTimeline, text: string): Promise<void> {
  const field = input(el);
  field.focus();
  field.select();
  await sendKeys({press: 'Backspace'});
  if (text) await sendKeys({type: text});
  await sendKeys({press: 'Enter'});
  await settled(el);
}

const india = async (attributes: Record<string, string> = {}) =>
  showTimeline(await indiaRoadmap(), {'offer-check': '', ...attributes});

describe('<roadmap-timeline offer-check>', () => {
  it('adds a labelled field, "Your offer or current pay", with help saying nothing leaves the device', async () => {
    const el = await india();
    const field = input(el);
    expect(field.labels![0]!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Your offer or current pay (per year)');
    // The phone's full keyboard: readers there write pay as "12L", "12 lakh" or "12 LPA", not only in digits.
    expect(field.hasAttribute('inputmode')).to.equal(false);
    expect(field.type).to.equal('text');
    const described = field
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => el.shadowRoot!.getElementById(id)!);
    expect(described.map((node) => node.getAttribute('part'))).to.deep.equal(['offer-status', 'offer-help']);
    expect(seen(part(el, 'offer-help'))).to.equal('Worked out on this device: the roadmap does not send or store it.');
    expect(part(el, 'offer-status')!.getAttribute('aria-live')).to.equal('polite');
    // Beside the salary ladder, in the header.
    expect(part(el, 'salary-ladder')!.contains(part(el, 'offer-check'))).to.equal(true);
  });

  it('has no field without offer-check', async () => {
    const el = await showTimeline(await indiaRoadmap());
    expect(part(el, 'offer-check')).to.equal(null);
  });

  it('en-IN: "12L" is ₹12,00,000, within Stage 3’s band, said in the status line and on every band', async () => {
    const el = await india();
    const offers = record<OfferEvent>(el, 'roadmap-offer');
    await enter(el, '12L');
    expect(el.offer).to.equal(1200000);
    expect(status(el)).to.equal('₹12L is within Stage 3’s range, ₹11L – ₹15L');
    expect(sentences(el)).to.deep.equal([
      '₹12L is above Stage 1’s range, ₹5L – ₹11L',
      '₹12L is above Stage 2’s range, ₹5L – ₹11L',
      '₹12L is within Stage 3’s range, ₹11L – ₹15L',
      '₹12L is below Stage 4’s range, ₹15L – ₹21L',
      '₹12L is below Stage 5’s range, ₹21L – ₹30L',
    ]);
    // The market band and every rung of the ladder mark it too, and a line crosses the ladder.
    const ladder = part(el, 'salary-ladder')!;
    const ladderBands = [...ladder.querySelectorAll('salary-band')];
    expect(ladderBands.length).to.equal(6);
    for (const band of ladderBands)
      expect(part(band, 'offer-marker'), 'a marker on each ladder band').to.not.equal(null);
    expect(ladder.querySelector('.ladder-offer'), 'the line across the ladder').to.not.equal(null);
    offers.stop();
    expect(offers.events.map((event) => event.detail)).to.deep.equal([
      {amount: 1200000, currency: 'INR', period: 'year', stageId: 'real-projects'},
    ]);
    const [event] = offers.events;
    expect([event!.bubbles, event!.composed]).to.deep.equal([true, true]);
  });

  it('en-IN: reads "12 lakh", "1.2Cr" and "12,00,000" too', async () => {
    const el = await india();
    await enter(el, '12 lakh');
    expect(el.offer).to.equal(1200000);
    await enter(el, '1.2Cr');
    expect(el.offer).to.equal(12000000);
    expect(status(el)).to.equal('₹1.2Cr is above Stage 5’s range, ₹21L – ₹30L');
    await enter(el, '12,00,000');
    expect(el.offer).to.equal(1200000);
  });

  it('puts the ladder’s line where the offer is on the axis', async () => {
    const el = await india();
    await enter(el, '12L');
    const ladder = part(el, 'salary-ladder')!;
    const track = ladder.querySelector('salary-band')!.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    const line = ladder.querySelector('.ladder-offer')!.getBoundingClientRect();
    // ₹12L on the ₹5L – ₹30L axis: 28 % along it.
    expect((line.left - track.left) / track.width).to.be.closeTo(0.28, 0.01);
  });

  it('en-US: "$120k" is within Stage 2’s band ($78K – $120K), the first that holds it', async () => {
    const el = await showTimeline(await frontendRoadmap(), {'offer-check': ''});
    const offers = record<OfferEvent>(el, 'roadmap-offer');
    await enter(el, '$120k');
    offers.stop();
    expect(el.offer).to.equal(120000);
    expect(status(el)).to.equal('$120K is within Stage 2’s range, $78K – $120K');
    expect(offers.events.map((event) => event.detail)).to.deep.equal([
      {amount: 120000, currency: 'USD', period: 'year', stageId: 'framework'},
    ]);
  });

  it('an unreadable amount gets a plain message; the offer before it stays, and no event fires', async () => {
    const el = await india();
    await enter(el, '12L');
    const offers = record<OfferEvent>(el, 'roadmap-offer');
    await enter(el, '12 lakhz');
    offers.stop();
    expect(status(el)).to.equal('That amount could not be read. Try one like ₹18L.');
    expect(input(el).getAttribute('aria-invalid')).to.equal('true');
    expect(el.offer).to.equal(1200000);
    expect(sentences(el)[2]).to.equal('₹12L is within Stage 3’s range, ₹11L – ₹15L');
    expect(offers.events).to.have.length(0);
    // A readable one clears the message.
    await enter(el, '16L');
    expect(input(el).getAttribute('aria-invalid')).to.equal('false');
    expect(status(el)).to.equal('₹16L is within Stage 4’s range, ₹15L – ₹21L');
  });

  it('reads what is typed once the reader pauses: one event, not one per keystroke', async () => {
    const el = await india();
    const offers = record<OfferEvent>(el, 'roadmap-offer');
    input(el).focus();
    await sendKeys({type: '12L'});
    await sleep(300);
    expect(offers.events, 'nothing while typing').to.have.length(0);
    await sleep(900);
    await settled(el);
    offers.stop();
    expect(offers.events.map((event) => event.detail.amount)).to.deep.equal([1200000]);
    expect(status(el)).to.contain('within Stage 3’s range');
  });

  it('emptying the field removes the offer and says so: amount null', async () => {
    const el = await india();
    await enter(el, '12L');
    const offers = record<OfferEvent>(el, 'roadmap-offer');
    await enter(el, '');
    offers.stop();
    expect(el.offer).to.equal(undefined);
    expect(offers.events.map((event) => event.detail)).to.deep.equal([
      {amount: null, currency: 'INR', period: 'year', stageId: null},
    ]);
    expect(sentences(el)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
    expect(status(el)).to.equal(undefined);
  });

  it('an amount below every band names the lowest, with stageId null', async () => {
    const el = await india();
    const offers = record<OfferEvent>(el, 'roadmap-offer');
    await enter(el, '3L');
    offers.stop();
    expect(status(el)).to.equal('₹3L is below Stage 1’s range, ₹5L – ₹11L');
    expect(offers.events[0]!.detail.stageId).to.equal(null);
  });

  it('the offer attribute presets it: the field shows it, the bands mark it, and no event fires', async () => {
    const offers = record<OfferEvent>(document, 'roadmap-offer');
    const el = await india({offer: '1200000'});
    offers.stop();
    expect(input(el).value).to.equal('12,00,000');
    expect(status(el)).to.equal('₹12L is within Stage 3’s range, ₹11L – ₹15L');
    expect(offers.events).to.have.length(0);
    el.offer = 2500000;
    await settled(el);
    expect(input(el).value).to.equal('25,00,000');
    expect(sentences(el)[4]).to.equal('₹25L is within Stage 5’s range, ₹21L – ₹30L');
  });

  it('a roadmap with only a market band: the field beside it, the offer placed against it', async () => {
    const roadmap = await indiaRoadmap();
    for (const stage of roadmap.stages) delete stage.salary;
    const el = await showTimeline(roadmap, {'offer-check': ''});
    expect(part(el, 'salary-ladder')).to.equal(null);
    await enter(el, '12L');
    expect(status(el)).to.equal('₹12L is within this range, ₹5L – ₹30L');
    expect(seen(part(part(el, 'market-salary')!, 'offer'))).to.equal('₹12L is within this range, ₹5L – ₹30L');
  });

  it('outlines the stage whose band holds the offer (the first, where bands overlap), and only that one', async () => {
    const el = await india();
    /** The stages a reader sees outlined: their ids, by the part `offer-stage`. */
    const outlined = () => [...el.shadowRoot!.querySelectorAll('[part~="offer-stage"]')].map((stage) => stage.id);
    expect(outlined()).to.deep.equal([]);
    await enter(el, '12L');
    expect(outlined()).to.deep.equal(['real-projects']);
    const stage = el.shadowRoot!.getElementById('real-projects')!;
    expect(getComputedStyle(stage).outlineStyle).to.equal('dashed');
    expect(parseFloat(getComputedStyle(stage).outlineWidth)).to.be.at.least(2);
    // ₹8L is in both Foundations' and First job-ready skills' ₹5L – ₹11L: the first is named, and outlined.
    await enter(el, '8L');
    expect(outlined()).to.deep.equal(['foundations']);
    // Below every band, or emptied: nothing is outlined.
    await enter(el, '3L');
    expect(outlined()).to.deep.equal([]);
    await enter(el, '12L');
    await enter(el, '');
    expect(outlined()).to.deep.equal([]);
  });

  it('offer without offer-check still marks every band', async () => {
    const el = await showTimeline(await indiaRoadmap(), {offer: '1200000'});
    expect(part(el, 'offer-check')).to.equal(null);
    expect(sentences(el)[2]).to.equal('₹12L is within Stage 3’s range, ₹11L – ₹15L');
  });

  it('warns once about an offer attribute that is not an amount, and marks nothing', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await india({offer: 'twelve lakh'});
      expect(sentences(el)).to.deep.equal([undefined, undefined, undefined, undefined, undefined]);
    });
    expect(warnings.filter((warning) => warning.includes('<roadmap-timeline> offer:'))).to.have.length(1);
  });

  it('hi-IN: "12 लाख" is said in Hindi, in the status line and on the bands', async () => {
    await loadWords('hi-IN');
    const el = await india({locale: 'hi-IN'});
    expect(seen(input(el).labels![0])).to.equal('आपका ऑफ़र या मौजूदा वेतन (प्रति वर्ष)');
    await enter(el, '12 लाख');
    expect(el.offer).to.equal(1200000);
    expect(status(el)).to.equal('₹12 लाख चरण 3 की सीमा (₹11 लाख – ₹15 लाख) के भीतर है');
    expect(sentences(el)[0]).to.equal('₹12 लाख चरण 1 की सीमा (₹5 लाख – ₹11 लाख) से ज़्यादा है');
  });

  it('speaks every language with a word table: no English in the field, its status or the bands', async () => {
    for (const language of ['ar', 'bn', 'de', 'es', 'fr', 'hi', 'kn', 'ml', 'mr', 'pt', 'ta', 'te']) {
      await loadWords(language);
      const el = await india({locale: language, offer: '1200000'});
      const texts = [seen(input(el).labels![0]), seen(part(el, 'offer-help')), status(el), sentences(el)[2]];
      for (const text of texts) {
        expect(text, `${language}: ${text}`).to.be.a('string');
        expect(text, `${language}: ${text}`).to.not.match(/\b(offer|pay|within|range|device|Stage)\b/);
      }
      el.remove();
    }
  });

  it('tells screen readers the amounts in words through the live status line', async () => {
    const el = await india();
    await enter(el, '12L');
    const spoken = seen(part(el, 'offer-status')!.querySelector('.visually-hidden'));
    expect(spoken).to.equal(
      '12 lakh Indian rupees is within Stage 3’s range, 11 lakh Indian rupees to 15 lakh Indian rupees per year',
    );
  });

  it('at 360 px the field is full width, big enough to tap, with 16 px text (no zoom on focus)', async () => {
    const box = document.createElement('div');
    box.style.width = '360px';
    document.body.append(box);
    try {
      const el = document.createElement('roadmap-timeline');
      el.setAttribute('offer-check', '');
      el.roadmap = await indiaRoadmap();
      box.append(el);
      await settled(el);
      const field = input(el);
      const fieldBox = field.getBoundingClientRect();
      const card = part(el, 'salary-ladder')!.getBoundingClientRect();
      expect(fieldBox.height, 'tap target').to.be.at.least(44);
      expect(parseFloat(getComputedStyle(field).fontSize)).to.be.at.least(16);
      expect(fieldBox.width / card.width, 'full width of its card').to.be.above(0.85);
    } finally {
      box.remove();
    }
  });

  it('is accessible with an offer entered, and with a message', async () => {
    const el = await india();
    await enter(el, '12L');
    await expect(el).to.be.accessible();
    await enter(el, 'lots');
    await expect(el).to.be.accessible();
  });
});
