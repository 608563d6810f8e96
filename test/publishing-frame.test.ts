/**
 * The embed page (`dist/embed.html`) in an iframe of a publisher's page, sized by `dist/roadmap-frame.js`, both
 * under Content-Security-Policy: default-src 'self'. The page is /test-api/csp/frame-parent; the embed page is
 * served by /test-api/csp-dist/, as a site serves the dist folder.
 */
import {expect} from '@open-wc/testing';
import {closeFrames, open, shown, type PageWindow} from './frames.js';
import {deepText, part, sleep} from './helpers.js';
import {knownDefect} from './engine.js';

const EMBED = '/test-api/csp-dist/embed.html';
const INDIA = '/data/backend-developer-india-2026.json';

afterEach(closeFrames);

/** The same path on another origin of the test server: 127.0.0.1 instead of localhost. */
const elsewhere = (path: string) => `${location.protocol}//127.0.0.1:${location.port}${path}`;

/** Polls `check` once a frame until it holds; fails with `what` after 10 s. */
async function until(what: string, check: () => boolean): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (check()) return;
    await sleep(25);
  }
  throw new Error(`never: ${what}`);
}

interface Embed {
  page: PageWindow;
  frame: HTMLIFrameElement;
  win: PageWindow;
  doc: Document;
  timeline: HTMLElement;
}

/** The publisher's page `width` px wide, its embed iframe loaded and showing the roadmap. */
async function openEmbed(width = 1000, parentPage = '/test-api/csp/frame-parent'): Promise<Embed> {
  const {win: page, doc: pageDoc} = await open(parentPage, width, 700);
  const frame = pageDoc.querySelector<HTMLIFrameElement>('iframe#roadmap')!;
  await until('the embed page has loaded', () => Boolean(frame.contentDocument?.querySelector('roadmap-timeline')));
  const doc = frame.contentDocument!;
  const timeline = doc.querySelector<HTMLElement>('roadmap-timeline')!;
  await shown(timeline);
  return {page, frame, win: frame.contentWindow as PageWindow, doc, timeline};
}

/** The frame's height on the page, and the height of the page inside it. */
const frameHeight = (frame: HTMLIFrameElement) => frame.getBoundingClientRect().height;
const contentHeight = (doc: Document) => Math.ceil(doc.documentElement.getBoundingClientRect().height);

/** Waits until the frame is exactly as tall as the page inside it, and says so of its scrolling box. */
async function fitted({frame, doc}: Embed): Promise<void> {
  await until('the frame fits its page', () => frameHeight(frame) === contentHeight(doc));
  const scroller = doc.scrollingElement!;
  expect(scroller.scrollHeight, 'no scrollbar inside the frame').to.be.at.most(scroller.clientHeight);
}

describe('embed.html sized by roadmap-frame.js', () => {
  it('grows the iframe to the whole roadmap, with no scrollbar inside', async () => {
    const embed = await openEmbed();
    await fitted(embed);
    // The roadmap is much taller than the 800 px the iframe's attribute gives it.
    expect(frameHeight(embed.frame)).to.be.above(800);
  });

  it('follows the roadmap when a reader expands every stage, and when they collapse them again', async () => {
    const embed = await openEmbed();
    await fitted(embed);
    const collapsed = frameHeight(embed.frame);
    part(embed.timeline, 'expand-all')!.click();
    await until('taller after "Expand all"', () => frameHeight(embed.frame) > collapsed + 200);
    await fitted(embed);
    part(embed.timeline, 'collapse-all')!.click();
    await until('back after "Collapse all"', () => frameHeight(embed.frame) === collapsed);
    await fitted(embed);
  });

  it('follows the roadmap when the page gets narrower, as on a phone', async () => {
    const embed = await openEmbed();
    await fitted(embed);
    const wide = frameHeight(embed.frame);
    // The publisher's page (the test's iframe) turns 360 px wide: the roadmap wraps onto more lines.
    (embed.page.frameElement as HTMLIFrameElement).style.width = '360px';
    await until('taller at 360 px', () => frameHeight(embed.frame) > wide);
    await fitted(embed);
  });

  it('reports no CSP violation and no error, on the page or in the frame', async () => {
    const embed = await openEmbed();
    await fitted(embed);
    part(embed.timeline, 'expand-all')!.click();
    await sleep(200);
    expect(embed.page.pageEvents!.violations, 'publisher page').to.deep.equal([]);
    expect(embed.page.pageEvents!.errors, 'publisher page').to.deep.equal([]);
    expect(embed.win.pageEvents!.violations, 'embed page').to.deep.equal([]);
    expect(embed.win.pageEvents!.errors, 'embed page').to.deep.equal([]);
  });
});

describe('roadmap-frame.js takes heights only from the frame they describe', () => {
  /** An iframe on the publisher's page, loaded with `src`; resolves once its page has posted its messages. */
  async function impostor(page: PageWindow, src: string, navigateTo?: string): Promise<HTMLIFrameElement> {
    const frame = page.document.createElement('iframe');
    frame.height = '300';
    frame.style.border = '0';
    const done = new Promise<void>((resolve) =>
      page.addEventListener('message', (event) => {
        if ((event.data as {type?: string})?.type === 'impostor-done') resolve();
      }),
    );
    if (navigateTo) {
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
      frame.src = src;
      page.document.body.append(frame);
      await loaded;
      // The frame's page goes elsewhere; its `src` attribute still names the first address.
      frame.contentWindow!.location.href = navigateTo;
    } else {
      frame.src = src;
      page.document.body.append(frame);
    }
    // roadmap-frame.js listened before this test did, so it has handled the height message by now.
    await done;
    return frame;
  }

  // The same page without a CSP of its own, so it may frame another origin.
  const OPEN_PAGE = '/test/fixtures/frame-parent.html';

  it('sizes a frame from the origin its src names (the check passes for the right sender)', async () => {
    const {page} = await openEmbed(1000, OPEN_PAGE);
    const frame = await impostor(page, elsewhere('/test/fixtures/frame-impostor.html'));
    expect(frameHeight(frame)).to.equal(123);
  });

  it('ignores a height from a frame whose page went to another origin than its src', async () => {
    const {page} = await openEmbed(1000, OPEN_PAGE);
    // First a same-origin document that posts nothing, then the impostor on another origin.
    const frame = await impostor(page, INDIA, elsewhere('/test/fixtures/frame-impostor.html'));
    expect(frameHeight(frame)).to.be.above(150);
  });

  it("ignores a height another frame sends: only the sender's own iframe is sized", async () => {
    const embed = await openEmbed();
    await fitted(embed);
    const before = frameHeight(embed.frame);
    await impostor(embed.page, '/test/fixtures/frame-impostor.html');
    expect(frameHeight(embed.frame)).to.equal(before);
  });

  it('ignores a height posted by the page itself', async () => {
    const embed = await openEmbed();
    await fitted(embed);
    const before = frameHeight(embed.frame);
    const done = new Promise((resolve) => embed.page.addEventListener('message', resolve, {once: true}));
    embed.page.postMessage({type: 'roadmap-elements:height', height: 50}, '*');
    await done;
    expect(frameHeight(embed.frame)).to.equal(before);
  });
});

describe('embed.html in a WordPress embed', () => {
  it("tells WordPress's embed script its height, with the frame's secret, from a sandboxed frame", async function () {
    await knownDefect(
      this,
      'webkit',
      "WordPress's height message from a sandboxed (opaque-origin) frame does not arrive in WebKit",
    );
    // As WordPress writes a discovered embed: sandbox="allow-scripts" (an opaque origin), `#?secret=` on the src.
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-scripts');
    frame.className = 'wp-embedded-content';
    frame.style.cssText = 'width: 600px; height: 400px; border: 0';
    const heard = new Promise<{message: string; value: number; secret: string}>((resolve) => {
      const listen = (event: MessageEvent) => {
        if (event.source !== frame.contentWindow || (event.data as {message?: string})?.message !== 'height') return;
        removeEventListener('message', listen);
        resolve(event.data);
      };
      addEventListener('message', listen);
    });
    frame.src = `${EMBED}?src=${INDIA}#?secret=Ab3dE9xY2k`;
    document.body.append(frame);
    try {
      const data = await heard;
      expect(data.secret).to.equal('Ab3dE9xY2k');
      expect(data.value).to.be.a('number').and.above(0);
    } finally {
      frame.remove();
    }
  });
});

describe('embed.html on its own', () => {
  it('shows the roadmap full-bleed at the default height, scrolling inside, without roadmap-frame.js', async () => {
    const {doc} = await open(`${EMBED}?src=${INDIA}`, 600, 800);
    const timeline = doc.querySelector<HTMLElement>('roadmap-timeline')!;
    await shown(timeline);
    const box = timeline.getBoundingClientRect();
    // The page's own width: a classic scrollbar (Firefox's) takes its share of the window.
    expect([box.left, box.top, box.width]).to.deep.equal([0, 0, doc.documentElement.clientWidth]);
    expect(doc.scrollingElement!.scrollHeight).to.be.above(800);
  });

  it('passes theme, locale and layout on to the roadmap', async () => {
    const {doc} = await open(`${EMBED}?src=${INDIA}&theme=dark&locale=hi-IN&layout=vertical`, 600, 800);
    const timeline = doc.querySelector<HTMLElement>('roadmap-timeline')!;
    await shown(timeline);
    expect(timeline.getAttribute('theme')).to.equal('dark');
    expect(timeline.getAttribute('layout')).to.equal('vertical');
    expect(deepText(timeline.shadowRoot!)).to.include('चरण 1');
    expect(doc.documentElement.lang).to.equal('hi-IN');
  });

  it('opens the stage a #fragment names, with the reader features on', async () => {
    const {doc} = await open(`${EMBED}?src=${INDIA}&collapsible&track-progress#specialisation`, 600, 800);
    const timeline = doc.querySelector<HTMLElement>('roadmap-timeline')!;
    await shown(timeline);
    await until('the stage is revealed', () => part(timeline, 'active')?.id === 'specialisation');
    const card = part(timeline, 'active')!.querySelector('stage-card') as HTMLElement & {open: boolean};
    expect(card.open).to.equal(true);
    expect(part(timeline, 'progress')).not.to.equal(null);
  });

  it('names the problem when there is no ?src', async () => {
    const {doc} = await open(EMBED, 600, 400);
    await until('a message', () => Boolean(doc.querySelector('[role="alert"]')));
    expect(doc.querySelector('[role="alert"]')!.textContent).to.include('?src=');
  });

  it('refuses a roadmap from another site unless embed.html lists it', async () => {
    const {doc} = await open(`${EMBED}?src=${encodeURIComponent(elsewhere(INDIA))}`, 600, 400);
    await until('a message', () => Boolean(doc.querySelector('[role="alert"]')));
    expect(doc.querySelector('[role="alert"]')!.textContent).to.include('loads roadmaps from');
    expect(doc.querySelector('roadmap-timeline')).to.equal(null);
  });
});
