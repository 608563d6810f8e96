/**
 * The reader features in the built classic script, on a publisher's page with a strict Content-Security-Policy,
 * loaded in an iframe so the page is its own document.
 */
import {expect} from '@open-wc/testing';
import {part, settled, sleep} from '../helpers.js';

interface PageEvents {
  errors: string[];
  violations: string[];
}
type PageWindow = Window & typeof globalThis & {pageEvents?: PageEvents};

const KEY = 'roadmap-progress:backend-developer-india-2026';

describe("reader features under Content-Security-Policy: default-src 'self'", () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => {
    frame?.remove();
    localStorage.removeItem(KEY);
  });

  it('tick, expand and reveal with no CSP violation and no error', async () => {
    localStorage.removeItem(KEY);
    frame = document.createElement('iframe');
    frame.setAttribute('style', 'width: 1000px; height: 800px; border: 0');
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, {once: true}));
    frame.src = '/test-api/csp/csp-reader';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow;
    const timeline = frame.contentDocument!.querySelector('roadmap-timeline')!;
    for (let i = 0; i < 200 && !timeline.shadowRoot?.querySelector('stage-card'); i++) await sleep(25);
    await settled(timeline);

    expect(part(timeline, 'active')?.id).to.equal('specialisation');
    expect(part(timeline, 'current')?.id).to.equal('real-projects');
    part(timeline, 'expand-all')!.click();
    await settled(timeline);
    const card = timeline.shadowRoot!.querySelectorAll('stage-card')[1]!;
    card.shadowRoot!.querySelector('input')!.click();
    await settled(timeline);
    expect(part(timeline, 'progress')?.textContent).to.contain('1 of 24 done');
    expect(JSON.parse(localStorage.getItem(KEY)!).done).to.deep.equal({
      'first-job-ready-skills': ['deploy-one-service-to-prod-render-fly-railway-vercel-for-30-days'],
    });

    await sleep(300);
    expect(win.pageEvents!.violations).to.deep.equal([]);
    expect(win.pageEvents!.errors).to.deep.equal([]);
  });
});
