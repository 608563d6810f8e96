/**
 * The runtime checker (src/schema/check.ts) against the zod schema it is derived from: the same verdict, the
 * same normalised roadmap and the same located issues, for the shipped roadmap and thousands of generated ones.
 */
import {expect} from '@open-wc/testing';
import fc from 'fast-check';
import {fuzzRuns} from './engine.js';
import {parseRange, parseRoadmap, parseStage} from '../src/schema/validate.js';
import {parseWith} from '../src/schema/parse.js';
import {rangeSchema, roadmapObject, roadmapSchema, stageSchema} from '../src/schema/roadmap.js';
import {deriveIds} from '../src/schema/ids.js';
import {toSpec} from '../src/schema/to-spec.js';
import {RANGE_SPEC, ROADMAP_SPEC, STAGE_SPEC} from '../src/schema/spec.generated.js';
import {LIMITS} from '../src/schema/limits.js';

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};

/** Both validators on one input, in the shape of parseRoadmap's result. */
function both(input: unknown) {
  const reference = parseWith(roadmapSchema, input);
  return {
    actual: parseRoadmap(input),
    expected: reference.ok ? {ok: true as const, value: reference.value, roadmap: reference.value} : reference,
  };
}

function agree(input: unknown): void {
  const {actual, expected} = both(input);
  expect(actual, JSON.stringify(input)?.slice(0, 400)).to.deep.equal(expected);
}

let india: Json;
before(async () => {
  india = (await (await fetch('/data/backend-developer-india-2026.json')).json()) as Json;
});

describe('runtime checker: derived from the zod schema', () => {
  it('its spec is what the zod schema gives today (run `npm run spec` after changing roadmap.ts)', () => {
    const memo = new Map();
    expect(toSpec(roadmapObject, memo)).to.deep.equal(ROADMAP_SPEC);
    expect(toSpec(stageSchema, memo)).to.deep.equal(STAGE_SPEC);
    expect(toSpec(rangeSchema, memo)).to.deep.equal(RANGE_SPEC);
  });

  it('accepts the India roadmap exactly as zod does', () => {
    const {actual} = both(india);
    expect(actual.ok).to.equal(true);
    agree(india);
    agree(JSON.stringify(india));
  });
});

/** Every path to a value inside `value`, the root included. */
function pathsOf(value: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, index) => pathsOf(item, [...prefix, index], out));
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...prefix, key], out);
  }
  return out;
}

/** Values that sit on the edges of the format's rules. */
const edgeValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    0,
    -1,
    1.5,
    2 ** 53,
    -0.0001,
    1e308,
    '',
    ' ',
    '  padded  ',
    'x'.repeat(LIMITS.maxString + 1),
    ' ' + 'y'.repeat(LIMITS.maxString) + ' ',
    'javascript:alert(1)',
    'java\tscript:alert(1)',
    'https://ok.example/',
    '/relative',
    'data:text/html,x',
    '<img src=x onerror=alert(1)>',
    'en-IN',
    'not a locale!',
    'INR',
    'inr',
    '2026-05',
    '2026-13',
    '2026-02-30',
    'month',
    'year',
    'hour',
    'week',
    'a-valid-id',
    'Not An Id',
    '__proto__',
    [],
    {},
    [''],
    {text: ''},
    {text: 'ok', href: 'javascript:x'},
    {min: 5, max: 1},
    {unit: 'month', from: 3, to: 1},
    {__proto__: {polluted: true}} as unknown as Json,
    // The format's additions: sources and references, curriculum weeks, resources.
    'tracker',
    'trackr',
    'video',
    'podcast',
    false,
    {from: 3, to: 1},
    {from: 0},
    {from: 2},
    {id: 'one', text: 'Clashes with a stage item'},
    {title: 'MDN', href: 'javascript:x', kind: 'docs'},
    {title: 'MDN', href: 'https://developer.mozilla.org/', minutes: 0, free: 'yes'},
    {id: 'tracker', label: 'Duplicate'},
  ),
  fc.jsonValue({maxDepth: 2}) as fc.Arbitrary<Json>,
);

type Mutation = {at: number; kind: 'set' | 'delete' | 'duplicate'; value: Json};

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('set', 'set', 'set', 'delete', 'duplicate'),
  value: edgeValue,
});

/** A deep copy of `source` with the mutations applied, each at a path picked among the current ones. */
function mutate(source: Json, mutations: Mutation[]): Json {
  let doc = structuredClone(source);
  for (const {at, kind, value} of mutations) {
    const paths = pathsOf(doc);
    const path = paths[at % paths.length]!;
    if (!path.length) {
      if (kind === 'set') doc = structuredClone(value);
      continue;
    }
    const parent = path.slice(0, -1).reduce<Json>((node, key) => (node as Record<string, Json>)[key]!, doc) as
      Json[] | Record<string, Json>;
    const key = path[path.length - 1]!;
    if (kind === 'set') (parent as Record<string, Json>)[key] = structuredClone(value);
    else if (kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (Array.isArray(parent)) parent.push(structuredClone(parent[key as number]!));
  }
  return doc;
}

const small: Json = {
  version: 1,
  id: 'small',
  title: 'Small',
  currency: 'USD',
  market: {openRoles: 3, salary: {min: 1, max: 2, source: 'tracker'}, asOf: '2026-01', source: 'listings'},
  sources: [
    {id: 'listings', label: 'Listings', href: '/jobs', asOf: '2026-01', sampleSize: 3, method: 'counted'},
    {id: 'tracker', label: 'Tracker', method: 'reported'},
  ],
  stages: [
    {
      id: 'a',
      title: 'A',
      period: {unit: 'month', from: 0, to: 3},
      items: ['one', {id: 'two', text: 'Two', href: '/x'}],
      salary: {min: 1, max: 2, source: 'tracker'},
      curriculum: [
        {title: 'One', weeks: {from: 1, to: 2}, hours: 4, items: ['one', {id: 'three', text: 'Three'}]},
        {
          id: 'b',
          title: 'B',
          weeks: {from: 3},
          sample: true,
          items: [{text: 'Read', resources: [{title: 'R', href: '/r', kind: 'docs', minutes: 30, free: true}]}],
        },
      ],
    },
    {title: 'B', salary: {min: 10, max: 20, period: 'month'}, items: ['one', 'one']},
  ],
  links: [{label: 'Go', href: 'https://example.org', rel: 'roles'}],
};

describe('runtime checker: the same answers as zod on generated input', () => {
  it('mutated roadmaps (values swapped, keys dropped, entries duplicated)', async () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(mutation, {minLength: 1, maxLength: 4}), (useIndia, mutations) => {
        agree(mutate(useIndia ? india : small, mutations));
      }),
      {numRuns: await fuzzRuns(3000)},
    );
  });

  it('arbitrary JSON values and text', async () => {
    fc.assert(
      fc.property(fc.jsonValue({maxDepth: 4}), (value) => {
        agree(value);
        agree(JSON.stringify(value));
      }),
      {numRuns: await fuzzRuns(1000)},
    );
    fc.assert(
      fc.property(fc.string(), (text) => agree(text)),
      {numRuns: await fuzzRuns(300)},
    );
  });

  it('stages and salary ranges checked on their own', async () => {
    fc.assert(
      fc.property(fc.array(mutation, {minLength: 1, maxLength: 3}), (mutations) => {
        const stage = mutate((small as {stages: Json[]}).stages[0]!, mutations);
        const reference = parseWith(stageSchema, stage, 'stage');
        const expected = reference.ok ? {ok: true, value: deriveIds({stages: [reference.value]}).stages[0]} : reference;
        expect(parseStage(stage)).to.deep.equal(expected);
        const range = mutate({min: 1, max: 2, period: 'year'}, mutations);
        expect(parseRange(range)).to.deep.equal(parseWith(rangeSchema, range, 'salary range'));
      }),
      {numRuns: await fuzzRuns(1500)},
    );
  });
});
