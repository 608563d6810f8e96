import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {RoadmapTimeline, SalaryBand, StageCard} from '../src/index.js';
import {parseRoadmap} from '../src/index.js';
import {indiaRoadmap, settled, warningsDuring} from './helpers.js';

/** Records console.warn calls while `run` runs. */

describe('warnings for publishers', () => {
  it('names an unknown layout once, and lays the roadmap out as auto', async () => {
    const roadmap = await indiaRoadmap();
    let el!: RoadmapTimeline;
    const warnings = await warningsDuring(async () => {
      el = await fixture<RoadmapTimeline>(
        html`<roadmap-timeline layout="diagonal" .roadmap=${roadmap}></roadmap-timeline>`,
      );
      await settled(el);
      el.requestUpdate();
      await settled(el);
    });
    expect(warnings).to.deep.equal([
      '<roadmap-timeline> layout: must be one of "auto", "vertical", "horizontal", not "diagonal"; using the default',
    ]);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.classList.contains('layout-auto')).to.equal(true);
  });

  it('names an unknown theme once, on the timeline only, not on each card', async () => {
    const roadmap = await indiaRoadmap();
    const warnings = await warningsDuring(async () => {
      const el = await fixture<RoadmapTimeline>(
        html`<roadmap-timeline theme="purple" .roadmap=${roadmap}></roadmap-timeline>`,
      );
      await settled(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<roadmap-timeline> theme: must be one of "auto", "light", "dark"');
  });

  it('names a heading level outside 1–6 and keeps the default h2', async () => {
    const roadmap = await indiaRoadmap();
    let el!: RoadmapTimeline;
    const warnings = await warningsDuring(async () => {
      el = await fixture<RoadmapTimeline>(
        html`<roadmap-timeline heading-level="9" .roadmap=${roadmap}></roadmap-timeline>`,
      );
      await settled(el);
    });
    expect(warnings).to.deep.equal([
      '<roadmap-timeline> heading-level: must be a whole number from 1 to 6, not 9; using the default',
    ]);
    expect(el.shadowRoot!.querySelector('h2[part="title"]')).to.not.equal(null);
  });

  it('names a locale that is not a language tag and falls back to the roadmap locale', async () => {
    const roadmap = await indiaRoadmap();
    let el!: RoadmapTimeline;
    const warnings = await warningsDuring(async () => {
      el = await fixture<RoadmapTimeline>(
        html`<roadmap-timeline locale="not a locale!" .roadmap=${roadmap}></roadmap-timeline>`,
      );
      await settled(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<roadmap-timeline> locale: must be a language tag');
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en-IN');
  });

  it('warns once for a bad roadmap, however often the element re-renders', async () => {
    const warnings = await warningsDuring(async () => {
      const el = await fixture<RoadmapTimeline>(html`<roadmap-timeline roadmap="{not json"></roadmap-timeline>`);
      await settled(el);
      for (let i = 0; i < 5; i++) {
        el.requestUpdate();
        await settled(el);
      }
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('not valid JSON');
  });

  it('names a bad standalone card and band attribute', async () => {
    const warnings = await warningsDuring(async () => {
      const card = await fixture<StageCard>(html`<stage-card heading-level="0" stage='{"title": "A"}'></stage-card>`);
      const band = await fixture<SalaryBand>(
        html`<salary-band min="5" max="9" currency="USD" theme="sepia"></salary-band>`,
      );
      await settled(card);
      await settled(band);
    });
    expect(warnings).to.deep.equal([
      '<stage-card> heading-level: must be a whole number from 1 to 6, not 0; using the default',
      '<salary-band> theme: must be one of "auto", "light", "dark", "inherit", not "sepia"; using the default',
    ]);
  });
});

describe('item ids', () => {
  it('rejects an explicit item id used twice in one stage, at the second one', async () => {
    const roadmap = await indiaRoadmap();
    roadmap.stages[1]!.items = [
      {id: 'logs', text: 'Structured logs'},
      {id: 'logs', text: 'Log shipping'},
    ];
    const result = parseRoadmap(roadmap);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.have.length(1);
    expect(result.issues[0]!.path).to.equal('stages[1].items[1].id');
    expect(result.issues[0]!.message).to.equal('"logs" is already the id of items[0]; ids must be unique');
  });
});

describe('a standalone salary band never guesses', () => {
  it('asks for a currency instead of showing the amounts in some other one', async () => {
    let band!: SalaryBand;
    const warnings = await warningsDuring(async () => {
      band = await fixture<SalaryBand>(html`<salary-band min="500000" max="1100000"></salary-band>`);
      await settled(band);
    });
    const error = band.shadowRoot!.querySelector('[part="error"]');
    expect(error?.textContent).to.equal('currency: is required, an ISO 4217 code such as "INR" or "USD"');
    expect(band.shadowRoot!.textContent).not.to.contain('$');
    expect(warnings).to.have.length(1);
  });

  it('keeps the last good range on screen under a new error', async () => {
    const band = await fixture<SalaryBand>(
      html`<salary-band min="500000" max="1100000" currency="INR" locale="en-IN"></salary-band>`,
    );
    await settled(band);
    await warningsDuring(async () => {
      band.max = 100;
      await settled(band);
    });
    expect(band.shadowRoot!.querySelector('[part="error"]')?.textContent).to.equal('max: must be ≥ min (500000)');
    expect(band.shadowRoot!.querySelector('[part="value"]')?.textContent).to.equal('₹5L – ₹11L');
  });
});
