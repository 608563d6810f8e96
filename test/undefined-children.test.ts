import {expect, fixture, html} from '@open-wc/testing';
import {RoadmapTimeline, defineElement} from '../src/index.js';
import {indiaRoadmap, settled, warningsDuring} from './helpers.js';

// Only the timeline is registered on this page, as `defineElement('roadmap-timeline', RoadmapTimeline)` does.
defineElement('roadmap-timeline', RoadmapTimeline);

describe('a timeline registered without its children', () => {
  it('warns once per tag that <stage-card> and <salary-band> are not defined, and how to define them', async () => {
    const roadmap = await indiaRoadmap();
    const warnings = await warningsDuring(async () => {
      for (let index = 0; index < 2; index++) {
        const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline .roadmap=${roadmap}></roadmap-timeline>`);
        await settled(el);
      }
    });
    expect(warnings).to.deep.equal([
      '<roadmap-timeline>: <stage-card> is not defined, so it shows blank; call defineRoadmapElements()',
      '<roadmap-timeline>: <salary-band> is not defined, so it shows blank; call defineRoadmapElements()',
    ]);
  });
});
