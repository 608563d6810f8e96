import {expect, fixture, fixtureSync, html, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {emulateOrSkip} from './engine.js';
import '../src/define.js';
import type {RoadmapInput, RoadmapTimeline} from '../src/index.js';
import {
  FRONTEND_URL,
  INDIA_URL,
  deepQueryAll,
  deepText,
  fetchText,
  frontendRoadmap,
  indiaRoadmap,
  luminance,
  part,
  parts,
  record,
  settled,
  shadowText,
  sleep,
  showTimeline,
  type ErrorEvent,
  type LoadEvent,
} from './helpers.js';

const INDIA_TITLE = 'The Backend Developer roadmap — from first project to senior offer';
const FRONTEND_TITLE = 'The Frontend Developer roadmap';
const slow = (ms: number, file: string) => `/test-api/delay?ms=${ms}&file=${encodeURIComponent(file)}`;

/** An empty timeline, connected to the document. */
const emptyTimeline = () => fixture<RoadmapTimeline>(html`<roadmap-timeline></roadmap-timeline>`);

/** A timeline showing `roadmap` (the India roadmap by default), fully rendered. */
const showing = async (roadmap?: RoadmapInput, attributes: Record<string, string> = {}) =>
  showTimeline(roadmap ?? (await indiaRoadmap()), attributes);

/** A timeline from markup (a string, so a child `<script>` keeps its text), fully rendered. */
async function fromMarkup(markup: string): Promise<RoadmapTimeline> {
  const el = await fixture<RoadmapTimeline>(markup);
  await settled(el);
  return el;
}

/** Performs `act` and resolves with the event `type` that follows it, once everything has rendered. */
async function after<T extends Event>(el: RoadmapTimeline, type: string, act: () => void): Promise<T> {
  const event = oneEvent<T>(el, type);
  act();
  const result = await event;
  await settled(el);
  return result;
}

const titleText = (el: RoadmapTimeline) => part(el, 'title')?.textContent?.trim();
const stageCards = (el: RoadmapTimeline) => [...(el.shadowRoot?.querySelectorAll('stage-card') ?? [])];

/** The error box: exists and is announced. */
function errorBox(el: RoadmapTimeline): HTMLElement {
  const box = part(el, 'error');
  expect(box, 'part="error"').to.be.an.instanceOf(HTMLElement);
  expect(box!.getAttribute('role')).to.equal('alert');
  return box!;
}

/** The event detail is a message and located issues. */
function expectErrorDetail(event: ErrorEvent, pattern: RegExp) {
  expect(event.detail.message).to.be.a('string').and.match(pattern);
  expect(event.detail.issues).to.be.an('array').that.has.length.above(0);
  for (const issue of event.detail.issues) {
    expect(issue.path).to.be.a('string');
    expect(issue.message).to.be.a('string').and.not.equal('');
  }
}

/** Every `<a>` anywhere in the element's shadow tree whose URL runs script. */
const scriptLinks = (el: Element) =>
  deepQueryAll(el.shadowRoot!, 'a').filter((a) => (a as HTMLAnchorElement).protocol === 'javascript:');

/** A roadmap whose `stages[2].salary.max` is below its min. */
async function badSalaryRoadmap(): Promise<RoadmapInput> {
  const roadmap = await indiaRoadmap();
  roadmap.stages[2]!.salary = {min: 1100000, max: 1000};
  return roadmap;
}

describe('<roadmap-timeline> inputs', () => {
  it('shows a roadmap given as the roadmap property', async () => {
    const el = await emptyTimeline();
    el.roadmap = await indiaRoadmap();
    await settled(el);
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });

  it('shows a roadmap given as roadmap attribute JSON text', async () => {
    const json = await fetchText(INDIA_URL);
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline roadmap=${json}></roadmap-timeline>`);
    await settled(el);
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });

  it('shows a roadmap given in a child <script type="application/json">', async () => {
    const json = await fetchText(INDIA_URL);
    const el = await fromMarkup(
      `<roadmap-timeline><script type="application/json">${json}</script></roadmap-timeline>`,
    );
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });

  it('shows a roadmap from a <script type="application/json"> inserted after it is connected', async () => {
    const el = await emptyTimeline();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = await fetchText(INDIA_URL);
    await after(el, 'roadmap-load', () => el.append(script));
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });

  it('follows a change to the child script text', async () => {
    const el = await fromMarkup(
      `<roadmap-timeline><script type="application/json">${await fetchText(FRONTEND_URL)}</script></roadmap-timeline>`,
    );
    expect(titleText(el)).to.equal(FRONTEND_TITLE);
    const india = await fetchText(INDIA_URL);
    await after(el, 'roadmap-load', () => {
      el.querySelector('script')!.textContent = india;
    });
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });

  it('fetches and shows the roadmap at src', async () => {
    const el = await emptyTimeline();
    await after(el, 'roadmap-load', () => {
      el.src = INDIA_URL;
    });
    expect(titleText(el)).to.equal(INDIA_TITLE);
    expect(stageCards(el)).to.have.length(5);
  });

  it('prefers the roadmap property to the roadmap attribute, whichever is set last', async () => {
    const el = await showing();
    el.setAttribute('roadmap', await fetchText(FRONTEND_URL));
    await settled(el);
    await sleep(50);
    await settled(el);
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });

  it('prefers the roadmap attribute to a child script', async () => {
    const india = (await fetchText(INDIA_URL)).replaceAll('&', '&amp;').replaceAll("'", '&#39;');
    const el = await fromMarkup(
      `<roadmap-timeline roadmap='${india}'><script type="application/json">${await fetchText(
        FRONTEND_URL,
      )}</script></roadmap-timeline>`,
    );
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });

  it('prefers a child script to src, and does not fetch src', async () => {
    const india = await fetchText(INDIA_URL);
    const el = await fromMarkup(
      `<roadmap-timeline src="${slow(0, FRONTEND_URL)}"><script type="application/json">${india}</script></roadmap-timeline>`,
    );
    const loads = record<LoadEvent>(el, 'roadmap-load');
    await sleep(500);
    await settled(el);
    loads.stop();
    expect(titleText(el)).to.equal(INDIA_TITLE);
    expect(loads.events, 'roadmap-load events after the script was shown').to.deep.equal([]);
    expect(el.getAttribute('aria-busy')).to.not.equal('true');
  });
});

describe('<roadmap-timeline> rendering the India roadmap', () => {
  it('shows the title as its heading', async () => {
    const el = await showing();
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });

  it('shows the role and region', async () => {
    const el = await showing();
    expect(deepText(part(el, 'eyebrow')!)).to.contain('Backend Developer · India');
  });

  it('shows 7,840 open roles', async () => {
    const el = await showing();
    const fact = parts(el, 'fact').find((f) => f.querySelector('dt')?.textContent?.trim() === 'Open roles');
    expect(fact, 'the "Open roles" fact').to.be.an.instanceOf(HTMLElement);
    expect(fact!.querySelector('dd')!.textContent!.trim()).to.equal('7,840');
  });

  it('shows the market salary band ₹5L – ₹30L', async () => {
    const el = await showing();
    const band = part(el, 'header')!.querySelector('salary-band');
    expect(band, 'a <salary-band> in the header').to.be.an.instanceOf(HTMLElement);
    expect(shadowText(band!)).to.contain('₹5L – ₹30L');
  });

  it('shows when it was last refreshed: May 2026', async () => {
    const el = await showing();
    const fact = parts(el, 'fact').find((f) => f.querySelector('dt')?.textContent?.trim() === 'Last refreshed');
    expect(fact, 'the "Last refreshed" fact').to.be.an.instanceOf(HTMLElement);
    expect(fact!.querySelector('dd')!.textContent!.trim()).to.equal('May 2026');
  });

  it('shows the notice', async () => {
    const el = await showing();
    expect(part(el, 'notice')?.textContent?.trim()).to.equal('Detailed roadmap content launching this month');
  });

  it('shows five stage cards in an ordered list', async () => {
    const el = await showing();
    const list = part(el, 'stages')!;
    expect(list.tagName).to.equal('OL');
    const items = [...list.children];
    expect(items).to.have.length(5);
    for (const item of items) {
      expect(item.tagName).to.equal('LI');
      expect(item.querySelectorAll('stage-card')).to.have.length(1);
    }
  });

  it('shows each stage title in order', async () => {
    const el = await showing();
    expect(stageCards(el).map((card) => part(card, 'title')?.textContent?.trim())).to.deep.equal([
      'Foundations',
      'First job-ready skills',
      'Real projects',
      'Specialisation',
      'Senior trajectory',
    ]);
  });

  it("shows the seed's periods", async () => {
    const el = await showing();
    expect(stageCards(el).map((card) => part(card, 'period')?.textContent?.trim())).to.deep.equal([
      'Months 0–2',
      'Months 2–5',
      'Months 5–10',
      'Year 2–3',
      'Year 4+',
    ]);
  });

  it('shows the two links with their hrefs', async () => {
    const el = await showing();
    const links = parts(el, 'link').map((a) => ({text: a.textContent?.trim(), href: a.getAttribute('href')}));
    expect(links).to.deep.equal([
      {text: 'Browse open roles', href: '/jobs/backend-developer/india'},
      {text: 'Backend Developer salary tracker', href: '/salaries/backend-developer/india'},
    ]);
    for (const link of parts(el, 'link')) expect(link.tagName).to.equal('A');
  });

  it('numbers the stages with markers 1 to 5 hidden from screen readers', async () => {
    const el = await showing();
    const markers = parts(el, 'marker');
    expect(markers.map((m) => m.textContent?.trim())).to.deep.equal(['1', '2', '3', '4', '5']);
    for (const marker of markers) expect(marker.getAttribute('aria-hidden')).to.equal('true');
  });

  it('labels each stage card "Stage 1" to "Stage 5"', async () => {
    const el = await showing();
    expect(stageCards(el).map((card) => part(card, 'index')?.textContent?.trim())).to.deep.equal([
      'Stage 1',
      'Stage 2',
      'Stage 3',
      'Stage 4',
      'Stage 5',
    ]);
  });
});

describe('<roadmap-timeline> heading-level', () => {
  it('defaults to an h2 title and h3 stage titles', async () => {
    const el = await showing();
    expect(part(el, 'title')!.tagName).to.equal('H2');
    for (const card of stageCards(el)) expect(part(card, 'title')!.tagName).to.equal('H3');
  });

  it('heading-level="4" gives an h4 title and h5 stage titles', async () => {
    const el = await showing(undefined, {'heading-level': '4'});
    expect(part(el, 'title')!.tagName).to.equal('H4');
    for (const card of stageCards(el)) expect(part(card, 'title')!.tagName).to.equal('H5');
  });
});

describe('<roadmap-timeline> loading', () => {
  it('shows part="loading" and sets aria-busy="true" while src is pending', async () => {
    const el = await emptyTimeline();
    el.src = slow(1500, INDIA_URL);
    await el.updateComplete;
    expect(part(el, 'loading'), 'part="loading"').to.be.an.instanceOf(HTMLElement);
    expect(el.getAttribute('aria-busy')).to.equal('true');
  });

  it('removes part="loading" and aria-busy once the roadmap is shown', async () => {
    const el = await emptyTimeline();
    await after(el, 'roadmap-load', () => {
      el.src = slow(300, INDIA_URL);
    });
    expect(part(el, 'loading')).to.equal(null);
    expect(el.getAttribute('aria-busy')).to.not.equal('true');
    expect(stageCards(el)).to.have.length(5);
  });

  it('removes part="loading" and aria-busy when the request fails', async () => {
    const el = await emptyTimeline();
    await after(el, 'roadmap-error', () => {
      el.src = '/test-api/status/404';
    });
    expect(part(el, 'loading')).to.equal(null);
    expect(el.getAttribute('aria-busy')).to.not.equal('true');
  });
});

describe('<roadmap-timeline> errors', () => {
  it('explains invalid JSON', async () => {
    const el = await emptyTimeline();
    const event = await after<ErrorEvent>(el, 'roadmap-error', () => el.setAttribute('roadmap', '{"version": 1,'));
    expect(errorBox(el).textContent).to.match(/not valid JSON/);
    expectErrorDetail(event, /not valid JSON/);
  });

  it('names the path of a schema violation: stages[2].salary.max', async () => {
    const el = await emptyTimeline();
    const bad = await badSalaryRoadmap();
    const event = await after<ErrorEvent>(el, 'roadmap-error', () => {
      el.roadmap = bad;
    });
    expect(errorBox(el).textContent).to.contain('stages[2].salary.max');
    expectErrorDetail(event, /stages\[2\]\.salary\.max/);
    expect(event.detail.issues.map((issue) => issue.path)).to.include('stages[2].salary.max');
  });

  it('explains an HTTP 404 and names the URL', async () => {
    const el = await emptyTimeline();
    const event = await after<ErrorEvent>(el, 'roadmap-error', () => {
      el.src = '/test-api/status/404';
    });
    const text = errorBox(el).textContent!;
    expect(text).to.contain('404');
    expect(text).to.contain('/test-api/status/404');
    expectErrorDetail(event, /404/);
  });

  it('explains a network failure and names the URL', async () => {
    const el = await emptyTimeline();
    const event = await after<ErrorEvent>(el, 'roadmap-error', () => {
      el.src = '/test-api/broken';
    });
    const text = errorBox(el).textContent!;
    expect(text).to.contain('/test-api/broken');
    expect(text).to.match(/network|connection/i);
    expectErrorDetail(event, /network|connection/i);
  });

  it('stops a streamed response past the 2 MB limit with a "too large" error', async () => {
    const el = await emptyTimeline();
    const event = await after<ErrorEvent>(el, 'roadmap-error', () => {
      el.src = '/test-api/large';
    });
    const text = errorBox(el).textContent!;
    expect(text).to.match(/too large/i);
    expect(text).to.contain('2 MB');
    expectErrorDetail(event, /too large/i);
  });

  it('refuses a response whose Content-Length is past the limit with a "too large" error', async () => {
    const el = await emptyTimeline();
    const event = await after<ErrorEvent>(el, 'roadmap-error', () => {
      el.src = '/test-api/large-declared';
    });
    expect(errorBox(el).textContent).to.match(/too large/i);
    expectErrorDetail(event, /too large/i);
  });

  it('explains an HTML page served instead of JSON', async () => {
    const el = await emptyTimeline();
    const event = await after<ErrorEvent>(el, 'roadmap-error', () => {
      el.src = '/test-api/html';
    });
    const text = errorBox(el).textContent!;
    expect(text).to.contain('HTML');
    expect(text).to.contain('/test-api/html');
    expectErrorDetail(event, /HTML/);
  });

  it('rejects a javascript: call-to-action link at its path and renders no such link', async () => {
    const el = await showing();
    const bad = await indiaRoadmap();
    bad.links = [{label: 'Browse open roles', href: 'javascript:alert(document.cookie)'}];
    const event = await after<ErrorEvent>(el, 'roadmap-error', () => {
      el.roadmap = bad;
    });
    expect(errorBox(el).textContent).to.contain('links[0].href');
    expect(event.detail.issues.map((issue) => issue.path)).to.include('links[0].href');
    expect(scriptLinks(el)).to.deep.equal([]);
  });

  it('rejects a javascript: stage item link at its path and renders no such link', async () => {
    const el = await emptyTimeline();
    const bad = await indiaRoadmap();
    bad.stages[1]!.items = [{text: 'Deploy one service', href: ' JaVaScRiPt:alert(1)'}];
    const event = await after<ErrorEvent>(el, 'roadmap-error', () => {
      el.roadmap = bad;
    });
    expect(errorBox(el).textContent).to.contain('stages[1].items[0].href');
    expect(event.detail.issues.map((issue) => issue.path)).to.include('stages[1].items[0].href');
    expect(scriptLinks(el)).to.deep.equal([]);
  });

  it('keeps the earlier good roadmap on screen beside the error', async () => {
    const el = await showing();
    const bad = await badSalaryRoadmap();
    await after(el, 'roadmap-error', () => {
      el.roadmap = bad;
    });
    errorBox(el);
    expect(titleText(el)).to.equal(INDIA_TITLE);
    expect(stageCards(el)).to.have.length(5);
    expect(deepText(el.shadowRoot!)).to.contain('₹11L – ₹15L');
  });

  it('keeps the earlier roadmap from src when a later src fails', async () => {
    const el = await emptyTimeline();
    await after(el, 'roadmap-load', () => {
      el.src = INDIA_URL;
    });
    await after(el, 'roadmap-error', () => {
      el.src = '/test-api/status/404';
    });
    errorBox(el);
    expect(titleText(el)).to.equal(INDIA_TITLE);
    expect(stageCards(el)).to.have.length(5);
  });

  it('clears the error when a later input is good', async () => {
    const el = await emptyTimeline();
    const bad = await badSalaryRoadmap();
    await after(el, 'roadmap-error', () => {
      el.roadmap = bad;
    });
    errorBox(el);
    const good = await frontendRoadmap();
    await after(el, 'roadmap-load', () => {
      el.roadmap = good;
    });
    expect(part(el, 'error')).to.equal(null);
    expect(titleText(el)).to.equal(FRONTEND_TITLE);
  });

  it('never throws out of the element for bad input', async () => {
    const el = await emptyTimeline();
    const thrown: unknown[] = [];
    const onError = (event: Event) => thrown.push((event as globalThis.ErrorEvent).error ?? event);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      for (const input of ['', 'null', '[]', '{"version": 2}', '{"__proto__": {"x": 1}}']) {
        await after(el, 'roadmap-error', () => el.setAttribute('roadmap', input));
      }
      await sleep(50);
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(thrown).to.deep.equal([]);
    errorBox(el);
  });
});

describe('<roadmap-timeline> src races', () => {
  it('shows the newer src when an older, slower one is still pending, and never the older one', async () => {
    const el = await emptyTimeline();
    const loads = record<LoadEvent>(el, 'roadmap-load');
    el.src = slow(1200, FRONTEND_URL);
    await el.updateComplete;
    await after(el, 'roadmap-load', () => {
      el.src = INDIA_URL;
    });
    expect(titleText(el)).to.equal(INDIA_TITLE);
    await sleep(1800);
    await settled(el);
    loads.stop();
    expect(titleText(el)).to.equal(INDIA_TITLE);
    expect(deepText(el.shadowRoot!)).to.not.contain(FRONTEND_TITLE);
    expect(loads.events.map((event) => event.detail.roadmap.id)).to.deep.equal(['backend-developer-india-2026']);
  });

  it('fires one roadmap-load, for the final URL, when src is set twice in quick succession', async () => {
    const el = await emptyTimeline();
    const loads = record<LoadEvent>(el, 'roadmap-load');
    el.src = slow(0, FRONTEND_URL);
    await el.updateComplete;
    el.src = INDIA_URL;
    await oneEvent(el, 'roadmap-load');
    await sleep(600);
    loads.stop();
    expect(loads.events.map((event) => event.detail.roadmap.id)).to.deep.equal(['backend-developer-india-2026']);
  });
});

describe('<roadmap-timeline> events', () => {
  /** A timeline inside another element's shadow root, so only a composed event reaches the document. */
  async function nested(): Promise<RoadmapTimeline> {
    const host = fixtureSync<HTMLDivElement>(html`<div></div>`);
    const timeline = document.createElement('roadmap-timeline');
    host.attachShadow({mode: 'open'}).append(timeline);
    await timeline.updateComplete;
    return timeline;
  }

  /** The next `type` event heard on the document, with its composed path as seen while it was dispatched. */
  function heardOnDocument<T extends Event>(type: string): Promise<{event: T; path: EventTarget[]}> {
    return new Promise((resolve) => {
      document.addEventListener(type, (event) => resolve({event: event as T, path: event.composedPath()}), {
        once: true,
      });
    });
  }

  it('roadmap-load bubbles out of shadow roots to the document', async () => {
    const el = await nested();
    const heard = heardOnDocument<LoadEvent>('roadmap-load');
    el.roadmap = await indiaRoadmap();
    const {event, path} = await heard;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(path).to.include(el);
    expect(event.detail.roadmap.id).to.equal('backend-developer-india-2026');
  });

  it('roadmap-error bubbles out of shadow roots to the document', async () => {
    const el = await nested();
    const heard = heardOnDocument<ErrorEvent>('roadmap-error');
    el.setAttribute('roadmap', 'not json');
    const {event, path} = await heard;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(path).to.include(el);
    expectErrorDetail(event, /not valid JSON/);
  });

  it('roadmap-load detail is the validated roadmap', async () => {
    const el = await emptyTimeline();
    const event = await after<LoadEvent>(el, 'roadmap-load', () => {
      el.src = INDIA_URL;
    });
    expect(event.detail.roadmap.id).to.equal('backend-developer-india-2026');
    expect(event.detail.roadmap.stages.map((stage) => stage.id)).to.deep.equal([
      'foundations',
      'first-job-ready-skills',
      'real-projects',
      'specialisation',
      'senior-trajectory',
    ]);
  });

  it('fires roadmap-load after the title and stage cards are in its shadow DOM', async () => {
    const el = await emptyTimeline();
    let seen: {title: string | undefined; cards: number} | undefined;
    el.addEventListener('roadmap-load', () => {
      seen = {title: titleText(el), cards: stageCards(el).length};
    });
    await after(el, 'roadmap-load', () => {
      el.src = INDIA_URL;
    });
    expect(seen).to.deep.equal({title: INDIA_TITLE, cards: 5});
  });

  it('fires roadmap-load after the stage cards show their content', async () => {
    const el = await emptyTimeline();
    let text = '';
    el.addEventListener('roadmap-load', () => {
      text = deepText(el.shadowRoot!);
    });
    await after(el, 'roadmap-load', () => {
      el.src = INDIA_URL;
    });
    expect(text).to.contain('Foundations');
    expect(text).to.contain('Senior trajectory');
    expect(text).to.contain('₹21L – ₹30L');
  });
});

describe('<roadmap-timeline> theme', () => {
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  it('theme="dark" gives a dark background and light text', async () => {
    const el = await showing(undefined, {theme: 'dark'});
    const style = getComputedStyle(part(el, 'base')!);
    expect(luminance(style.backgroundColor)).to.be.below(0.05);
    expect(luminance(style.color)).to.be.above(0.6);
  });

  it('theme="light" gives a light background and dark text', async () => {
    const el = await showing(undefined, {theme: 'light'});
    const style = getComputedStyle(part(el, 'base')!);
    expect(luminance(style.backgroundColor)).to.be.above(0.9);
    expect(luminance(style.color)).to.be.below(0.05);
  });

  it('theme="dark" reaches the stage cards', async () => {
    const el = await showing(undefined, {theme: 'dark'});
    for (const card of stageCards(el)) {
      const style = getComputedStyle(part(card, 'card')!);
      expect(luminance(style.backgroundColor)).to.be.below(0.05);
      expect(luminance(style.color)).to.be.above(0.6);
    }
  });

  // Issue 15: with no theme the roadmap follows the page's color-scheme, not the reader's system setting (a page
  // that declares nothing stays light); test/theme.test.ts holds the rest.
  it('with no theme, on a page that declares color-scheme: light dark, follows prefers-color-scheme: dark', async function () {
    await emulateOrSkip(this, {colorScheme: 'dark'});
    document.documentElement.style.colorScheme = 'light dark';
    try {
      const el = await showing();
      const style = getComputedStyle(part(el, 'base')!);
      expect(luminance(style.backgroundColor)).to.be.below(0.05);
      expect(luminance(style.color)).to.be.above(0.6);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('theme="light" stays light when the reader prefers dark', async function () {
    await emulateOrSkip(this, {colorScheme: 'dark'});
    const el = await showing(undefined, {theme: 'light'});
    const style = getComputedStyle(part(el, 'base')!);
    expect(luminance(style.backgroundColor)).to.be.above(0.9);
    expect(luminance(style.color)).to.be.below(0.05);
  });
});

describe('<roadmap-timeline> layout', () => {
  /** A timeline in a container `width` px wide. */
  async function inWidth(width: number, roadmap: RoadmapInput, layout?: string): Promise<RoadmapTimeline> {
    // fixtureSync: `fixture` would wait for an animation frame, which never comes while this tab is in the
    // background (wtr runs two test files at once).
    const wrapper = fixtureSync<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
    const el = document.createElement('roadmap-timeline');
    if (layout) el.setAttribute('layout', layout);
    el.roadmap = roadmap;
    wrapper.append(el);
    await settled(el);
    return el;
  }

  const firstTwo = (el: RoadmapTimeline) => {
    const [a, b] = stageCards(el).map((card) => card.getBoundingClientRect());
    return {a: a!, b: b!};
  };
  const expectSideBySide = (el: RoadmapTimeline) => {
    const {a, b} = firstTwo(el);
    expect(b.left, 'second card starts right of the first').to.be.at.least(a.right - 1);
    expect(Math.abs(b.top - a.top), 'cards share a top edge').to.be.below(2);
  };
  const expectStacked = (el: RoadmapTimeline) => {
    const {a, b} = firstTwo(el);
    expect(b.top, 'second card starts below the first').to.be.at.least(a.bottom - 1);
    expect(Math.abs(b.left - a.left), 'cards share a left edge').to.be.below(2);
  };
  const threeStages = async () => {
    const roadmap = await indiaRoadmap();
    roadmap.stages = roadmap.stages.slice(0, 3);
    return roadmap;
  };

  it('layout="horizontal" puts stage cards side by side', async () => {
    expectSideBySide(await inWidth(1000, await indiaRoadmap(), 'horizontal'));
  });

  it('layout="vertical" stacks stage cards', async () => {
    expectStacked(await inWidth(1000, await indiaRoadmap(), 'vertical'));
  });

  it('layout="auto" with 3 stages in a wide container goes horizontal', async () => {
    expectSideBySide(await inWidth(1100, await threeStages(), 'auto'));
  });

  it('layout="auto" with 3 stages in a 360 px container goes vertical', async () => {
    expectStacked(await inWidth(360, await threeStages(), 'auto'));
  });

  it('follows its own width, not the viewport: no layout attribute in a 360 px box stacks', async () => {
    expectStacked(await inWidth(360, await threeStages()));
  });

  it('does not overflow horizontally at 360 px', async () => {
    const el = await inWidth(360, await indiaRoadmap());
    const base = part(el, 'base')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    expect(el.getBoundingClientRect().width).to.be.at.most(360);
  });
});

describe('<roadmap-timeline> locale', () => {
  it("uses the roadmap's locale by default: lang=en-IN and ₹5L – ₹30L", async () => {
    const el = await showing();
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en-IN');
    expect(shadowText(part(el, 'header')!.querySelector('salary-band')!)).to.contain('₹5L – ₹30L');
  });

  it('locale="en-US" formats the rupee market band in the en-US compact style', async () => {
    const el = await showing(undefined, {locale: 'en-US'});
    const text = shadowText(part(el, 'header')!.querySelector('salary-band')!);
    expect(text).to.contain('₹500K – ₹3M');
    expect(text).to.not.contain('₹5L');
  });

  it('locale="en-US" formats the stage salaries in the en-US compact style', async () => {
    const el = await showing(undefined, {locale: 'en-US'});
    const band = part(stageCards(el)[0]!, 'salary')!;
    expect(shadowText(band)).to.contain('₹500K – ₹1.1M');
  });

  it('locale="en-US" sets lang="en-US" on part base', async () => {
    const el = await showing(undefined, {locale: 'en-US'});
    expect(part(el, 'base')!.getAttribute('lang')).to.equal('en-US');
  });
});

describe('<roadmap-timeline> accessibility', () => {
  it('is accessible in the light theme with the India roadmap', async () => {
    const el = await showing(undefined, {theme: 'light'});
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme with the India roadmap', async () => {
    const el = await showing(undefined, {theme: 'dark'});
    await expect(el).to.be.accessible();
  });

  it('is accessible in the error state', async () => {
    const el = await emptyTimeline();
    await after(el, 'roadmap-error', () => {
      el.src = '/test-api/status/404';
    });
    errorBox(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the error state over an earlier roadmap', async () => {
    const el = await showing();
    const bad = await badSalaryRoadmap();
    await after(el, 'roadmap-error', () => {
      el.roadmap = bad;
    });
    errorBox(el);
    await expect(el).to.be.accessible();
  });
});
