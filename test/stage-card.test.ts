import {expect, fixture, html} from '@open-wc/testing';
import '../src/define.js';
import type {StageCard, StageInput} from '../src/index.js';
import {deepQueryAll, part, parts, settled, shadowText} from './helpers.js';

/** The India roadmap's first stage, written as a publisher would: string items and one {text, href} item. */
const foundations = (): StageInput => ({
  id: 'foundations',
  title: 'Foundations',
  period: {unit: 'month', from: 0, to: 2},
  summary: 'One language (Go / Python / Java / Node) and one framework.',
  items: [
    'Pick one language + framework (Go + Gin, Node + Hono, Python + FastAPI, Java + Spring)',
    {id: 'sql', text: 'SQL fluency: joins, transactions, indexes, query plans', href: 'https://example.org/sql'},
  ],
  salary: {min: 500000, max: 1100000},
});

const seniorTrajectory = (): StageInput => ({
  title: 'Senior trajectory',
  period: {unit: 'year', from: 4},
  items: ['Mentor + unblock 2–3 juniors; measurable impact on their delivery'],
  salary: {min: 2100000, max: 3000000},
});

/** A rendered card (its salary band too). */
async function card(template: ReturnType<typeof html>): Promise<StageCard> {
  const el = await fixture<StageCard>(template);
  await settled(el);
  return el;
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
const salaryText = (el: StageCard) => shadowText(part(el, 'salary')!);

describe('<stage-card>', () => {
  it('shows a stage given as the stage property', async () => {
    const el = await card(html`<stage-card .stage=${foundations()}></stage-card>`);
    expect(text(part(el, 'title'))).to.equal('Foundations');
    expect(parts(el, 'item').map(text)).to.deep.equal([
      'Pick one language + framework (Go + Gin, Node + Hono, Python + FastAPI, Java + Spring)',
      'SQL fluency: joins, transactions, indexes, query plans',
    ]);
  });

  it('shows a stage given as stage attribute JSON text', async () => {
    const el = await card(html`<stage-card stage=${JSON.stringify(seniorTrajectory())}></stage-card>`);
    expect(text(part(el, 'title'))).to.equal('Senior trajectory');
    expect(parts(el, 'item').map(text)).to.deep.equal([
      'Mentor + unblock 2–3 juniors; measurable impact on their delivery',
    ]);
  });

  it('shows index="3" as "Stage 3"', async () => {
    const el = await card(html`<stage-card index="3" .stage=${foundations()}></stage-card>`);
    expect(text(part(el, 'index'))).to.equal('Stage 3');
  });

  it('shows a month span as "Months 0–2"', async () => {
    const el = await card(html`<stage-card .stage=${foundations()}></stage-card>`);
    expect(text(part(el, 'period'))).to.equal('Months 0–2');
  });

  it('shows an open-ended period as "Year 4+"', async () => {
    const el = await card(html`<stage-card .stage=${seniorTrajectory()}></stage-card>`);
    expect(text(part(el, 'period'))).to.equal('Year 4+');
  });

  it('shows the summary', async () => {
    const el = await card(html`<stage-card .stage=${foundations()}></stage-card>`);
    expect(text(part(el, 'summary'))).to.equal('One language (Go / Python / Java / Node) and one framework.');
  });

  it('renders an item with href as a link to it', async () => {
    const el = await card(html`<stage-card .stage=${foundations()}></stage-card>`);
    const links = parts(el, 'link');
    expect(links).to.have.length(1);
    expect(links[0]!.tagName).to.equal('A');
    expect(links[0]!.getAttribute('href')).to.equal('https://example.org/sql');
    expect(text(links[0]!)).to.equal('SQL fluency: joins, transactions, indexes, query plans');
  });

  it('renders an item without href as plain text', async () => {
    const el = await card(html`<stage-card .stage=${foundations()}></stage-card>`);
    expect(parts(el, 'item')[0]!.querySelector('a')).to.equal(null);
  });

  it('formats its salary with locale="en-IN" currency="INR" as ₹5L – ₹11L', async () => {
    const el = await card(html`<stage-card locale="en-IN" currency="INR" .stage=${foundations()}></stage-card>`);
    expect(salaryText(el)).to.contain('₹5L – ₹11L');
  });

  it('formats its salary with locale="en-US" currency="USD" as $62K – $78K', async () => {
    const stage = {...foundations(), salary: {min: 62000, max: 78000}};
    const el = await card(html`<stage-card locale="en-US" currency="USD" .stage=${stage}></stage-card>`);
    expect(salaryText(el)).to.contain('$62K – $78K');
  });

  it('gives the stage title an h3 by default', async () => {
    const el = await card(html`<stage-card .stage=${foundations()}></stage-card>`);
    expect(part(el, 'title')!.tagName).to.equal('H3');
  });

  it('gives the stage title the level in heading-level', async () => {
    const el = await card(html`<stage-card heading-level="5" .stage=${foundations()}></stage-card>`);
    expect(part(el, 'title')!.tagName).to.equal('H5');
  });

  it('shows part="error" for invalid stage JSON', async () => {
    const el = await card(html`<stage-card stage='{"title": '></stage-card>`);
    const error = part(el, 'error');
    expect(error, 'part="error"').to.be.an.instanceOf(HTMLElement);
    expect(text(error)).to.match(/not valid JSON/);
  });

  it('keeps the previous good stage on screen when given invalid stage JSON', async () => {
    const el = await card(html`<stage-card .stage=${foundations()}></stage-card>`);
    el.setAttribute('stage', '{"title": ');
    await settled(el);
    expect(part(el, 'error'), 'part="error"').to.be.an.instanceOf(HTMLElement);
    expect(text(part(el, 'title'))).to.equal('Foundations');
    expect(parts(el, 'item')).to.have.length(2);
  });

  it('names the path of a schema violation', async () => {
    const stage = {...foundations(), salary: {min: 1100000, max: 1000}};
    const el = await card(html`<stage-card .stage=${stage}></stage-card>`);
    expect(text(part(el, 'error'))).to.contain('salary.max');
  });

  it('rejects a javascript: item link and renders no such link', async () => {
    const stage = {...foundations(), items: [{text: 'Click me', href: 'javascript:alert(1)'}]};
    const el = await card(html`<stage-card .stage=${stage}></stage-card>`);
    expect(text(part(el, 'error'))).to.contain('items[0].href');
    const scriptLinks = deepQueryAll(el.shadowRoot!, 'a').filter(
      (a) => (a as HTMLAnchorElement).protocol === 'javascript:',
    );
    expect(scriptLinks).to.deep.equal([]);
  });

  it('is accessible', async () => {
    const el = await card(
      html`<stage-card index="1" locale="en-IN" currency="INR" .stage=${foundations()}></stage-card>`,
    );
    await expect(el).to.be.accessible();
  });
});
