/**
 * Network faults for `src`: slow answers (the `timeout` attribute), HTTP errors, CORS, offline, rapid switching,
 * removal mid-fetch, and a failure after a good roadmap.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {RoadmapTimeline} from '../../src/index.js';
import {
  FRONTEND_URL,
  INDIA_URL,
  part,
  record,
  settled,
  sleep,
  warningsDuring,
  type ErrorEvent,
  type LoadEvent,
} from '../helpers.js';

const slow = (ms: number, file = INDIA_URL) => `/test-api/delay?ms=${ms}&file=${encodeURIComponent(file)}`;
const INDIA_TITLE = 'The Backend Developer roadmap — from first project to senior offer';
const titleText = (el: RoadmapTimeline) => part(el, 'title')?.textContent?.trim();

const timeline = () => fixture<RoadmapTimeline>(html`<roadmap-timeline></roadmap-timeline>`);

/** Sets `src` (and any attributes) and resolves with the roadmap-error that follows, once rendered. */
async function failing(el: RoadmapTimeline, src: string): Promise<ErrorEvent> {
  const event = oneEvent(el, 'roadmap-error') as Promise<ErrorEvent>;
  el.src = src;
  const error = await event;
  await settled(el);
  return error;
}

/** Every fetch the page makes while recording, with the signal that can abort it. */
function recordFetches() {
  const calls: {url: string; signal: AbortSignal}[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    calls.push({url: String(input), signal: init!.signal!});
    return original(input, init);
  };
  return {calls, restore: () => (window.fetch = original)};
}

/** Quiet console.warn while `run` runs; resolves with what was warned. */

describe('src: a slow server and the timeout attribute', () => {
  it('gives up after timeout ms with an error naming the URL and the timeout', async () => {
    const el = await timeline();
    el.setAttribute('timeout', '300');
    const started = performance.now();
    const event = await failing(el, slow(4000));
    const took = performance.now() - started;
    expect(took, 'ms until the error').to.be.within(250, 2500);
    expect(event.detail.message).to.contain('/test-api/delay').and.contain('0.3 s');
    expect(part(el, 'error')!.getAttribute('role')).to.equal('alert');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('counts the download too: a body that stalls past the timeout fails the same way', async () => {
    const el = await timeline();
    el.timeout = 400;
    const event = await failing(el, '/test-api/trickle?ms=4000');
    expect(event.detail.message).to.contain('0.4 s');
  });

  it('a slow answer inside the timeout is shown', async () => {
    const el = await timeline();
    el.setAttribute('timeout', '3000');
    const loaded = oneEvent(el, 'roadmap-load');
    el.src = slow(500);
    await loaded;
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });

  it('names a timeout that is not a positive number once, and keeps the default', async () => {
    let el!: RoadmapTimeline;
    const warnings = await warningsDuring(async () => {
      el = await fixture<RoadmapTimeline>(html`<roadmap-timeline timeout="soon"></roadmap-timeline>`);
      const loaded = oneEvent(el, 'roadmap-load');
      el.src = slow(300);
      await loaded;
    });
    expect(warnings).to.deep.equal([
      '<roadmap-timeline> timeout: must be a number of milliseconds above 0, not "soon"; using the default',
    ]);
    expect(titleText(el)).to.equal(INDIA_TITLE);
  });
});

describe('src: servers and networks that fail', () => {
  for (const status of [500, 503]) {
    it(`HTTP ${status} is an error naming the status`, async () => {
      const event = await failing(await timeline(), `/test-api/status/${status}`);
      expect(event.detail.message).to.contain(`HTTP ${status}`);
      expect(event.detail.issues[0]!.path).to.equal('');
    });
  }

  it('a cross-origin URL without CORS headers is a network error that mentions CORS', async () => {
    const other = location.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    const url = `${location.protocol}//${other}:${location.port}${INDIA_URL}`;
    // The same file is fine from this origin: only the origin differs.
    expect((await fetch(INDIA_URL)).ok).to.equal(true);
    const event = await failing(await timeline(), url);
    expect(event.detail.message).to.contain(url).and.contain('CORS');
  });

  it('a port where nothing listens ("offline") is a network error', async () => {
    const port = await (await fetch('/test-api/closed-port')).text();
    const url = `http://127.0.0.1:${port}/roadmap.json`;
    const event = await failing(await timeline(), url);
    expect(event.detail.message).to.contain(url).and.contain('network request failed');
  });
});

describe('src: switching and removal', () => {
  it('switched 50 times rapidly, ends on the last: one roadmap-load, the other 49 requests aborted', async () => {
    const el = await timeline();
    const loads = record<LoadEvent>(el, 'roadmap-load');
    const errors = record<ErrorEvent>(el, 'roadmap-error');
    const fetches = recordFetches();
    try {
      for (let i = 0; i < 49; i++) {
        el.src = `${slow(2000)}&n=${i}`;
        await (i % 3 === 0 ? el.updateComplete : sleep(i % 5));
      }
      const loaded = oneEvent(el, 'roadmap-load');
      el.src = slow(100, FRONTEND_URL);
      await loaded;
      await sleep(300);
    } finally {
      fetches.restore();
      loads.stop();
      errors.stop();
    }
    expect(loads.events.map((event) => event.detail.roadmap.id)).to.deep.equal(['frontend-developer-us-2026']);
    expect(errors.events).to.deep.equal([]);
    expect(titleText(el)).to.equal('The Frontend Developer roadmap');
    const aborted = fetches.calls.filter((call) => call.signal.aborted);
    expect(fetches.calls.length, 'requests started').to.be.within(2, 50);
    expect(aborted.length, 'requests aborted').to.equal(fetches.calls.length - 1);
    expect(fetches.calls.at(-1)!.url).to.contain('frontend');
  });

  it('removed mid-fetch: the request is aborted, with no error, event or warning', async () => {
    const el = await timeline();
    const fetches = recordFetches();
    const events = [record(el, 'roadmap-error'), record(el, 'roadmap-load')];
    const thrown: unknown[] = [];
    const onError = (event: Event) => thrown.push(event);
    window.addEventListener('unhandledrejection', onError);
    window.addEventListener('error', onError);
    const warnings = await warningsDuring(async () => {
      el.src = slow(1500);
      await el.updateComplete;
      el.remove();
      await sleep(2000);
    });
    window.removeEventListener('unhandledrejection', onError);
    window.removeEventListener('error', onError);
    fetches.restore();
    events.forEach((events) => events.stop());
    expect(fetches.calls).to.have.length(1);
    expect(fetches.calls[0]!.signal.aborted, 'request aborted').to.equal(true);
    expect(events.flatMap(({events}) => events)).to.deep.equal([]);
    expect(warnings).to.deep.equal([]);
    expect(thrown).to.deep.equal([]);
    expect(el.error).to.equal(undefined);
  });

  it('a failure after a good roadmap keeps the good one on screen and announces the error', async () => {
    const el = await timeline();
    const loaded = oneEvent(el, 'roadmap-load');
    el.src = INDIA_URL;
    await loaded;
    await settled(el);
    await warningsDuring(async () => {
      await failing(el, '/test-api/status/500');
    });
    expect(titleText(el)).to.equal(INDIA_TITLE);
    expect(el.shadowRoot!.querySelectorAll('stage-card')).to.have.length(5);
    const alert = part(el, 'error')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    expect(alert.textContent).to.contain('Still showing the previous version.').and.contain('HTTP 500');
    expect(el.shownRoadmap!.id).to.equal('backend-developer-india-2026');
  });
});
