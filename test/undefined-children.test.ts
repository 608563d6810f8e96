import {expect, fixture, html} from '@open-wc/testing';
import {RoadmapTimeline, defineElement} from '../src/index.js';
import {indiaRoadmap, settled, warningsDuring} from './helpers.js';

// Only the timeline is registered on this page, as `defineElement('roadmap-timeline', RoadmapTimeline)` does.
defineElement('roadmap-timeline', RoadmapTimeline);

describe('a timeline registered without its children', () => {
  it('warns once that <stage-card> is not defined, and how to define it', async () => {
    const roadmap = await indiaRoadmap();
    const warnings = await warningsDuring(async () => {
      for (let index = 0; index < 2; index++) {
        const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline .roadmap=${roadmap}></roadmap-timeline>`);
        await settled(el);
      }
    });
    expect(warnings.filter((warning) => warning.includes('<stage-card>'))).to.deep.equal([
      `<roadmap-timeline>: <stage-card> is not defined, so ${roadmap.stages.length} stay blank; define every tag with defineRoadmapElements() or import 'roadmap-elements/define.js'`,
    ]);
    expect(warnings.filter((warning) => warning.includes('<salary-band>'))).to.have.length(1);
  });
});
