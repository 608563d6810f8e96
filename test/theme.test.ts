/**
 * A theme that belongs to the host (issue 15, point 5): `auto` follows the page's `color-scheme`, not the reader's
 * system setting; `theme="inherit"` takes the page's own background and text colour, every text at 4.5:1 or more.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {emulateOrSkip} from './engine.js';
import '../src/define.js';
import type {RoadmapTimeline} from '../src/index.js';
import {indiaRoadmap, part, settled} from './layout-helpers.js';
import {luminance} from './helpers.js';
import {effectiveBackground, lowContrast, textRuns} from './contrast.js';

/** A timeline inside a page region styled with `css` (its color-scheme, background, colour, font). */
async function onPage(css: string, attributes: Record<string, string> = {}) {
  const page = await fixture<HTMLDivElement>(html`<div></div>`);
  page.style.cssText = css;
  const el = document.createElement('roadmap-timeline');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.roadmap = await indiaRoadmap();
  page.append(el);
  await settled(el);
  return el;
}
const background = (el: RoadmapTimeline) => luminance(getComputedStyle(part(el, 'base')!).backgroundColor);

describe('theme: auto follows the page', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  it('a page that declares no color-scheme stays light when the reader prefers dark', async function () {
    await emulateOrSkip(this, {colorScheme: 'dark'});
    expect(background(await onPage(''))).to.be.above(0.9);
  });

  it('a page that declares color-scheme: dark gets dark, whatever the reader prefers', async () => {
    expect(background(await onPage('color-scheme: dark'))).to.be.below(0.05);
  });

  it('a page that declares color-scheme: light dark follows the reader', async function () {
    await emulateOrSkip(this, {colorScheme: 'dark'});
    expect(background(await onPage('color-scheme: light dark'))).to.be.below(0.05);
    await emulateMedia({colorScheme: 'light'});
    expect(background(await onPage('color-scheme: light dark'))).to.be.above(0.9);
  });

  it('reaches the cards and bands inside', async () => {
    const el = await onPage('color-scheme: dark');
    const card = el.shadowRoot!.querySelector('stage-card')!;
    expect(luminance(getComputedStyle(part(card, 'card')!).color)).to.be.above(0.6);
  });

  it('theme="light" stays light on a dark page, theme="dark" dark on a light one', async () => {
    expect(background(await onPage('color-scheme: dark', {theme: 'light'}))).to.be.above(0.9);
    expect(background(await onPage('color-scheme: light', {theme: 'dark'}))).to.be.below(0.05);
  });
});

describe('theme="inherit": the page\'s own colours', () => {
  const pages = {
    'a dark page with a 30 px serif body': 'background: #1d1f21; color: #e6e1d6; font: 30px/1.6 Georgia, serif',
    'a cream page': 'background: #fbf6ea; color: #2b2118; font: 18px/1.5 sans-serif',
    'a navy page': 'background: #0b2545; color: #f1f5fb',
  };

  for (const [name, css] of Object.entries(pages)) {
    it(`on ${name}, the roadmap shows the page's background and keeps every text at 4.5:1`, async () => {
      const el = await onPage(css, {theme: 'inherit'});
      const page = el.parentElement!;
      expect(getComputedStyle(part(el, 'base')!).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(part(el, 'base')!).color).to.equal(getComputedStyle(page).color);
      expect(lowContrast(textRuns(el))).to.deep.equal([]);
    });
  }

  it('derives its surfaces from the page: a fact box is a tint of the page background, not white or black', async () => {
    const el = await onPage(pages['a dark page with a 30 px serif body'], {theme: 'inherit'});
    const fact = part(el, 'fact')!;
    const [r, g, b] = effectiveBackground(fact);
    // #1d1f21 tinted a few percent towards the text colour.
    expect(r).to.be.within(0x1d, 0x40);
    expect(g).to.be.within(0x1f, 0x40);
    expect(b).to.be.within(0x21, 0x40);
  });

  it('the contrast check can fail: a page with grey text on grey is caught', async () => {
    const el = await onPage('background: #777; color: #999', {theme: 'inherit'});
    expect(lowContrast(textRuns(el))).to.not.deep.equal([]);
  });
});

describe('font', () => {
  it('a page that sets no font gets the system interface font, not Times', async () => {
    const el = await onPage('font-family: initial');
    expect(getComputedStyle(part(el, 'base')!).fontFamily).to.contain('system-ui');
  });

  it("a page's own font, serif or not, is kept", async () => {
    const el = await onPage('font-family: Georgia, serif');
    expect(getComputedStyle(part(el, 'base')!).fontFamily).to.equal('Georgia, serif');
  });
});
