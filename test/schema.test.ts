import {expect} from '@open-wc/testing';
import {LIMITS, formatIssue, isSafeHref, parseRoadmap, slugify} from '../src/schema/index.js';
import type {ParseResult, Roadmap, RoadmapIssue} from '../src/schema/index.js';
import {parseStage} from '../src/schema/validate.js';

/** A small valid roadmap, fresh each call, for tests to break one field at a time. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function base(): any {
  return {
    version: 1,
    id: 'test-roadmap',
    title: 'Test roadmap',
    locale: 'en-IN',
    currency: 'INR',
    stages: [
      {id: 'one', title: 'One', items: ['First thing'], salary: {min: 100, max: 200}},
      {id: 'two', title: 'Two', items: ['Second thing']},
      {id: 'three', title: 'Three', salary: {min: 300, max: 400}},
    ],
    links: [{label: 'Jobs', href: 'https://example.org/jobs'}],
  };
}

function roadmapOf(result: ParseResult): Roadmap {
  if (!result.ok) throw new Error(`expected ok, got issues: ${result.issues.map(formatIssue).join('; ')}`);
  return result.roadmap;
}

function issuesOf(result: ParseResult): RoadmapIssue[] {
  if (result.ok) throw new Error('expected issues, but the roadmap parsed ok');
  return result.issues;
}

/** The one issue at `path`; fails if there is none. */
function issueAt(result: ParseResult, path: string): RoadmapIssue {
  const issues = issuesOf(result);
  const found = issues.find((issue) => issue.path === path);
  if (!found) throw new Error(`no issue at ${path}; issues: ${issues.map(formatIssue).join('; ')}`);
  return found;
}

describe('parseRoadmap: the shipped India roadmap', () => {
  let roadmap: Roadmap;
  before(async () => {
    const response = await fetch('/data/backend-developer-india-2026.json');
    roadmap = roadmapOf(parseRoadmap(await response.text()));
  });

  it('has five stages, each with its id', () => {
    expect(roadmap.stages.map((stage) => stage.id)).to.deep.equal([
      'foundations',
      'first-job-ready-skills',
      'real-projects',
      'specialisation',
      'senior-trajectory',
    ]);
  });

  it('normalises string items to {id, text} with ids derived from the text', () => {
    expect(roadmap.stages[0]!.items[2]).to.deep.equal({
      id: 'sql-fluency-joins-transactions-indexes-query-plans',
      text: 'SQL fluency: joins, transactions, indexes, query plans',
    });
    for (const stage of roadmap.stages) {
      for (const item of stage.items) {
        expect(Object.keys(item).sort()).to.deep.equal(['id', 'text']);
        expect(item.id).to.match(/^[a-z0-9-]{1,80}$/);
      }
    }
  });

  it('reads the market: 7840 open roles, ₹500000–₹3000000, each naming its source', () => {
    expect(roadmap.market?.source).to.equal('listings');
    expect(roadmap.market?.openRoles).to.equal(7840);
    expect(roadmap.market?.salary).to.deep.equal({min: 500000, max: 3000000, source: 'tracker'});
    expect(roadmap.currency).to.equal('INR');
    expect(roadmap.locale).to.equal('en-IN');
  });

  it('keeps open-ended periods open-ended', () => {
    expect(roadmap.stages[4]!.period).to.deep.equal({unit: 'year', from: 4});
  });
});

describe('parseRoadmap: inputs', () => {
  it('accepts an object', () => {
    expect(roadmapOf(parseRoadmap(base())).title).to.equal('Test roadmap');
  });

  it('accepts JSON text', () => {
    expect(roadmapOf(parseRoadmap(JSON.stringify(base()))).title).to.equal('Test roadmap');
  });

  it('reports invalid JSON text as one issue that says so', () => {
    const issues = issuesOf(parseRoadmap('{"version": 1,'));
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.equal('');
    expect(issues[0]!.message).to.contain('not valid JSON');
  });

  it('reports an empty string as not valid JSON', () => {
    const issues = issuesOf(parseRoadmap(''));
    expect(issues).to.have.length(1);
    expect(issues[0]!.message).to.contain('not valid JSON');
  });

  for (const [name, root] of [
    ['a list', '[]'],
    ['null', 'null'],
    ['a number', '42'],
  ] as const) {
    it(`reports a root that is ${name} as one issue about the whole roadmap`, () => {
      const issues = issuesOf(parseRoadmap(root));
      expect(issues).to.have.length(1);
      expect(issues[0]!.path).to.equal('');
      expect(issues[0]!.message).to.contain('must be an object');
      expect(issues[0]!.message).to.contain(name);
    });
  }
});

describe('parseRoadmap: located issues', () => {
  it('salary max below min: at stages[2].salary.max, saying ≥ min', () => {
    const input = base();
    input.stages[2].salary = {min: 1100000, max: 900000};
    const issue = issueAt(parseRoadmap(input), 'stages[2].salary.max');
    expect(issue.message).to.equal('must be ≥ min (1100000)');
  });

  it('a title that is a number: must be text, not a number', () => {
    const input = base();
    input.stages[0].title = 5;
    const issues = issuesOf(parseRoadmap(input));
    expect(issues).to.deep.equal([{path: 'stages[0].title', message: 'must be text, not a number'}]);
  });

  it('stages that is an object: must be a list', () => {
    const input = base();
    input.stages = {one: {title: 'One'}};
    expect(issueAt(parseRoadmap(input), 'stages').message).to.equal('must be a list, not an object');
  });

  for (const field of ['id', 'title', 'stages']) {
    it(`a missing ${field} is required`, () => {
      const input = base();
      delete input[field];
      expect(issueAt(parseRoadmap(input), field).message).to.equal('is required');
    });
  }

  it('a missing version is required', () => {
    const input = base();
    delete input.version;
    expect(issueAt(parseRoadmap(input), 'version').message).to.equal('is required');
  });

  it('a stage without a title: stages[1].title is required', () => {
    const input = base();
    delete input.stages[1].title;
    expect(issueAt(parseRoadmap(input), 'stages[1].title').message).to.equal('is required');
  });

  it('a blank title must not be empty', () => {
    const input = base();
    input.stages[0].title = '   ';
    expect(issueAt(parseRoadmap(input), 'stages[0].title').message).to.equal('must not be empty');
  });

  it('version 2 is an unsupported version', () => {
    const input = base();
    input.version = 2;
    const issue = issueAt(parseRoadmap(input), 'version');
    expect(issue.message).to.contain('unsupported version 2');
    expect(issue.message).to.contain('version 1');
  });

  it('version "1" as text is an unsupported version', () => {
    const input = base();
    input.version = '1';
    expect(issueAt(parseRoadmap(input), 'version').message).to.contain('unsupported version');
  });

  for (const bad of ['Backend Developer', 'backend_developer', 'Backend', '', 'x'.repeat(81)]) {
    it(`roadmap id ${JSON.stringify(bad.length > 20 ? bad.slice(0, 8) + '…' : bad)} is not a slug`, () => {
      const input = base();
      input.id = bad;
      const issue = issueAt(parseRoadmap(input), 'id');
      expect(issue.message).to.contain('lowercase letters, digits or hyphens');
    });
  }

  it('accepts an 80-character slug id', () => {
    const input = base();
    input.id = 'a'.repeat(80);
    expect(roadmapOf(parseRoadmap(input)).id).to.equal('a'.repeat(80));
  });

  it('a bad stage id is located at stages[1].id', () => {
    const input = base();
    input.stages[1].id = 'Stage Two';
    expect(issueAt(parseRoadmap(input), 'stages[1].id').message).to.contain('lowercase letters, digits or hyphens');
  });

  it('period.to before period.from: at stages[0].period.to', () => {
    const input = base();
    input.stages[0].period = {unit: 'month', from: 5, to: 2};
    expect(issueAt(parseRoadmap(input), 'stages[0].period.to').message).to.equal('must be ≥ from (5)');
  });

  it('an unknown period unit lists the allowed units', () => {
    const input = base();
    input.stages[0].period = {unit: 'week', from: 1, to: 2};
    expect(issueAt(parseRoadmap(input), 'stages[0].period.unit').message).to.equal('must be one of "month", "year"');
  });

  it('a negative salary is located at its field', () => {
    const input = base();
    input.stages[0].salary = {min: -1, max: 200};
    expect(issueAt(parseRoadmap(input), 'stages[0].salary.min').message).to.equal('must be ≥ 0');
  });

  for (const bad of [Infinity, NaN]) {
    it(`a salary of ${bad} (object input) is located at its field`, () => {
      const input = base();
      input.stages[0].salary = {min: 100, max: bad};
      const issue = issueAt(parseRoadmap(input), 'stages[0].salary.max');
      expect(issue.message).to.equal(`must be a number, not ${bad}`);
    });
  }

  it('openRoles that is not a whole number', () => {
    const input = base();
    input.market = {openRoles: 12.5};
    expect(issueAt(parseRoadmap(input), 'market.openRoles').message).to.equal('must be a whole number');
  });

  it('openRoles that is negative', () => {
    const input = base();
    input.market = {openRoles: -3};
    expect(issueAt(parseRoadmap(input), 'market.openRoles').message).to.equal('must be ≥ 0');
  });

  for (const bad of ['2026-13', '2026-5', '05-2026', '2026-02-32', 'May 2026']) {
    it(`updated ${JSON.stringify(bad)} is not a YYYY-MM date`, () => {
      const input = base();
      input.updated = bad;
      expect(issueAt(parseRoadmap(input), 'updated').message).to.contain('YYYY-MM');
    });
  }

  it('accepts updated dates YYYY-MM and YYYY-MM-DD', () => {
    const input = base();
    input.updated = '2026-05';
    input.market = {asOf: '2026-05-31'};
    const roadmap = roadmapOf(parseRoadmap(input));
    expect(roadmap.updated).to.equal('2026-05');
    expect(roadmap.market?.asOf).to.equal('2026-05-31');
  });

  it('a bad market.asOf is located there', () => {
    const input = base();
    input.market = {asOf: '2026-00'};
    expect(issueAt(parseRoadmap(input), 'market.asOf').message).to.contain('YYYY-MM');
  });

  for (const bad of ['not a locale', 'en_IN!', '', '123']) {
    it(`locale ${JSON.stringify(bad)} is not a language tag`, () => {
      const input = base();
      input.locale = bad;
      expect(issueAt(parseRoadmap(input), 'locale').message).to.contain('language tag');
    });
  }

  for (const bad of ['inr', 'RUPEES', 'IN', '₹']) {
    it(`currency ${JSON.stringify(bad)} is not an ISO 4217 code`, () => {
      const input = base();
      input.currency = bad;
      expect(issueAt(parseRoadmap(input), 'currency').message).to.contain('ISO 4217');
    });
  }

  it('a missing currency while a stage has a salary: at currency, naming the salary', () => {
    const input = base();
    delete input.currency;
    const issue = issueAt(parseRoadmap(input), 'currency');
    expect(issue.message).to.contain('is required');
    expect(issue.message).to.contain('stages[0].salary');
  });

  it('a missing currency while only the market has a salary: at currency', () => {
    const input = base();
    delete input.currency;
    for (const stage of input.stages) delete stage.salary;
    input.market = {salary: {min: 1, max: 2}};
    expect(issueAt(parseRoadmap(input), 'currency').message).to.contain('market.salary');
  });

  it('no currency is fine when no salary appears', () => {
    const input = base();
    delete input.currency;
    for (const stage of input.stages) delete stage.salary;
    expect(parseRoadmap(input).ok).to.equal(true);
  });

  it('a duplicate explicit stage id is reported at the second stage', () => {
    const input = base();
    input.stages[2].id = 'one';
    const issues = issuesOf(parseRoadmap(input));
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.equal('stages[2].id');
    expect(issues[0]!.message).to.contain('"one"');
    expect(issues[0]!.message).to.contain('stages[0]');
  });

  it('an item object without text: at stages[0].items[1].text', () => {
    const input = base();
    input.stages[0].items = ['Fine', {id: 'no-text', href: 'https://example.org'}];
    const issues = issuesOf(parseRoadmap(input));
    expect(issues).to.deep.equal([{path: 'stages[0].items[1].text', message: 'is required'}]);
  });

  it('an item that is neither text nor an object', () => {
    const input = base();
    input.stages[0].items = [42];
    expect(issueAt(parseRoadmap(input), 'stages[0].items[0]').message).to.equal(
      'must be text, or an object with "text"',
    );
  });

  it('an empty stages list must have at least one entry', () => {
    const input = base();
    input.stages = [];
    expect(issuesOf(parseRoadmap(input))).to.deep.equal([{path: 'stages', message: 'must have at least 1 entry'}]);
  });

  it('reports every problem, not just the first', () => {
    const input = base();
    input.version = 3;
    input.stages[0].title = 5;
    input.stages[1].salary = {min: 10, max: 1};
    const paths = issuesOf(parseRoadmap(input)).map((issue) => issue.path);
    expect(paths).to.include.members(['version', 'stages[0].title', 'stages[1].salary.max']);
  });

  it('formatIssue writes "path: message"', () => {
    const input = base();
    input.stages[2].salary = {min: 1100000, max: 900000};
    const issue = issueAt(parseRoadmap(input), 'stages[2].salary.max');
    expect(formatIssue(issue)).to.equal('stages[2].salary.max: must be ≥ min (1100000)');
  });

  it('formatIssue writes a root issue as its message alone', () => {
    expect(formatIssue({path: '', message: 'The roadmap is not valid JSON'})).to.equal('The roadmap is not valid JSON');
  });
});

describe('parseRoadmap: href safety', () => {
  const unsafe = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
  ];
  const safe = ['http://example.org', 'https://example.org/a?b#c', '/relative', '../x', '#anchor', '?q', 'jobs/india'];

  for (const href of unsafe) {
    it(`rejects ${JSON.stringify(href)} in links[0].href`, () => {
      const input = base();
      input.links = [{label: 'Go', href}];
      const issue = issueAt(parseRoadmap(input), 'links[0].href');
      expect(issue.message).to.contain('http:, https: or relative URL');
    });

    it(`rejects ${JSON.stringify(href)} in stages[1].items[0].href`, () => {
      const input = base();
      input.stages[1].items = [{text: 'Click', href}];
      expect(issueAt(parseRoadmap(input), 'stages[1].items[0].href').message).to.contain(
        'http:, https: or relative URL',
      );
    });

    it(`isSafeHref(${JSON.stringify(href)}) is false`, () => {
      expect(isSafeHref(href)).to.equal(false);
    });
  }

  for (const href of safe) {
    it(`accepts ${JSON.stringify(href)} in links and items`, () => {
      const input = base();
      input.links = [{label: 'Go', href}];
      input.stages[1].items = [{text: 'Click', href}];
      const roadmap = roadmapOf(parseRoadmap(input));
      expect(roadmap.links![0]!.href).to.equal(href);
      expect(roadmap.stages[1]!.items[0]!.href).to.equal(href);
    });

    it(`isSafeHref(${JSON.stringify(href)}) is true`, () => {
      expect(isSafeHref(href)).to.equal(true);
    });
  }

  it('a rejected href never reaches the output: the whole parse fails', () => {
    const input = base();
    input.links = [{label: 'Go', href: 'javascript:alert(1)'}];
    expect(parseRoadmap(input).ok).to.equal(false);
  });
});

describe('parseRoadmap: limits', () => {
  it('a string over 5,000 characters: at its path, naming the limit', () => {
    const input = base();
    input.stages[1].summary = 'x'.repeat(LIMITS.maxString + 1);
    const issue = issueAt(parseRoadmap(input), 'stages[1].summary');
    expect(issue.message).to.match(/5,?000 characters/);
    expect(issue.message).to.contain('too long');
  });

  it('a string of exactly 5,000 characters is fine', () => {
    const input = base();
    input.stages[1].summary = 'x'.repeat(LIMITS.maxString);
    expect(parseRoadmap(input).ok).to.equal(true);
  });

  it('an item text over the limit is located at the item', () => {
    const input = base();
    input.stages[0].items = ['ok', 'y'.repeat(LIMITS.maxString + 1)];
    expect(issueAt(parseRoadmap(input), 'stages[0].items[1]').message).to.contain('too long');
  });

  it('an href over the limit is located at the href', () => {
    const input = base();
    input.links = [{label: 'Go', href: 'https://example.org/' + 'a'.repeat(LIMITS.maxString)}];
    expect(issueAt(parseRoadmap(input), 'links[0].href').message).to.contain('too long');
  });

  it('JSON text over 2 MB: one "too large" issue, quickly', () => {
    const text = JSON.stringify({...base(), padding: 'x'.repeat(LIMITS.maxBytes)});
    const start = performance.now();
    const issues = issuesOf(parseRoadmap(text));
    const elapsed = performance.now() - start;
    expect(issues).to.have.length(1);
    expect(issues[0]!.path).to.equal('');
    expect(issues[0]!.message).to.contain('too large');
    expect(issues[0]!.message).to.contain('2 MB');
    expect(elapsed).to.be.below(2000);
  });

  it('the size limit counts UTF-8 bytes, not characters', () => {
    // 800,000 characters, 2.4 MB in UTF-8.
    const text = JSON.stringify({...base(), padding: '€'.repeat(800_000)});
    expect(text.length).to.be.below(LIMITS.maxBytes);
    expect(issuesOf(parseRoadmap(text))[0]!.message).to.contain('too large');
  });

  it('JSON text just under 2 MB still parses', () => {
    const json = JSON.stringify(base());
    const text = json + ' '.repeat(LIMITS.maxBytes - json.length);
    expect(new TextEncoder().encode(text).length).to.equal(LIMITS.maxBytes);
    expect(parseRoadmap(text).ok).to.equal(true);
  });

  it('more than 1000 stages is an issue at stages', () => {
    const input = base();
    input.stages = Array.from({length: LIMITS.maxStages + 1}, (_, i) => ({title: `Stage ${i}`}));
    const issue = issueAt(parseRoadmap(input), 'stages');
    expect(issue.message).to.contain('too many');
    expect(issue.message).to.contain('1000');
  });

  it('exactly 1000 stages is fine', () => {
    const input = base();
    input.stages = Array.from({length: LIMITS.maxStages}, (_, i) => ({title: `Stage ${i}`}));
    expect(roadmapOf(parseRoadmap(input)).stages).to.have.length(1000);
  });

  it('more than 200 items is an issue at the stage', () => {
    const input = base();
    input.stages[1].items = Array.from({length: LIMITS.maxItems + 1}, (_, i) => `Item ${i}`);
    const issue = issueAt(parseRoadmap(input), 'stages[1].items');
    expect(issue.message).to.contain('too many');
    expect(issue.message).to.contain('200');
  });

  it('more than 100 links is an issue at links', () => {
    const input = base();
    input.links = Array.from({length: LIMITS.maxLinks + 1}, (_, i) => ({label: `Link ${i}`, href: `/l/${i}`}));
    const issue = issueAt(parseRoadmap(input), 'links');
    expect(issue.message).to.contain('too many');
    expect(issue.message).to.contain('100');
  });

  it('the issue list is capped, ending with "…and N more problems"', () => {
    const input = base();
    input.stages = Array.from({length: 300}, () => ({title: 5}));
    const issues = issuesOf(parseRoadmap(input));
    expect(issues).to.have.length(LIMITS.maxIssues + 1);
    expect(issues[0]).to.deep.equal({path: 'stages[0].title', message: 'must be text, not a number'});
    expect(issues.at(-1)).to.deep.equal({path: '', message: `…and ${300 - LIMITS.maxIssues} more problems`});
  });
});

describe('parseRoadmap: unknown and dangerous keys', () => {
  afterEach(() => {
    // Never let one test's pollution leak into the next.
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it('ignores unknown keys, at the root and in stages, items and links', () => {
    const input = base();
    input.futureField = {anything: true};
    input.stages[0].colour = 'red';
    input.stages[0].items = [{text: 'Thing', weight: 3}];
    input.links[0].target = '_blank';
    const roadmap = roadmapOf(parseRoadmap(input)) as unknown as Record<string, unknown>;
    expect(roadmap).not.to.have.property('futureField');
    const stage = (roadmap.stages as Record<string, unknown>[])[0]!;
    expect(stage).not.to.have.property('colour');
    expect((stage.items as Record<string, unknown>[])[0]).to.deep.equal({id: 'thing', text: 'Thing'});
    expect((roadmap.links as Record<string, unknown>[])[0]).not.to.have.property('target');
  });

  it('"__proto__" keys in JSON text pollute nothing and are not in the output', () => {
    const json = JSON.stringify(base()).replace(
      /^\{/,
      '{"__proto__": {"polluted": "root"}, "constructor": {"prototype": {"polluted": "ctor"}}, "prototype": {"polluted": 1},',
    );
    const roadmap = roadmapOf(parseRoadmap(json));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((roadmap as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.hasOwn(roadmap, '__proto__')).to.equal(false);
    expect(Object.hasOwn(roadmap, 'constructor')).to.equal(false);
    expect(Object.hasOwn(roadmap, 'prototype')).to.equal(false);
    expect(Object.getPrototypeOf(roadmap)).to.equal(Object.prototype);
  });

  it('"__proto__" keys inside stages and items pollute nothing and are not in the output', () => {
    const json =
      '{"version":1,"id":"x","title":"X","stages":[{"title":"A","__proto__":{"polluted":"stage","id":"evil"},' +
      '"items":[{"text":"B","__proto__":{"polluted":"item","href":"javascript:alert(1)"}}]}]}';
    const roadmap = roadmapOf(parseRoadmap(json));
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    const stage = roadmap.stages[0]!;
    expect(stage.id).to.equal('a');
    expect(Object.hasOwn(stage, '__proto__')).to.equal(false);
    expect((stage as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(stage.items[0]).to.deep.equal({id: 'b', text: 'B'});
    expect(stage.items[0]!.href).to.equal(undefined);
  });

  it('a "constructor" key that is a string in a stage changes nothing', () => {
    const input = base();
    input.stages[0].constructor = 'x';
    input.stages[0].prototype = 'y';
    const roadmap = roadmapOf(parseRoadmap(input));
    expect(Object.hasOwn(roadmap.stages[0]!, 'constructor')).to.equal(false);
    expect(Object.hasOwn(roadmap.stages[0]!, 'prototype')).to.equal(false);
  });
});

describe('parseRoadmap: derived ids', () => {
  function stagesWith(...stages: object[]) {
    return roadmapOf(parseRoadmap({version: 1, id: 'x', title: 'X', stages})).stages;
  }

  it('derives a stage id from its title', () => {
    expect(stagesWith({title: 'First job-ready skills'})[0]!.id).to.equal('first-job-ready-skills');
  });

  it('folds accents when deriving', () => {
    expect(stagesWith({title: 'Élan & Café: première étape'})[0]!.id).to.equal('elan-cafe-premiere-etape');
  });

  it('falls back to stage-N for a title without Latin letters', () => {
    const stages = stagesWith({title: 'One'}, {title: 'बुनियाद'}, {title: '基础'});
    expect(stages.map((stage) => stage.id)).to.deep.equal(['one', 'stage-2', 'stage-3']);
  });

  it('a derived id that collides with an explicit one gets -2; the explicit one is kept', () => {
    const stages = stagesWith({title: 'Foundations'}, {id: 'foundations', title: 'Basics'});
    expect(stages.map((stage) => stage.id)).to.deep.equal(['foundations-2', 'foundations']);
  });

  it('two stages with the same title get distinct ids', () => {
    const stages = stagesWith({title: 'Practice'}, {title: 'Practice'}, {title: 'Practice'});
    expect(stages.map((stage) => stage.id)).to.deep.equal(['practice', 'practice-2', 'practice-3']);
  });

  it('a derived stage id from a long title is at most 80 characters', () => {
    const [stage] = stagesWith({title: 'word '.repeat(40)});
    expect(stage!.id.length).to.be.at.most(80);
    expect(stage!.id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('derives item ids from their text and deduplicates them', () => {
    const [stage] = stagesWith({title: 'A', items: ['Learn SQL', 'Learn SQL', {text: 'Learn SQL!'}]});
    expect(stage!.items.map((item) => item.id)).to.deep.equal(['learn-sql', 'learn-sql-2', 'learn-sql-3']);
  });

  it('deduplicated long item ids stay within 80 characters and distinct', () => {
    const text = 'a long item '.repeat(20);
    const [stage] = stagesWith({title: 'A', items: [text, text]});
    const [first, second] = stage!.items.map((item) => item.id);
    expect(first).not.to.equal(second);
    expect(first!.length).to.be.at.most(80);
    expect(second!.length).to.be.at.most(80);
  });

  it('keeps explicit item ids and hrefs', () => {
    const [stage] = stagesWith({
      title: 'A',
      items: [{id: 'sql', text: 'SQL fluency', href: 'https://example.org/sql'}],
    });
    expect(stage!.items).to.deep.equal([{id: 'sql', text: 'SQL fluency', href: 'https://example.org/sql'}]);
  });

  it('keeps an explicit item id even when an earlier item text slugs to it', () => {
    const [stage] = stagesWith({title: 'A', items: ['SQL', {id: 'sql', text: 'SQL in depth'}]});
    expect(stage!.items[1]!.id).to.equal('sql');
    expect(stage!.items[0]!.id).not.to.equal('sql');
  });

  it('an item text without Latin letters falls back to item-N', () => {
    const [stage] = stagesWith({title: 'A', items: ['ok', 'सीखें']});
    expect(stage!.items[1]!.id).to.equal('item-2');
  });

  it('a stage without items gets an empty item list', () => {
    expect(stagesWith({title: 'A'})[0]!.items).to.deep.equal([]);
  });

  it('slugify folds accents, lowercases and joins with single hyphens', () => {
    expect(slugify('  Crème Brûlée -- 101!  ')).to.equal('creme-brulee-101');
  });
});

describe('parseRoadmap: never throws', () => {
  const hostile = {
    get version(): number {
      throw new Error('getter says no');
    },
    id: 'x',
    title: 'X',
    stages: [{title: 'A'}],
  };
  const throwingStage = {
    version: 1,
    id: 'x',
    title: 'X',
    stages: [
      {
        get title(): string {
          throw new Error('nope');
        },
      },
    ],
  };
  let deep: unknown = [];
  for (let i = 0; i < 100_000; i++) deep = [deep];
  const deepText = '['.repeat(200_000) + ']'.repeat(200_000);
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();

  const cases: [string, unknown][] = [
    ['undefined', undefined],
    ['a function', () => ({version: 1})],
    ['a Symbol', Symbol('roadmap')],
    ['a BigInt', 10n],
    ['an object with a BigInt version', {...base(), version: 1n}],
    ['an object with a throwing getter at the root', hostile],
    ['an object with a throwing getter in a stage', throwingStage],
    ['a revoked proxy', revoked.proxy],
    ['deeply nested arrays', deep],
    ['deeply nested arrays in a field', {...base(), summary: deep}],
    ['deeply nested arrays as JSON text', deepText],
    ['a cyclic object', Object.assign(base(), {self: null as unknown})],
  ];
  (cases.at(-1)![1] as {self: unknown}).self = cases.at(-1)![1];

  for (const [name, input] of cases) {
    it(`returns issues for ${name}`, () => {
      let result: ParseResult | undefined;
      expect(() => (result = parseRoadmap(input))).not.to.throw();
      if (name === 'a cyclic object') {
        expect(result!.ok).to.equal(true);
        return;
      }
      const issues = issuesOf(result!);
      expect(issues.length).to.be.greaterThan(0);
      for (const issue of issues) {
        expect(issue.path).to.be.a('string');
        expect(issue.message).to.be.a('string').and.not.equal('');
      }
    });
  }
});

describe('parseStage', () => {
  it('parses one stage and normalises it', () => {
    const result = parseStage({title: 'First job-ready skills', items: ['Deploy one service', {text: 'Add logs'}]});
    expect(result).to.deep.equal({
      ok: true,
      value: {
        id: 'first-job-ready-skills',
        title: 'First job-ready skills',
        items: [
          {id: 'deploy-one-service', text: 'Deploy one service'},
          {id: 'add-logs', text: 'Add logs'},
        ],
      },
    });
  });

  it('parses a stage given as JSON text', () => {
    const result = parseStage(
      '{"id": "foundations", "title": "Foundations", "period": {"unit": "month", "from": 0, "to": 2}}',
    );
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value.id).to.equal('foundations');
      expect(result.value.period).to.deep.equal({unit: 'month', from: 0, to: 2});
    }
  });

  it('locates errors relative to the stage', () => {
    const result = parseStage({title: 5, salary: {min: 10, max: 5}, items: [{href: 'javascript:alert(1)'}]});
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues).to.deep.include({path: 'title', message: 'must be text, not a number'});
      expect(result.issues).to.deep.include({path: 'salary.max', message: 'must be ≥ min (10)'});
      expect(result.issues.map((issue) => issue.path)).to.include('items[0].text');
    }
  });

  it('rejects an unsafe item href at its path', () => {
    const result = parseStage({title: 'A', items: [{text: 'x', href: 'javascript:alert(1)'}]});
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.path)).to.deep.equal(['items[0].href']);
  });

  it('reports invalid JSON text as one issue', () => {
    const result = parseStage('{"title": ');
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues).to.have.length(1);
      expect(result.issues[0]!.message).to.contain('not valid JSON');
    }
  });

  it('a root that is not an object is described as a stage, not a roadmap', () => {
    const result = parseStage(42);
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.issues).to.have.length(1);
      expect(result.issues[0]!.path).to.equal('');
      expect(result.issues[0]!.message).to.contain('must be an object');
      expect(result.issues[0]!.message).to.match(/stage/i);
      expect(result.issues[0]!.message).not.to.match(/roadmap/i);
    }
  });

  it('accepts a stage that came out of parseRoadmap as it is', () => {
    const roadmap = roadmapOf(parseRoadmap(base()));
    const result = parseStage(roadmap.stages[1]);
    expect(result).to.deep.equal({ok: true, value: roadmap.stages[1]});
  });

  it('never throws for a throwing getter', () => {
    const stage = {
      get title(): string {
        throw new Error('nope');
      },
    };
    expect(() => parseStage(stage)).not.to.throw();
    expect(parseStage(stage).ok).to.equal(false);
  });
});
