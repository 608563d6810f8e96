/**
 * Lean server output (`roadmap-elements render --styles <folder>`): each shadow root links its element's style
 * sheet from dist/ instead of carrying a copy. Styled without JavaScript, and hydrated without losing a node.
 * Pages come from the test server's /test-api/ssr route with `styles=/dist/`.
 */
import {expect} from '@open-wc/testing';
import {deepQueryAll, deepText, INDIA_URL, settled, sleep} from './helpers.js';

const LEAN = `/test-api/ssr?file=${encodeURIComponent(INDIA_URL)}&theme=light&styles=/dist/`;

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

async function openLean(scripts: boolean) {
  const frame = document.createElement('iframe');
  if (!scripts) frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width: 900px; height: 700px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = LEAN;
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  return {
    win: frame.contentWindow as Window & typeof globalThis,
    doc,
    timeline: doc.querySelector('roadmap-timeline')!,
  };
}

/** Every stage card's box, inside its own shadow root. */
const cardBoxes = (timeline: Element) =>
  [...timeline.shadowRoot!.querySelectorAll('stage-card')].map((card) => card.shadowRoot!.querySelector('.card')!);

/** Waits until every linked sheet in every shadow root has loaded. */
async function sheetsLoaded(timeline: Element) {
  const links = deepQueryAll(timeline.shadowRoot!, 'link[rel="stylesheet"]') as HTMLLinkElement[];
  for (let i = 0; i < 400 && links.some((link) => !link.sheet); i++) await sleep(25);
  return links;
}

describe('lean server output', () => {
  it('links one sheet per shadow root and carries no <style>', async () => {
    const {timeline} = await openLean(false);
    const links = await sheetsLoaded(timeline);
    // The timeline, five cards with a band each, and the salary ladder's six bands (the market and every stage).
    expect(links.length).to.equal(17);
    expect(new Set(links.map((link) => new URL(link.href).pathname))).to.deep.equal(
      new Set(['/dist/roadmap-timeline.css', '/dist/stage-card.css', '/dist/salary-band.css']),
    );
    expect(deepQueryAll(timeline.shadowRoot!, 'style')).to.deep.equal([]);
  });

  it('is styled with JavaScript off: every card has its border, every bar its fill', async () => {
    const {win, timeline} = await openLean(false);
    await sheetsLoaded(timeline);
    for (const box of cardBoxes(timeline)) expect(win.getComputedStyle(box).borderStyle).to.equal('solid');
    const fills = deepQueryAll(timeline.shadowRoot!, 'rect.fill');
    // Five stage bands and the ladder's six.
    expect(fills.length).to.equal(11);
    for (const fill of fills) expect(win.getComputedStyle(fill).fill).not.to.equal('rgb(0, 0, 0)');
  });

  it('hydrates keeping every node, still styled', async () => {
    const {win, doc, timeline} = await openLean(true);
    await sheetsLoaded(timeline);
    const root = timeline.shadowRoot!;
    const nodes = deepQueryAll(root, '*');
    const text = deepText(timeline);
    const removed: Node[] = [];
    const observer = new win.MutationObserver((records) => {
      for (const mutation of records) removed.push(...mutation.removedNodes);
    });
    for (const host of [timeline, ...nodes]) {
      if (host.shadowRoot) observer.observe(host.shadowRoot, {childList: true, subtree: true, characterData: true});
    }
    const loaded = new Promise((resolve) => timeline.addEventListener('roadmap-load', resolve, {once: true}));
    const script = doc.createElement('script');
    script.src = '/dist/roadmap-elements.hydrate.iife.js';
    doc.body.append(script);
    await loaded;
    await settled(timeline);
    observer.disconnect();
    expect(removed.map((node) => node.nodeName)).to.deep.equal([]);
    expect(deepQueryAll(root, '*')).to.deep.equal(nodes);
    expect(deepText(timeline)).to.equal(text);
    for (const box of cardBoxes(timeline)) expect(win.getComputedStyle(box).borderStyle).to.equal('solid');
  });
});
