import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {unsafeStatic, html as staticHtml} from 'lit/static-html.js';
import type {PropertyValues} from 'lit';
import {roadmapSource} from '../../src/controllers/roadmap-source.js';
import type {RoadmapErrorDetail, RoadmapLoadDetail} from '../../src/controllers/roadmap-source.js';
import {INDIA_URL, fetchText, indiaRoadmap, sleep} from '../helpers.js';
import {BareHost, define} from './bare-host.js';

class SourceHost extends BareHost {
  source = roadmapSource(this);
  get shownRoadmap() {
    return this.source.value;
  }
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.source.update(changed);
  }
}
const tag = unsafeStatic(define(SourceHost, 'source'));

const host = (template: ReturnType<typeof staticHtml>) => fixture<SourceHost>(template);

describe('roadmap source controller', () => {
  it('is idle with no input', async () => {
    const el = await host(staticHtml`<${tag}></${tag}>`);
    expect(el.source.status).to.equal('idle');
    expect(el.source.value).to.equal(undefined);
  });

  it('shows the roadmap property over the attribute, the child script and src', async () => {
    const roadmap = await indiaRoadmap();
    const json = JSON.stringify({...roadmap, title: 'From the attribute'});
    const el = await host(staticHtml`<${tag} roadmap=${json} src="/test-api/status/404">
      <script type="application/json">${JSON.stringify({...roadmap, title: 'From the script'})}</script>
    </${tag}>`);
    el.roadmap = roadmap;
    await el.updateComplete;
    expect(el.source.status).to.equal('shown');
    expect(el.source.value?.title).to.equal(roadmap.title);
  });

  it('reads the child script, and again when it changes', async () => {
    const roadmap = await indiaRoadmap();
    const el = await host(
      staticHtml`<${tag}><script type="application/json">${JSON.stringify(roadmap)}</script></${tag}>`,
    );
    await el.updateComplete;
    expect(el.source.value?.title).to.equal(roadmap.title);
    el.querySelector('script')!.textContent = JSON.stringify({...roadmap, title: 'Edited'});
    await oneEvent(el, 'roadmap-load');
    expect(el.source.value?.title).to.equal('Edited');
  });

  it('fetches src, loading until it is shown', async () => {
    const el = await host(staticHtml`<${tag} src="/test-api/delay?ms=200"></${tag}>`);
    expect(el.source.status).to.equal('loading');
    expect(el.getAttribute('aria-busy')).to.equal('true');
    const event = (await oneEvent(el, 'roadmap-load')) as CustomEvent<RoadmapLoadDetail>;
    expect(el.source.status).to.equal('shown');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(event.detail.roadmap.id).to.equal(JSON.parse(await fetchText(INDIA_URL)).id);
  });

  it('aborts an older src for a newer one', async () => {
    const el = await host(
      staticHtml`<${tag} src="/test-api/delay?ms=300&file=/test/fixtures/frontend-developer-us-2026.json"></${tag}>`,
    );
    el.src = INDIA_URL;
    await oneEvent(el, 'roadmap-load');
    await sleep(400);
    expect(el.source.value?.id).to.equal('backend-developer-india-2026');
  });

  it('fails with a located timeout error when src is too slow', async () => {
    const el = await host(staticHtml`<${tag} timeout="50" src="/test-api/delay?ms=2000"></${tag}>`);
    const event = (await oneEvent(el, 'roadmap-error')) as CustomEvent<RoadmapErrorDetail>;
    expect(el.source.status).to.equal('failed');
    expect(event.detail.message).to.match(/no complete answer within 0.05 s/);
  });

  it('keeps the earlier roadmap when a later input fails', async () => {
    const roadmap = await indiaRoadmap();
    const el = await host(staticHtml`<${tag}></${tag}>`);
    el.roadmap = roadmap;
    await el.updateComplete;
    el.roadmap = '{"version": 1';
    await el.updateComplete;
    expect(el.source.status).to.equal('failed');
    expect(el.source.value?.title).to.equal(roadmap.title);
    expect(el.source.error?.message).to.match(/not valid JSON/);
  });

  it('starts the fetch again when connected again after removal mid-fetch', async () => {
    const el = await host(staticHtml`<${tag} src="/test-api/delay?ms=200"></${tag}>`);
    const parent = el.parentElement!;
    el.remove();
    await sleep(300);
    expect(el.source.value).to.equal(undefined);
    parent.append(el);
    await oneEvent(el, 'roadmap-load');
    expect(el.source.status).to.equal('shown');
  });

  it('waits with loading="lazy" until the element nears the viewport', async () => {
    const spacer = await fixture<HTMLDivElement>(html`<div style="height: 400vh"></div>`);
    const el = new SourceHost();
    el.setAttribute('loading', 'lazy');
    el.setAttribute('src', INDIA_URL);
    scrollTo(0, 0);
    spacer.after(el);
    await sleep(300);
    expect(el.source.status).to.equal('loading');
    expect(el.source.value).to.equal(undefined);
    el.scrollIntoView();
    await oneEvent(el, 'roadmap-load');
    expect(el.source.status).to.equal('shown');
    el.remove();
  });

  it('loads a lazy src when the page prints', async () => {
    const spacer = await fixture<HTMLDivElement>(html`<div style="height: 400vh"></div>`);
    const el = new SourceHost();
    el.setAttribute('loading', 'lazy');
    el.setAttribute('src', INDIA_URL);
    scrollTo(0, 0);
    spacer.after(el);
    await sleep(100);
    expect(el.source.value).to.equal(undefined);
    const loaded = oneEvent(el, 'roadmap-load');
    dispatchEvent(new Event('beforeprint'));
    await loaded;
    expect(el.source.status).to.equal('shown');
    el.remove();
  });
});
