import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define.js';
import type {RoadmapTimeline} from '../src/index.js';

describe('smoke', () => {
  it('renders the India roadmap from src', async () => {
    const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline></roadmap-timeline>`);
    const loaded = oneEvent(el, 'roadmap-load');
    el.src = '/data/backend-developer-india-2026.json';
    const event = await loaded;
    expect(event.detail.roadmap.stages).to.have.length(5);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('stage-card')).to.have.length(5);
  });
});
