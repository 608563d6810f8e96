import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {SalaryBand} from '../src/index.js';
import {part, settled, warningsDuring} from './helpers.js';
import {loadWords} from '../src/format/words.js';

async function band(template: ReturnType<typeof html>): Promise<SalaryBand> {
  const el = await fixture<SalaryBand>(template);
  await settled(el);
  return el;
}

/** ₹5L – ₹11L a year, on the India market's ₹5L – ₹30L scale. */
const india = (period?: string) =>
  band(
    html`<salary-band
      min="500000"
      max="1100000"
      currency="INR"
      locale="en-IN"
      scale-min="0"
      scale-max="3000000"
      period=${period ?? 'year'}
    ></salary-band>`,
  );

/** What a screen reader gets: the shadow tree's text outside anything `aria-hidden="true"`. */
function spokenText(el: Element): string {
  const out: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node.nodeType === Node.TEXT_NODE) out.push(node.nodeValue ?? '');
    if (node instanceof Element && ['STYLE', 'SCRIPT'].includes(node.tagName)) return;
    for (const child of node.childNodes) walk(child);
  };
  walk(el.shadowRoot!);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** The SVG rect showing the range. */
function fill(el: SalaryBand): SVGRectElement {
  const rects = [...part(el, 'bar')!.querySelectorAll('rect')];
  expect(rects.length, 'the bar has a track and a fill').to.be.at.least(2);
  return rects[rects.length - 1]!;
}

const percent = (value: string | null) => {
  expect(value).to.match(/%$/);
  return parseFloat(value!);
};

describe('<salary-band>', () => {
  it('shows ₹5L – ₹11L for min=500000 max=1100000 in INR, en-IN', async () => {
    const el = await india();
    expect(part(el, 'value')?.textContent?.trim()).to.equal('₹5L – ₹11L');
  });

  it('shows $62K – $78K for min=62000 max=78000 in USD, en-US', async () => {
    const el = await band(html`<salary-band min="62000" max="78000" currency="USD" locale="en-US"></salary-band>`);
    expect(part(el, 'value')?.textContent?.trim()).to.equal('$62K – $78K');
  });

  it('gives screen readers the range in words: lakh, Indian rupees, per year', async () => {
    const spoken = spokenText(await india());
    expect(spoken).to.contain('lakh');
    expect(spoken).to.contain('Indian rupees');
    expect(spoken).to.contain('per year');
  });

  it('says "per month" for period="month"', async () => {
    const spoken = spokenText(await india('month'));
    expect(spoken).to.contain('per month');
    expect(spoken).to.not.contain('per year');
  });

  it('does not read the compact symbols to screen readers', async () => {
    const spoken = spokenText(await india());
    expect(spoken).to.not.contain('₹');
  });

  it('keeps the words for screen readers visually hidden', async () => {
    const el = await india();
    const spoken = [...el.shadowRoot!.querySelectorAll('span')].find(
      (span) => !span.closest('[aria-hidden="true"]') && span.textContent?.includes('lakh'),
    );
    expect(spoken, 'an element holding the words').to.be.an.instanceOf(HTMLElement);
    const box = spoken!.getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
  });

  it('places the fill on the scale: x ≈ 16.67%, width = 20% for 5L–11L on 0–30L', async () => {
    const rect = fill(await india());
    expect(percent(rect.getAttribute('x'))).to.be.closeTo(16.67, 0.01);
    expect(percent(rect.getAttribute('width'))).to.be.closeTo(20, 0.01);
  });

  it('moves the fill when the scale changes', async () => {
    const el = await india();
    el.setAttribute('scale-min', '500000');
    el.setAttribute('scale-max', '1100000');
    await settled(el);
    const rect = fill(el);
    expect(percent(rect.getAttribute('x'))).to.be.closeTo(0, 0.01);
    expect(percent(rect.getAttribute('width'))).to.be.closeTo(100, 0.01);
  });

  it('shows part="error" when max < min', async () => {
    const el = await band(html`<salary-band min="1100000" max="500000" currency="INR" locale="en-IN"></salary-band>`);
    expect(part(el, 'error'), 'part="error"').to.be.an.instanceOf(HTMLElement);
    expect(part(el, 'error')!.textContent).to.contain('max');
    expect(part(el, 'bar')).to.equal(null);
  });

  it('is accessible', async () => {
    await expect(await india()).to.be.accessible();
  });
});

describe('<salary-band offer>', () => {
  /** ₹11L – ₹15L on the ₹5L – ₹30L scale, named "Stage 3", with `offer`. */
  const stage3 = (offer: number | string, extra = '') =>
    band(
      html`<salary-band
        min="1100000"
        max="1500000"
        currency="INR"
        locale=${extra || 'en-IN'}
        scale-min="500000"
        scale-max="3000000"
        range-name="Stage 3"
        offer=${offer}
      ></salary-band>`,
    );
  /** The visible sentence, spaces of every width as one (Intl writes ₹12 लाख with a no-break space). */
  const sentence = (el: SalaryBand) => part(el, 'offer')?.textContent?.replace(/\s+/g, ' ').trim();
  /** Where the marker's line is, as a share of the track's width (0 at its start, 1 at its end). */
  const markerAt = (el: SalaryBand) => {
    const track = el.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    const line = part(el, 'offer-marker')!.querySelector('line')!.getBoundingClientRect();
    return (line.left + line.width / 2 - track.left) / track.width;
  };

  it('says an offer inside the range is within it, naming the range: "₹12L is within Stage 3’s range, ₹11L – ₹15L"', async () => {
    expect(sentence(await stage3(1200000))).to.equal('₹12L is within Stage 3’s range, ₹11L – ₹15L');
  });

  it('says below and above for offers outside the range', async () => {
    expect(sentence(await stage3(900000))).to.equal('₹9L is below Stage 3’s range, ₹11L – ₹15L');
    expect(sentence(await stage3(1800000))).to.equal('₹18L is above Stage 3’s range, ₹11L – ₹15L');
  });

  it('counts the ends of the range as within it', async () => {
    expect(sentence(await stage3(1100000))).to.contain('within');
    expect(sentence(await stage3(1500000))).to.contain('within');
  });

  it('says "this range" without a range-name', async () => {
    const el = await band(
      html`<salary-band min="62000" max="78000" currency="USD" locale="en-US" offer="120000"></salary-band>`,
    );
    expect(sentence(el)).to.equal('$120K is above this range, $62K – $78K');
  });

  it('gives screen readers the sentence in words, not ₹ and L', async () => {
    const spoken = spokenText(await stage3(1200000));
    expect(spoken).to.contain('12 lakh Indian rupees is within Stage 3’s range');
    expect(spoken).to.not.contain('₹12L');
  });

  it('puts the marker where the offer is on the scale: ₹12L at 28% of ₹5L – ₹30L', async () => {
    expect(markerAt(await stage3(1200000))).to.be.closeTo(0.28, 0.01);
    expect(markerAt(await stage3(2000000))).to.be.closeTo(0.6, 0.01);
  });

  it('holds an offer off the scale at the bar’s end, with an arrow pointing past it', async () => {
    const high = await stage3(5000000);
    expect(markerAt(high)).to.be.closeTo(1, 0.01);
    expect(part(high, 'offer-marker')!.querySelectorAll('line').length, 'line and arrow').to.equal(3);
    expect(sentence(high)).to.equal('₹50L is above Stage 3’s range, ₹11L – ₹15L');
    const low = await stage3(100000);
    expect(markerAt(low)).to.be.closeTo(0, 0.01);
    expect(part(low, 'offer-marker')!.querySelectorAll('line').length).to.equal(3);
    // The arrow points away from the bar: left of the marker at the start, right of it at the end.
    const arrow = (el: SalaryBand) => part(el, 'offer-marker')!.querySelectorAll('line')[1]!.getBoundingClientRect();
    const track = low.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    expect(arrow(low).left, 'start arrow inside the bar').to.be.at.least(track.left - 0.5);
    const within = await stage3(1200000);
    expect(part(within, 'offer-marker')!.querySelectorAll('line').length, 'no arrow on the scale').to.equal(1);
  });

  it('moves the marker and the sentence when offer changes, and removes them without it', async () => {
    const el = await stage3(1200000);
    el.offer = 1800000;
    await settled(el);
    expect(sentence(el)).to.contain('above');
    expect(markerAt(el)).to.be.closeTo(0.52, 0.01);
    el.removeAttribute('offer');
    el.offer = undefined;
    await settled(el);
    expect(part(el, 'offer')).to.equal(null);
    expect(part(el, 'offer-marker')).to.equal(null);
  });

  it('says it in Hindi for locale="hi-IN"', async () => {
    await loadWords('hi-IN');
    const el = await stage3(1200000, 'hi-IN');
    el.rangeName = 'चरण 3';
    await settled(el);
    expect(sentence(el)).to.equal('₹12 लाख चरण 3 की सीमा (₹11 लाख – ₹15 लाख) के भीतर है');
  });

  it('ignores an offer that is not an amount, with one warning', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await stage3('lots');
      expect(part(el, 'offer')).to.equal(null);
      expect(part(el, 'offer-marker')).to.equal(null);
    });
    expect(warnings.join('\n')).to.contain('offer: must be an amount ≥ 0, not "lots"');
  });

  it('is accessible with an offer', async () => {
    await expect(await stage3(1200000)).to.be.accessible();
  });
});
