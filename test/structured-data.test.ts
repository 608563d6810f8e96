/** The `structured-data` attribute: one schema.org JSON-LD script in the light DOM, kept in step with the roadmap. */
import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {RoadmapTimeline} from '../src/index.js';
import {frontendRoadmap, indiaRoadmap, settled} from './helpers.js';
import {check} from './schema-org.js';

const ldScripts = (element: Element) => [...element.querySelectorAll('script[type="application/ld+json"]')];
const jsonLd = (element: Element) => {
  const scripts = ldScripts(element);
  expect(scripts.length, 'JSON-LD scripts').to.equal(1);
  expect(scripts[0]!.parentElement).to.equal(element);
  return JSON.parse(scripts[0]!.textContent!) as Record<string, unknown> & {
    estimatedSalary: Record<string, unknown>[];
  };
};

describe('structured-data', () => {
  it('adds one schema.org Occupation to the light DOM, never the shadow root', async () => {
    const el = await fixture<RoadmapTimeline>(
      html`<roadmap-timeline structured-data .roadmap=${await indiaRoadmap()}></roadmap-timeline>`,
    );
    await settled(el);
    const data = jsonLd(el);
    expect(check(data)).to.deep.equal([]);
    expect(data['@type']).to.equal('Occupation');
    expect(data.name).to.equal('Backend Developer');
    expect(data.occupationLocation).to.deep.equal([{'@type': 'Country', name: 'India'}]);
    expect(data.estimatedSalary[0]).to.deep.equal({
      '@type': 'MonetaryAmountDistribution',
      name: 'Salary band',
      currency: 'INR',
      duration: 'P1Y',
      percentile10: 500000,
      percentile90: 3000000,
    });
    expect(data.estimatedSalary.map((band) => band.name)).to.include('Foundations');
    expect(JSON.stringify(data)).not.to.include('JobPosting');
    expect(el.shadowRoot!.querySelector('script')).to.equal(null);
  });

  it('follows the roadmap, the locale and the attribute', async () => {
    const el = await fixture<RoadmapTimeline>(
      html`<roadmap-timeline structured-data .roadmap=${await indiaRoadmap()}></roadmap-timeline>`,
    );
    await settled(el);
    const script = ldScripts(el)[0];
    const us = await frontendRoadmap();
    el.roadmap = us;
    await settled(el);
    const data = jsonLd(el);
    expect(ldScripts(el)[0]).to.equal(script);
    expect(data.name).to.equal(us.role);
    expect(data.occupationLocation).to.deep.equal([{'@type': 'Country', name: 'United States'}]);
    expect(data.estimatedSalary.every((band) => band.currency === 'USD')).to.equal(true);
    expect(check(data)).to.deep.equal([]);

    el.locale = 'hi';
    await settled(el);
    expect(jsonLd(el).estimatedSalary[0]!.name).to.equal('वेतन बैंड');

    // A bad roadmap keeps the last good one on screen, and its description.
    el.roadmap = '{"version": 1}';
    await settled(el);
    expect(jsonLd(el).name).to.equal(us.role);

    el.removeAttribute('structured-data');
    await settled(el);
    expect(ldScripts(el)).to.deep.equal([]);
  });

  it('adds nothing without the attribute, and leaves other JSON-LD alone', async () => {
    const el = await fixture<RoadmapTimeline>(
      html`<roadmap-timeline .roadmap=${await indiaRoadmap()}
        ><script type="application/ld+json">
          {"@context": "https://schema.org", "@type": "WebPage"}
        </script></roadmap-timeline
      >`,
    );
    await settled(el);
    expect(ldScripts(el).length).to.equal(1);
    el.structuredData = true;
    await settled(el);
    expect(ldScripts(el).length).to.equal(2);
    el.structuredData = false;
    await settled(el);
    expect(ldScripts(el).length).to.equal(1);
    expect(ldScripts(el)[0]!.textContent).to.include('WebPage');
  });

  it('names a region that is not the country an AdministrativeArea, and leaves out salaries without money', async () => {
    const roadmap = await frontendRoadmap();
    roadmap.region = 'California';
    delete roadmap.market;
    delete roadmap.currency;
    for (const stage of roadmap.stages) delete stage.salary;
    const el = await fixture<RoadmapTimeline>(
      html`<roadmap-timeline structured-data .roadmap=${roadmap}></roadmap-timeline>`,
    );
    await settled(el);
    const data = jsonLd(el);
    expect(data.occupationLocation).to.deep.equal([{'@type': 'AdministrativeArea', name: 'California'}]);
    expect(data).not.to.have.property('estimatedSalary');
    expect(check(data)).to.deep.equal([]);
  });
});
