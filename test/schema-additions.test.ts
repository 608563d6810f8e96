/**
 * The format additions of CONTRACT.md §3 that the schema holds: sources and the `source` references to them, and a
 * stage's curriculum (weeks, hours, items with resources), their ids and the located errors.
 */
import {expect} from '@open-wc/testing';
import {formatIssue, parseRoadmap} from '../src/schema/index.js';
import type {ParseResult, Roadmap} from '../src/schema/index.js';
import {trackedItems} from '../src/schema/ids.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function base(): any {
  return {
    version: 1,
    id: 'additions',
    title: 'Additions',
    currency: 'INR',
    market: {openRoles: 10, salary: {min: 100, max: 400, source: 'tracker'}, source: 'listings'},
    sources: [
      {id: 'listings', label: 'Listings', href: '/jobs', asOf: '2026-05', sampleSize: 10, method: 'counted'},
      {id: 'tracker', label: 'Salary tracker', href: '/salaries', method: 'reported'},
    ],
    stages: [
      {
        id: 'one',
        title: 'One',
        items: ['SQL fluency', {id: 'http', text: 'HTTP'}],
        salary: {min: 100, max: 200, source: 'tracker'},
        curriculum: [
          {
            title: 'HTTP, REST and JSON',
            weeks: {from: 1, to: 2},
            hours: 12,
            items: [
              {
                text: 'Read about HTTP',
                resources: [
                  {title: 'MDN', href: 'https://developer.mozilla.org/', kind: 'docs', minutes: 30, free: true},
                ],
              },
              'SQL fluency',
            ],
          },
          {id: 'sql', title: 'SQL', weeks: {from: 3}, items: ['Joins']},
        ],
      },
      {id: 'two', title: 'Two', salary: {min: 300, max: 400}},
    ],
  };
}

function ok(result: ParseResult): Roadmap {
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('; '));
  return result.value;
}

const issues = (input: unknown) => {
  const result = parseRoadmap(input);
  return result.ok ? [] : result.issues.map(formatIssue);
};

describe('sources', () => {
  it('are read with their fields, and references to them are kept', () => {
    const roadmap = ok(parseRoadmap(base()));
    expect(roadmap.sources?.[0]).to.deep.equal(base().sources[0]);
    expect(roadmap.market?.source).to.equal('listings');
    expect(roadmap.stages[0]!.salary?.source).to.equal('tracker');
  });

  it('a salary source naming no source is an error at its path, listing the sources there are', () => {
    const roadmap = base();
    roadmap.stages[1].salary.source = 'trackr';
    expect(issues(roadmap)).to.deep.equal([
      'stages[1].salary.source: names no source ("trackr"); the roadmap\'s sources are listings, tracker',
    ]);
  });

  it('market.source and market.salary.source are checked too', () => {
    const roadmap = base();
    roadmap.market.source = 'board';
    roadmap.market.salary.source = 'survey';
    expect(issues(roadmap)).to.deep.equal([
      'market.source: names no source ("board"); the roadmap\'s sources are listings, tracker',
      'market.salary.source: names no source ("survey"); the roadmap\'s sources are listings, tracker',
    ]);
  });

  it('a reference in a roadmap without sources says it has none', () => {
    const roadmap = base();
    delete roadmap.sources;
    delete roadmap.market;
    expect(issues(roadmap)).to.deep.equal([
      'stages[0].salary.source: names no source ("tracker"); the roadmap has no "sources"',
    ]);
  });

  it('a duplicate source id is an error at the second', () => {
    const roadmap = base();
    roadmap.sources.push({id: 'listings', label: 'Again'});
    expect(issues(roadmap)).to.deep.equal([
      'sources[2].id: "listings" is already the id of sources[0]; ids must be unique',
    ]);
  });

  it('an unknown method lists the methods', () => {
    const roadmap = base();
    roadmap.sources[1].method = 'guessed';
    expect(issues(roadmap)).to.deep.equal(['sources[1].method: must be one of "counted", "reported", "estimated"']);
  });
});

describe('curriculum', () => {
  it('entries and their items get ids, unique in the stage together with its items', () => {
    const stage = ok(parseRoadmap(base())).stages[0]!;
    expect(stage.curriculum!.map((entry) => entry.id)).to.deep.equal(['http-rest-and-json', 'sql']);
    // "SQL fluency" is a stage item already: the curriculum's item of the same text gets the next free id.
    expect(stage.curriculum![0]!.items.map((item) => item.id)).to.deep.equal(['read-about-http', 'sql-fluency-2']);
    expect(stage.curriculum![0]!.items[0]!.resources).to.deep.equal(base().stages[0].curriculum[0].items[0].resources);
    expect(stage.curriculum![0]!.items[1]!.resources).to.deep.equal([]);
    expect(trackedItems(stage).map((item) => item.id)).to.deep.equal([
      'sql-fluency',
      'http',
      'read-about-http',
      'sql-fluency-2',
      'joins',
    ]);
  });

  it('a stage without a curriculum has none in the output', () => {
    expect(ok(parseRoadmap(base())).stages[1]).not.to.have.property('curriculum');
  });

  it('weeks.to before weeks.from is an error at weeks.to', () => {
    const roadmap = base();
    roadmap.stages[0].curriculum[1].weeks = {from: 3, to: 2};
    expect(issues(roadmap)).to.deep.equal(['stages[0].curriculum[1].weeks.to: must be ≥ from (3)']);
  });

  it('weeks count from 1, in whole weeks', () => {
    const roadmap = base();
    roadmap.stages[0].curriculum[0].weeks = {from: 0, to: 1.5};
    expect(issues(roadmap)).to.deep.equal([
      'stages[0].curriculum[0].weeks.from: must be ≥ 1',
      'stages[0].curriculum[0].weeks.to: must be a whole number',
    ]);
  });

  it('an explicit curriculum id that a stage item has is an error at its path', () => {
    const roadmap = base();
    roadmap.stages[0].curriculum[1].items = [{id: 'http', text: 'Again'}];
    expect(issues(roadmap)).to.deep.equal([
      'stages[0].curriculum[1].items[0].id: "http" is already the id of items[1]; ids must be unique',
    ]);
  });

  it('a resource: unknown kind, unsafe href, minutes and free checked at their paths', () => {
    const roadmap = base();
    roadmap.stages[0].curriculum[0].items[0].resources = [
      {title: 'A', href: 'javascript:alert(1)', kind: 'podcast', minutes: 0, free: 'yes'},
    ];
    const at = 'stages[0].curriculum[0].items[0].resources[0]';
    expect(issues(roadmap)).to.deep.equal([
      `${at}.href: must be an http:, https: or relative URL (other schemes are not allowed)`,
      `${at}.kind: must be one of "article", "video", "course", "book", "docs", "practice"`,
      `${at}.minutes: must be ≥ 1`,
      `${at}.free: must be true or false, not text`,
    ]);
  });

  it('more than 200 entries is an error at the curriculum', () => {
    const roadmap = base();
    roadmap.stages[0].curriculum = Array.from({length: 201}, (_, index) => ({title: `E${index}`, weeks: {from: 1}}));
    expect(issues(roadmap)).to.deep.equal([
      'stages[0].curriculum: has too many entries: at most 200 (this one has 201)',
    ]);
  });

  it('the India roadmap: a sample plan for Stage 1 only, every figure naming a source', async () => {
    const roadmap = ok(parseRoadmap(await (await fetch('/data/backend-developer-india-2026.json')).text()));
    const [first, ...rest] = roadmap.stages;
    expect(first!.curriculum!.length).to.be.greaterThan(0);
    expect(first!.curriculum!.every((entry) => entry.sample === true)).to.equal(true);
    expect(rest.every((stage) => stage.curriculum === undefined)).to.equal(true);
    expect(roadmap.stages.every((stage) => stage.salary?.source === 'tracker')).to.equal(true);
    expect(roadmap.market?.source).to.equal('listings');
    expect(roadmap.sources?.find((source) => source.id === 'listings')?.sampleSize).to.equal(roadmap.market?.openRoles);
  });
});
