/**
 * `roadmap-link` (issue 16, point 4): every link a reader follows in a roadmap is announced with what a job board's
 * analytics need, and the navigation goes ahead untouched.
 */
import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../src/define.js';
import type {RoadmapInput, RoadmapLinkDetail, RoadmapTimeline, StageCard} from '../src/index.js';
import {indiaRoadmap, part, parts, record, settled, showTimeline} from './helpers.js';

type LinkEvent = CustomEvent<RoadmapLinkDetail>;

/**
 * Follows `link` the way `how` says, on a page that never leaves: every link's navigation is stopped at the document,
 * after the roadmap had its say, and whether something before that prevented it is recorded.
 */
async function follow(
  host: Element,
  link: HTMLElement,
  how: 'click' | 'middle' | 'enter' = 'click',
): Promise<{events: LinkEvent[]; prevented: boolean[]}> {
  const announced = record<LinkEvent>(host, 'roadmap-link');
  const prevented: boolean[] = [];
  const stop = (event: Event) => {
    prevented.push(event.defaultPrevented);
    event.preventDefault();
  };
  document.addEventListener('click', stop);
  document.addEventListener('auxclick', stop);
  try {
    if (how === 'click') link.click();
    else if (how === 'middle')
      link.dispatchEvent(new MouseEvent('auxclick', {bubbles: true, composed: true, button: 1, cancelable: true}));
    else {
      link.focus();
      await sendKeys({press: 'Enter'});
    }
  } finally {
    document.removeEventListener('click', stop);
    document.removeEventListener('auxclick', stop);
    announced.stop();
  }
  return {events: announced.events, prevented};
}

const absolute = (href: string) => new URL(href, document.baseURI).href;

/** What following the roles link says, wherever the header shows it (its call to action, the open-roles figure). */
const ROLES_LINK = {
  href: absolute('/jobs/backend-developer/india'),
  rel: 'roles',
  label: 'Browse open roles',
  stageId: null,
  itemId: null,
};

describe('roadmap-link', () => {
  let el: RoadmapTimeline;
  let roadmap: RoadmapInput;

  beforeEach(async () => {
    roadmap = await indiaRoadmap();
    // One item link in Stage 3, as a publisher writes them.
    roadmap.stages[2]!.items![1] = {
      id: 'redis',
      text: 'A Redis cache you can defend',
      href: 'https://example.org/redis',
    };
    el = await showTimeline(roadmap);
  });

  it('the header’s call to action: its absolute URL, rel and label; no stage or item', async () => {
    const {events, prevented} = await follow(el, part(el, 'header-link')!);
    expect(events.map((event) => event.detail)).to.deep.equal([ROLES_LINK]);
    expect(prevented, 'the navigation goes ahead').to.deep.equal([false]);
  });

  it('the open-roles figure: the roles link’s label, not the number', async () => {
    const {events} = await follow(el, part(el, 'roles-link')!);
    expect(events.map((event) => event.detail)).to.deep.equal([ROLES_LINK]);
  });

  it('each call to action at the end, with its own rel', async () => {
    const [roles, salary] = parts(el, 'link');
    expect((await follow(el, roles!)).events[0]!.detail.rel).to.equal('roles');
    const {events} = await follow(el, salary!);
    expect(events.map((event) => event.detail)).to.deep.equal([
      {
        href: absolute('/salaries/backend-developer/india'),
        rel: 'salary',
        label: 'Backend Developer salary tracker',
        stageId: null,
        itemId: null,
      },
    ]);
  });

  it('a stage item’s link: its stage and item, rel null; announced once, from the card through the timeline', async () => {
    const card = el.shadowRoot!.querySelectorAll('stage-card')[2]!;
    const fromDocument = record<LinkEvent>(document, 'roadmap-link');
    const {events, prevented} = await follow(el, part(card, 'link')!);
    fromDocument.stop();
    expect(events.map((event) => event.detail)).to.deep.equal([
      {
        href: 'https://example.org/redis',
        rel: null,
        label: 'A Redis cache you can defend',
        stageId: 'real-projects',
        itemId: 'redis',
      },
    ]);
    expect(prevented).to.deep.equal([false]);
    expect(fromDocument.events, 'bubbles and is composed: the page hears it once').to.have.length(1);
    expect(fromDocument.events[0]!.target, 'from the timeline, as the page sees it').to.equal(el);
    expect(fromDocument.events[0]!.cancelable, 'not cancelable').to.equal(false);
  });

  it('a middle click (a new tab) is announced too; a right click is not', async () => {
    const link = part(el, 'header-link')!;
    const {events, prevented} = await follow(el, link, 'middle');
    expect(events.map((event) => event.detail.label)).to.deep.equal(['Browse open roles']);
    expect(prevented).to.deep.equal([false]);
    const right = record<LinkEvent>(el, 'roadmap-link');
    link.dispatchEvent(new MouseEvent('auxclick', {bubbles: true, composed: true, button: 2}));
    right.stop();
    expect(right.events).to.have.length(0);
  });

  it('Enter on a focused link (a keyboard reader) is announced', async () => {
    const {events, prevented} = await follow(el, part(el, 'header-link')!, 'enter');
    expect(events.map((event) => event.detail.href)).to.deep.equal([absolute('/jobs/backend-developer/india')]);
    expect(prevented).to.deep.equal([false]);
  });

  it('a click elsewhere in the roadmap is not a link', async () => {
    const announced = record<LinkEvent>(el, 'roadmap-link');
    part(el, 'title')!.click();
    announced.stop();
    expect(announced.events).to.have.length(0);
  });

  it('covers links added later by other code, through the data attributes', async () => {
    const card = el.shadowRoot!.querySelectorAll('stage-card')[0]!;
    const item = document.createElement('li');
    item.dataset.itemId = 'extra';
    item.innerHTML = '<a href="/extra" data-rel="resource">An added resource</a>';
    part(card, 'items')!.append(item);
    const {events} = await follow(el, item.querySelector('a')!);
    expect(events.map((event) => event.detail)).to.deep.equal([
      {href: absolute('/extra'), rel: 'resource', label: 'An added resource', stageId: 'foundations', itemId: 'extra'},
    ]);
  });
});

describe('roadmap-link from a standalone <stage-card>', () => {
  it('announces its item links with its stage’s id', async () => {
    const card = await fixture<StageCard>(
      html`<stage-card
        index="1"
        stage='{"id": "basics", "title": "Basics", "items": [{"id": "css", "text": "CSS layout", "href": "https://example.org/css"}]}'
      ></stage-card>`,
    );
    await settled(card);
    const {events, prevented} = await follow(card, part(card, 'link')!);
    expect(events.map((event) => event.detail)).to.deep.equal([
      {href: 'https://example.org/css', rel: null, label: 'CSS layout', stageId: 'basics', itemId: 'css'},
    ]);
    expect(prevented).to.deep.equal([false]);
  });
});
