import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {SalaryBand} from '../src/index.js';
import {part, settled} from './helpers.js';

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
