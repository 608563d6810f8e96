/**
 * Sources (CONTRACT §3): each figure says who it comes from, beside it, in the reader's words — the open roles,
 * the header's salaries, and a card whose band cites another source — and the JSON-LD cites them as datasets.
 */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {RoadmapTimeline} from '../src/index.js';
import type {RoadmapInput} from '../src/schema/roadmap.js';
import {indiaRoadmap, part, parts, settled} from './helpers.js';
import {check} from './schema-org.js';

const text = (element: Element | null) => element!.textContent!.replace(/\s+/g, ' ').trim();

async function show(roadmap: RoadmapInput, attributes: {locale?: string; structuredData?: boolean} = {}) {
  const el = await fixture<RoadmapTimeline>(
    html`<roadmap-timeline
      .roadmap=${roadmap}
      locale=${attributes.locale ?? 'en-IN'}
      ?structured-data=${attributes.structuredData}
    ></roadmap-timeline>`,
  );
  await settled(el);
  return el;
}

/** The India roadmap with one more source, cited by Stage 3's band alone. */
async function withStageSource(): Promise<RoadmapInput> {
  const roadmap = structuredClone(await indiaRoadmap()) as RoadmapInput & {
    sources: NonNullable<RoadmapInput['sources']>;
  };
  roadmap.sources.push({id: 'survey', label: 'Engineering pay survey 2026', sampleSize: 1312, method: 'estimated'});
  roadmap.stages[2]!.salary = {...roadmap.stages[2]!.salary!, source: 'survey'};
  return roadmap;
}

describe('sources', () => {
  it('the open roles say where they were counted, with a link, and the date once', async () => {
    const el = await show(await indiaRoadmap());
    const [roles] = parts(el, 'source');
    expect(text(roles!)).to.equal('Source: Open Backend Developer listings in India on this board · counted, May 2026');
    const link = roles!.querySelector('a')!;
    expect(link.getAttribute('part')).to.equal('source-link');
    expect(link.getAttribute('href')).to.equal('/jobs/backend-developer/india');
    // The source carries the date: no "as of May 2026" beside it.
    const fact = roles!.closest('.fact')!;
    expect(text(fact).match(/May 2026/g)).to.have.length(1);
    expect(fact.querySelector('dt')!.textContent).to.equal('Open roles');
    // The sample is the figure itself: not said twice.
    expect(text(fact).match(/7,840/g)).to.have.length(1);
  });

  it("the header's salaries name their source under the salary ladder", async () => {
    const el = await show(await indiaRoadmap());
    const ladder = part(el, 'salary-ladder')!;
    const line = ladder.querySelector('[part="source"]');
    // A run of text (two lines at most), not a row per piece.
    const box = line!.getBoundingClientRect();
    expect(box.height).to.be.below(parseFloat(getComputedStyle(line!).lineHeight) * 2.5);
    expect(text(line)).to.equal('Source: Backend Developer salary tracker, India · self-reported, May 2026');
    expect(line!.querySelector('a')!.getAttribute('href')).to.equal('/salaries/backend-developer/india');
    // Every stage cites the header's source: no card repeats it.
    expect(el.shadowRoot!.querySelectorAll('stage-card')).to.have.length(5);
    for (const card of el.shadowRoot!.querySelectorAll('stage-card')) expect(part(card, 'source')).to.equal(null);
  });

  it('a card whose band cites another source shows it under its band, with its sample', async () => {
    const el = await show(await withStageSource());
    const cards = [...el.shadowRoot!.querySelectorAll('stage-card')];
    const lines = cards.map((card) => part(card, 'source'));
    expect(lines.map((line) => line && text(line))).to.deep.equal([
      null,
      null,
      'Source: Engineering pay survey 2026 · estimated from 1,312 data points',
      null,
      null,
    ]);
    // Below the band, visible, and a plain line (no link: the source has none).
    const band = part(cards[2]!, 'salary')!;
    expect(band.compareDocumentPosition(lines[2]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);
    expect(lines[2]!.checkVisibility()).to.equal(true);
    expect(lines[2]!.querySelector('a')).to.equal(null);
  });

  it("in the reader's language (Hindi)", async () => {
    const el = await show(await withStageSource(), {locale: 'hi-IN'});
    const [roles] = parts(el, 'source');
    expect(text(roles!)).to.equal('स्रोत: Open Backend Developer listings in India on this board · गिनती से, मई 2026');
    const card = el.shadowRoot!.querySelectorAll('stage-card')[2]!;
    expect(text(part(card, 'source'))).to.equal('स्रोत: Engineering pay survey 2026 · 1,312 आँकड़ों से अनुमान');
  });

  it('the JSON-LD cites the sources as datasets about the occupation', async () => {
    const el = await show(await withStageSource(), {structuredData: true});
    const script = el.querySelector('script[type="application/ld+json"]')!;
    const data = JSON.parse(script.textContent!);
    expect(check(data)).to.deep.equal([]);
    expect(data.subjectOf).to.deep.equal([
      {
        '@type': 'Dataset',
        name: 'Open Backend Developer listings in India on this board',
        url: '/jobs/backend-developer/india',
        dateModified: '2026-05',
        measurementTechnique: 'counted',
        description: 'counted: 7,840',
      },
      {
        '@type': 'Dataset',
        name: 'Backend Developer salary tracker, India',
        url: '/salaries/backend-developer/india',
        dateModified: '2026-05',
        measurementTechnique: 'reported',
        description: 'self-reported',
      },
      {
        '@type': 'Dataset',
        name: 'Engineering pay survey 2026',
        measurementTechnique: 'estimated',
        description: 'estimated from 1,312 data points',
      },
    ]);
  });

  it('a roadmap without sources shows no source line', async () => {
    const roadmap = structuredClone(await indiaRoadmap()) as RoadmapInput & Record<string, unknown>;
    delete roadmap.sources;
    delete roadmap.market!.source;
    delete (roadmap.market!.salary as Record<string, unknown>).source;
    for (const stage of roadmap.stages) delete (stage.salary as Record<string, unknown> | undefined)?.source;
    // Refreshed after the count: the open roles say their own date.
    roadmap.updated = '2026-06';
    const el = await show(roadmap);
    expect(parts(el, 'source')).to.deep.equal([]);
    // The open roles keep their own "as of".
    expect(text(parts(el, 'fact')[0]!)).to.include('as of May 2026');
  });
});
