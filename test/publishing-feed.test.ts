/**
 * The plain HTML copy that `roadmap-elements render` writes in the element's light DOM, read as a feed reader,
 * an email client or a reader mode reads it (every `<template>`, `<script>` and `<style>` stripped, no script run),
 * and never shown where the declarative shadow root forms. Pages come from the test server's /test-api/ssr route.
 */
import {expect} from '@open-wc/testing';
import {fetchText, INDIA_URL, settled} from './helpers.js';
import type {RoadmapInput} from '../src/index.js';

const HINDI_URL = '/data/backend-developer-india-2026-hi.json';
const ssrPage = (file: string) => `/test-api/ssr?file=${encodeURIComponent(file)}`;

const frames: HTMLIFrameElement[] = [];
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

/** Opens a page in a 360 px iframe, from `src` or as `srcdoc`; `sandbox` set to "" runs no script at all. */
async function openFrame(page: {src?: string; srcdoc?: string}, sandbox?: string): Promise<Document> {
  const frame = document.createElement('iframe');
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.style.cssText = 'width: 360px; height: 640px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  if (page.srcdoc !== undefined) frame.srcdoc = page.srcdoc;
  else frame.src = page.src!;
  frames.push(frame);
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

/** The server-rendered page as a feed reader keeps it: no template, script or style, nothing run. */
async function asFeedReaderSees(file: string): Promise<Document> {
  const parsed = new DOMParser().parseFromString(await fetchText(ssrPage(file)), 'text/html');
  for (const element of parsed.querySelectorAll('template, script, style')) element.remove();
  // `allow-same-origin` only, so the test can read it; no script runs in it.
  return openFrame({srcdoc: `<!doctype html>${parsed.documentElement.outerHTML}`}, 'allow-same-origin');
}

/** Asserts that `texts` appear in `text` one after another, in this order. */
function expectInOrder(text: string, texts: string[]) {
  let from = 0;
  for (const wanted of texts) {
    const at = text.indexOf(wanted, from);
    expect(at, `"${wanted}" after position ${from}`).to.be.at.least(0);
    from = at + wanted.length;
  }
}

const itemText = (item: string | {text: string}) => (typeof item === 'string' ? item : item.text);

describe('the plain copy in the light DOM', () => {
  it('reads in order with every template, script and style stripped: title, stages, items, salaries, links', async () => {
    const roadmap = JSON.parse(await fetchText(INDIA_URL)) as RoadmapInput;
    const doc = await asFeedReaderSees(INDIA_URL);
    // innerText is what is rendered, laid out: what the reader sees.
    const text = doc.body.innerText;
    expectInOrder(text, [
      roadmap.title,
      'Open roles',
      '7,840',
      // Where the figures come from (issue 16), as the elements say it.
      'Source: Open Backend Developer listings in India on this board · counted, May 2026',
      'Salary band',
      '₹5L – ₹30L',
      'Source: Backend Developer salary tracker, India · self-reported, May 2026',
      'Last refreshed',
      'May 2026',
      ...roadmap.stages.flatMap((stage, index) => [
        stage.title,
        `Stage ${index + 1}`,
        ...(stage.items ?? []).map(itemText),
        'Salary range: ',
      ]),
      ...(roadmap.links ?? []).map((link) => link.label),
    ]);
    expectInOrder(
      text,
      ['₹5L – ₹11L', '₹5L – ₹11L', '₹11L – ₹15L', '₹15L – ₹21L', '₹21L – ₹30L'].map(
        (range) => `Salary range: ${range}`,
      ),
    );
  });

  it('keeps every link, with its address, in order', async () => {
    const roadmap = JSON.parse(await fetchText(INDIA_URL)) as RoadmapInput;
    const doc = await asFeedReaderSees(INDIA_URL);
    const linksOf = (items: readonly unknown[] = []) =>
      items.flatMap((item) => {
        const {
          text,
          href,
          resources = [],
        } = (typeof item === 'object' ? item : {}) as {
          text?: string;
          href?: string;
          resources?: {title: string; href: string}[];
        };
        return [...(href ? [[text, href]] : []), ...resources.map((resource) => [resource.title, resource.href])];
      });
    const wanted = [
      // The sources of the open roles and the salaries (issue 16).
      ...(roadmap.sources ?? []).map((source) => [source.label, source.href]),
      // Each stage's items' links, then its week-by-week plan's (issue 16).
      ...roadmap.stages.flatMap((stage) => [
        ...linksOf(stage.items),
        ...(stage.curriculum ?? []).flatMap((entry) => linksOf(entry.items)),
      ]),
      ...(roadmap.links ?? []).map((link) => [link.label, link.href]),
    ];
    const links = [...doc.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal(wanted);
    expect(wanted.length).to.be.above(0);
  });

  it('is a list of stages under headings, as reader modes and screen readers expect', async () => {
    const roadmap = JSON.parse(await fetchText(INDIA_URL)) as RoadmapInput;
    const doc = await asFeedReaderSees(INDIA_URL);
    expect(doc.querySelector('h2')!.textContent).to.equal(roadmap.title);
    const stages = [...doc.querySelectorAll('[data-roadmap-fallback] > ol > li')];
    expect(stages.map((stage) => stage.querySelector('h3')!.textContent)).to.deep.equal(
      roadmap.stages.map((stage) => stage.title),
    );
    expect(stages[0]!.querySelectorAll(':scope > ul > li').length).to.equal(roadmap.stages[0]!.items!.length);
    // The first stage's week-by-week plan, as a disclosure of its own, each entry under a heading one deeper.
    const plan = stages[0]!.querySelector(':scope > details')!;
    expect(plan.querySelector('summary')!.textContent).to.equal('Week-by-week plan · 8 weeks · 54 hours · Sample plan');
    expect([...plan.querySelectorAll(':scope > ol > li > h4')].map((title) => title.textContent)).to.deep.equal(
      roadmap.stages[0]!.curriculum!.map((entry) => entry.title),
    );
  });

  it('speaks the roadmap’s language', async () => {
    const doc = await asFeedReaderSees(HINDI_URL);
    const text = doc.body.innerText;
    for (const words of ['चरण 1', 'महीने 0–2', 'वर्ष 4+', 'खुली नौकरियाँ']) expect(text).to.include(words);
    expect(doc.querySelector('[data-roadmap-fallback]')!.getAttribute('lang')).to.match(/^hi/);
  });

  it('is not shown where the declarative shadow root forms, with JavaScript off', async () => {
    const doc = await openFrame({src: ssrPage(INDIA_URL)}, 'allow-same-origin');
    const timeline = doc.querySelector('roadmap-timeline')!;
    expect(timeline.shadowRoot, 'declarative shadow root').not.to.equal(null);
    const fallback = timeline.querySelector('[data-roadmap-fallback]') as HTMLElement;
    expect(fallback, 'the plain copy is in the HTML').not.to.equal(null);
    expect(fallback.getClientRects().length).to.equal(0);
    expect(fallback.checkVisibility()).to.equal(false);
  });

  it('is not shown once the element hydrates', async () => {
    const doc = await openFrame({src: ssrPage(INDIA_URL)});
    const timeline = doc.querySelector('roadmap-timeline')!;
    const loaded = new Promise((resolve) => timeline.addEventListener('roadmap-load', resolve, {once: true}));
    const script = doc.createElement('script');
    script.src = '/dist/roadmap-elements.hydrate.iife.js';
    doc.body.append(script);
    await loaded;
    await settled(timeline);
    const fallback = timeline.querySelector('[data-roadmap-fallback]') as HTMLElement;
    expect(fallback.getClientRects().length).to.equal(0);
    // The title is on screen once: in the shadow root.
    const shownTitles = [...timeline.querySelectorAll('h2'), ...timeline.shadowRoot!.querySelectorAll('h2')].filter(
      (title) => title.getClientRects().length > 0,
    );
    expect(shownTitles.map((title) => title.getRootNode())).to.deep.equal([timeline.shadowRoot]);
  });
});
