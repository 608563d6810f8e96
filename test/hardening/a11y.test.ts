/**
 * Accessibility in depth: keyboard order and focus rings, what a screen reader gets (list, headings, salary in
 * words, lang, one announcement per error), reduced motion, forced colours (high contrast), 320 px and 200 %
 * zoom, and axe in every state and theme.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, executeServerCommand, sendKeys} from '@web/test-runner-commands';
import {emulateOrSkip, knownDefect, requires} from '../engine.js';
import '../../src/define.js';
import type {RoadmapInput, RoadmapTimeline} from '../../src/index.js';
import {deepQueryAll, indiaRoadmap, part, parts, settled, showTimeline as showing, sleep} from '../helpers.js';
import {contrastRatio, effectiveBackground, parseColor} from '../contrast.js';
import {closeFrames, openRoadmap} from '../frames.js';

const slow = (ms: number) => `/test-api/delay?ms=${ms}`;

/** The India roadmap with links on two stage items, so the keyboard has links inside cards too. */
async function linkedRoadmap(): Promise<RoadmapInput> {
  const roadmap = await indiaRoadmap();
  roadmap.stages[0]!.items![0] = {text: 'Pick one language', href: 'https://example.org/language'};
  roadmap.stages[2]!.items![1] = {text: 'Ship a real project', href: '/projects'};
  return roadmap;
}

/**
 * A timeline in the document until its caller removes it: not `fixture`, whose cleanup after each test would
 * disconnect an element that several tests read.
 */
async function mounted(roadmap: RoadmapInput): Promise<RoadmapTimeline> {
  const el = document.body.appendChild(document.createElement('roadmap-timeline'));
  el.roadmap = roadmap;
  await settled(el);
  return el;
}

/** The focused element, looked up through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focus ring of the focused element: drawn, at least 2 px, and 3:1 against what is behind it. */
function expectFocusRing(element: Element) {
  const style = getComputedStyle(element);
  expect(style.outlineStyle, 'outline style').to.not.equal('none');
  expect(parseFloat(style.outlineWidth), 'outline width').to.be.at.least(2);
  // The ring sits outside the element (outline-offset), so it is seen against the parent's background.
  const behind = effectiveBackground(element.parentElement ?? element);
  const ring = parseColor(style.outlineColor);
  expect(contrastRatio(ring, behind), `ring ${style.outlineColor} against the background`).to.be.at.least(3);
}

type AxNode = {role: string; name?: string; level?: number; children?: AxNode[]};
const flatten = (node: AxNode): AxNode[] => [node, ...(node.children ?? []).flatMap(flatten)];

describe('keyboard', () => {
  it('reaches every link in reading order, each with a visible focus ring', async function () {
    await knownDefect(this, 'webkit', 'the header link reached by Tab does not match :focus-visible in WebKit');
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <button id="before">Before</button>
        <roadmap-timeline></roadmap-timeline>
        <button id="after">After</button>
      </div>`,
    );
    const el = wrapper.querySelector('roadmap-timeline')!;
    el.roadmap = await linkedRoadmap();
    await settled(el);
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    // The header repeats the first call to action and links the open-roles figure to the roles link (issue 15).
    const expected = [
      'Browse open roles',
      '7,840',
      // Where the figures come from (issue 16): each source's label links to it.
      'Open Backend Developer listings in India on this board',
      'Backend Developer salary tracker, India',
      'Pick one language',
      // Stage 1's week-by-week plan (issue 16): its disclosure button, after the stage's items.
      'Week-by-week plan · 8 weeks · 54 hours Sample plan',
      'Ship a real project',
      'Browse open roles',
      'Backend Developer salary tracker',
    ];
    const reached: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await sendKeys({press: 'Tab'});
      const active = deepActive()!;
      reached.push(active.textContent!.replace(/\s+/g, ' ').trim());
      expect(active.matches(':focus-visible'), `${reached.at(-1)} matches :focus-visible`).to.equal(true);
      expectFocusRing(active);
    }
    expect(reached).to.deep.equal(expected);
    await sendKeys({press: 'Tab'});
    expect(deepActive()!.id, 'leaves the roadmap to the next control').to.equal('after');
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(deepActive()!.textContent!.trim()).to.equal('Backend Developer salary tracker');
  });

  it('shows a focus ring in the dark theme too', async function () {
    await knownDefect(
      this,
      'webkit',
      'a link focused with focusVisible: true shows no outline in the dark theme in WebKit',
    );
    const el = await showing(await linkedRoadmap(), {theme: 'dark'});
    const links = deepQueryAll(el.shadowRoot!, 'a');
    for (const link of links) {
      (link as HTMLElement).focus({focusVisible: true} as FocusOptions);
      expectFocusRing(link);
    }
  });
});

describe('what a screen reader gets', () => {
  let el: RoadmapTimeline;
  let nodes: AxNode[];
  before(async function () {
    await requires(this, 'accessibilityTree');
    // Wrapped in a landmark: given the element itself, the snapshot starts at its first child in the tree.
    const main = await fixture(html`<main id="read-me"></main>`);
    el = document.createElement('roadmap-timeline');
    el.setAttribute('heading-level', '3');
    el.roadmap = await indiaRoadmap();
    main.append(el);
    await settled(el);
    nodes = flatten(
      await executeServerCommand<AxNode, {selector: string}>('accessibility-tree', {selector: '#read-me'}),
    );
  });

  it('the stages as one ordered list of 5 items', () => {
    const stagesList = el.shadowRoot!.querySelector('[part~="stages"]')!;
    expect(stagesList.localName).to.equal('ol');
    // Safari drops list semantics under list-style: none unless the role is explicit.
    expect(stagesList.getAttribute('role')).to.equal('list');
    const lists = nodes.filter((node) => node.role === 'list');
    const stages = lists.find((list) => (list.children ?? []).filter((c) => c.role === 'listitem').length === 5);
    expect(stages, 'a list of 5 list items').to.not.equal(undefined);
  });

  it('headings at heading-level, stage titles one deeper, no level skipped', () => {
    const headings = nodes.filter((node) => node.role === 'heading');
    expect(headings[0]).to.include({
      name: 'The Backend Developer roadmap — from first project to senior offer',
      level: 3,
    });
    const stageHeadings = headings.slice(1).map((heading) => heading.level);
    expect(stageHeadings).to.have.length.at.least(5);
    for (const level of stageHeadings) expect(level).to.equal(4);
  });

  it('each salary band in words, not symbols, and the bars hidden', () => {
    // Intl puts no-break spaces between numbers and words: compare with plain spaces.
    const names = nodes.map((node) => (node.name ?? '').replace(/\s+/g, ' ').trim());
    const bands = names.filter((name) => name.startsWith('Salary range: '));
    expect(new Set(bands)).to.deep.equal(
      new Set([
        'Salary range: 5 lakh Indian rupees to 11 lakh Indian rupees per year',
        'Salary range: 11 lakh Indian rupees to 15 lakh Indian rupees per year',
        'Salary range: 15 lakh Indian rupees to 21 lakh Indian rupees per year',
        'Salary range: 21 lakh Indian rupees to 30 lakh Indian rupees per year',
      ]),
    );
    // The header's salary ladder says each range with its stage's name, the market band first (issue 15).
    // (A rung's name may be given by its list item and by its band's text: each once here.)
    const rungs = names.filter((name) => / per year$/.test(name) && !name.startsWith('Salary range: '));
    expect([...new Set(rungs)]).to.deep.equal([
      'Whole market: 5 lakh Indian rupees to 30 lakh Indian rupees per year',
      'Foundations: 5 lakh Indian rupees to 11 lakh Indian rupees per year',
      'First job-ready skills: 5 lakh Indian rupees to 11 lakh Indian rupees per year',
      'Real projects: 11 lakh Indian rupees to 15 lakh Indian rupees per year',
      'Specialisation: 15 lakh Indian rupees to 21 lakh Indian rupees per year',
      'Senior trajectory: 21 lakh Indian rupees to 30 lakh Indian rupees per year',
    ]);
    // The compact text is hidden from the tree; the summary paragraph may mention an amount in prose.
    expect(names.filter((name) => /^₹[\d.]+L – ₹[\d.]+L$/.test(name))).to.deep.equal([]);
    expect(nodes.filter((node) => ['img', 'graphics-document', 'image'].includes(node.role))).to.deep.equal([]);
  });

  it("lang is the roadmap's locale where it differs from the page's", async () => {
    expect(document.documentElement.lang || 'en').to.not.equal('en-IN');
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en-IN');
    const roadmap = await indiaRoadmap();
    roadmap.locale = 'hi-IN';
    const hindi = await showing(roadmap);
    expect(part(hindi, 'base')!.getAttribute('lang')).to.equal('hi-IN');
  });
});

describe('the error is announced once', () => {
  /** Counts alerts put into the tree, and changes to their text, in `el`'s shadow root. */
  function announcements(el: RoadmapTimeline) {
    const seen: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof Element && node.matches('[role="alert"]')) seen.push(`alert: ${node.textContent}`);
          else if (record.target.parentElement?.closest('[role="alert"]')) seen.push('text changed');
        }
        if (record.type === 'characterData' && record.target.parentElement?.closest('[role="alert"]')) {
          seen.push('text changed');
        }
      }
    });
    observer.observe(el.shadowRoot!, {childList: true, subtree: true, characterData: true});
    return {seen, stop: () => observer.disconnect()};
  }

  it('one alert for a failure, however often the element re-renders', async () => {
    const el = await showing(await indiaRoadmap());
    const heard = announcements(el);
    const warn = console.warn;
    console.warn = () => {};
    try {
      const failed = oneEvent(el, 'roadmap-error');
      el.setAttribute('roadmap', '{"version": 1');
      el.roadmap = undefined;
      await failed;
      await settled(el);
      el.requestUpdate();
      el.setAttribute('theme', 'dark');
      el.setAttribute('layout', 'vertical');
      el.setAttribute('heading-level', '4');
      await settled(el);
      await sleep(50);
    } finally {
      console.warn = warn;
      heard.stop();
    }
    expect(heard.seen).to.have.length(1);
    expect(heard.seen[0]).to.contain(
      'This roadmap has a mistake in it, so it could not be shown. The site’s editors can see the details below.',
    );
    expect(deepQueryAll(el.shadowRoot!, '[role="alert"]')).to.have.length(1);
  });
});

describe('prefers-reduced-motion', () => {
  afterEach(() => emulateMedia({reducedMotion: 'no-preference'}));

  const loadingSkeletons = async () => {
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline src=${slow(3000)}></roadmap-timeline>`);
    await el.updateComplete;
    return [...part(el, 'loading')!.querySelectorAll('.skeleton')];
  };

  it('the loading placeholder pulses when motion is fine', async () => {
    await emulateMedia({reducedMotion: 'no-preference'});
    const skeletons = await loadingSkeletons();
    expect(skeletons.map((s) => getComputedStyle(s).animationName)).to.include('pulse');
  });

  it('nothing moves when the reader asks for reduced motion', async function () {
    await emulateOrSkip(this, {reducedMotion: 'reduce'});
    const skeletons = await loadingSkeletons();
    expect(skeletons.length).to.be.above(0);
    expect(skeletons.map((s) => getComputedStyle(s).animationName)).to.deep.equal(skeletons.map(() => 'none'));
    const el = await showing(await indiaRoadmap());
    const moving = deepQueryAll(el.shadowRoot!, '*').filter((element) => {
      const style = getComputedStyle(element);
      return style.animationName !== 'none' || parseFloat(style.transitionDuration) > 0;
    });
    expect(moving.map((element) => element.getAttribute('part') ?? element.localName)).to.deep.equal([]);
  });
});

describe('forced colors (Windows high contrast)', () => {
  const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', {active});
  /** A system colour as this page computes it. */
  function systemColor(name: string): string {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.setProperty('color', name);
    const value = getComputedStyle(probe).color;
    probe.remove();
    return value;
  }

  /** Whether the forced palette itself holds the contrast a high-contrast theme gives (Windows' themes do). */
  const highContrast = (one: string, other: string, ratio: number) =>
    contrastRatio(parseColor(systemColor(one)), parseColor(systemColor(other))) >= ratio;

  let el: RoadmapTimeline;
  before(async function () {
    await requires(this, 'forcedColors');
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
    el = await mounted(await linkedRoadmap());
  });
  after(async () => {
    el?.remove();
    await forcedColors(false);
  });

  it('markers stay visible: Highlight discs with HighlightText numbers', () => {
    const canvas = parseColor(systemColor('Canvas'));
    for (const marker of parts(el, 'marker')) {
      const style = getComputedStyle(marker);
      expect(style.backgroundColor).to.equal(systemColor('Highlight'));
      expect(contrastRatio(parseColor(style.backgroundColor), canvas)).to.be.above(1.5);
      expect(style.color).to.equal(systemColor('HighlightText'));
      // Firefox on Linux forces the GTK theme's colours, not a high-contrast theme's: its palette's own contrast.
      if (highContrast('HighlightText', 'Highlight', 4.5)) {
        expect(contrastRatio(parseColor(style.color), parseColor(style.backgroundColor))).to.be.at.least(4.5);
      }
    }
  });

  it('salary bars stay visible: a Highlight fill on an outlined track', () => {
    const bars = deepQueryAll(el.shadowRoot!, 'svg[part~="bar"]');
    expect(bars.length).to.be.at.least(6);
    for (const bar of bars) {
      const fill = getComputedStyle(bar.querySelector('.fill')!);
      const track = getComputedStyle(bar.querySelector('.track')!);
      expect(fill.fill).to.equal(systemColor('Highlight'));
      expect(track.stroke).to.equal(systemColor('CanvasText'));
      expect(fill.fill).to.not.equal(track.fill);
    }
  });

  it('the line between stages stays visible', () => {
    const line = getComputedStyle(parts(el, 'stage')[0]!, '::before');
    expect(line.backgroundColor).to.equal(systemColor('CanvasText'));
  });

  it('the focus ring stays visible on every link, the primary button too', () => {
    const links = deepQueryAll(el.shadowRoot!, 'a');
    // Two item links, the two calls to action, and the header's: its first call to action, the open-roles figure and
    // the two sources' links (issue 16).
    expect(links.length).to.equal(8);
    for (const link of links) {
      (link as HTMLElement).focus({focusVisible: true} as FocusOptions);
      if (highContrast('Highlight', 'Canvas', 3)) expectFocusRing(link);
      expect(getComputedStyle(link).outlineColor).to.equal(systemColor('Highlight'));
    }
  });
});

describe('reflow: 320 px and 200 % zoom without horizontal scroll', () => {
  afterEach(closeFrames);

  /** Fails if the page or anything in the roadmap reaches past the page's width. */
  function expectNoSidewaysScroll(doc: Document, timeline: HTMLElement) {
    const width = doc.documentElement.clientWidth;
    expect(doc.scrollingElement!.scrollWidth, 'page scroll width').to.be.at.most(width);
    const base = part(timeline, 'base')!;
    expect(base.scrollWidth, 'roadmap scroll width').to.be.at.most(base.clientWidth);
    const right = timeline.getBoundingClientRect().right;
    const outside = deepQueryAll(timeline.shadowRoot!, '*').filter(
      (element) => element.getBoundingClientRect().right > right + 0.5,
    );
    expect(outside.map((element) => element.getAttribute('part') ?? element.localName)).to.deep.equal([]);
  }

  it('at 320 px', async () => {
    const {doc, timeline} = await openRoadmap('/test/fixtures/publisher.html', 320, 640);
    expectNoSidewaysScroll(doc, timeline);
  });

  it('at 200 % zoom of a 640 px window', async () => {
    const {doc, timeline} = await openRoadmap('/test/fixtures/publisher.html', 640, 640);
    const title = () => part(timeline, 'title')!.getBoundingClientRect().height;
    const unzoomed = title();
    doc.documentElement.style.setProperty('zoom', '2');
    await sleep(50);
    expect(title() / unzoomed, 'the title grew').to.be.above(1.5);
    expectNoSidewaysScroll(doc, timeline);
  });

  it('with text at 200 % in a 640 px window', async () => {
    const {doc, timeline} = await openRoadmap('/test/fixtures/publisher.html', 640, 640);
    doc.documentElement.style.setProperty('font-size', '200%');
    await sleep(50);
    expectNoSidewaysScroll(doc, timeline);
  });
});

describe('axe finds nothing in any state or theme', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));
  const quiet = async (run: () => Promise<void>) => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      await run();
    } finally {
      console.warn = warn;
    }
  };

  for (const theme of ['light', 'dark', 'auto']) {
    const attributes = {theme};
    const prefersDark = (context: Mocha.Context) =>
      theme === 'auto' ? emulateOrSkip(context, {colorScheme: 'dark'}) : Promise.resolve();
    const label = theme === 'auto' ? 'auto theme, reader prefers dark' : `${theme} theme`;

    it(`loading (${label})`, async function () {
      await prefersDark(this);
      const el = await fixture<RoadmapTimeline>(
        html`<roadmap-timeline theme=${theme} src=${slow(3000)}></roadmap-timeline>`,
      );
      await el.updateComplete;
      expect(part(el, 'loading')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it(`vertical, with links in cards (${label})`, async function () {
      await prefersDark(this);
      await expect(await showing(await linkedRoadmap(), {...attributes, layout: 'vertical'})).to.be.accessible();
    });

    it(`horizontal (${label})`, async function () {
      await prefersDark(this);
      await expect(await showing(await indiaRoadmap(), {...attributes, layout: 'horizontal'})).to.be.accessible();
    });

    it(`error (${label})`, async function () {
      await prefersDark(this);
      await quiet(async () => {
        const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline theme=${theme}></roadmap-timeline>`);
        const failed = oneEvent(el, 'roadmap-error');
        el.setAttribute('roadmap', '[]');
        await failed;
        await settled(el);
        await expect(el).to.be.accessible();
      });
    });

    it(`error over an earlier roadmap, details open (${label})`, async function () {
      await prefersDark(this);
      await quiet(async () => {
        const el = await showing(await indiaRoadmap(), attributes);
        const failed = oneEvent(el, 'roadmap-error');
        el.setAttribute('roadmap', '{"version": 2}');
        el.roadmap = undefined;
        await failed;
        await settled(el);
        part(el, 'error')!.querySelector('details')!.open = true;
        await expect(el).to.be.accessible();
      });
    });
  }
});
