/**
 * Property-based tests (fast-check) of the public parser and of the elements: arbitrary JSON, mutated valid
 * roadmaps, huge strings, prototype keys, markup and `javascript:` everywhere. The parser never throws and answers
 * with a roadmap or located issues; an element always ends showing stages or its error; no string becomes markup
 * or a handler; nothing is polluted. Run counts are set so that the whole file takes well under a minute.
 */
import {expect, fixture, html} from '@open-wc/testing';
import fc from 'fast-check';
import {fuzzRuns} from '../engine.js';
import '../../src/define.js';
import type {RoadmapTimeline, SalaryBand, StageCard} from '../../src/index.js';
import {parseRoadmap, parseStage} from '../../src/schema/validate.js';
import type {RoadmapIssue} from '../../src/schema/messages.js';
import type {Roadmap} from '../../src/schema/roadmap.js';
import {LIMITS} from '../../src/schema/limits.js';
import {deepQueryAll, indiaRoadmap, part, settled} from '../helpers.js';

type Json = null | boolean | number | string | Json[] | {[key: string]: Json};
type Path = (string | number)[];

/** The one place that reads the parser's result shape. */
function outcome(result: ReturnType<typeof parseRoadmap>): {roadmap?: Roadmap; issues?: RoadmapIssue[]} {
  return result.ok ? {roadmap: result.roadmap} : {issues: result.issues};
}

/** `['stages', 2, 'salary']` → `stages[2].salary`, as the parser writes paths. */
const pathText = (path: Path) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('');
const parentOf = (path: string) => path.replace(/(\.[^.[\]]+|\[\d+\]|^[^.[\]]+)$/, '');
const PATH = /^(?:[^.[\]\s]+|\[\d+\])(?:\.[^.[\]\s]+|\[\d+\])*$/;

/** Checks a failed parse: at most 50 issues (+1 summary), each a path in the parser's syntax and a message. */
function expectLocated(issues: RoadmapIssue[]) {
  expect(issues.length).to.be.within(1, LIMITS.maxIssues + 1);
  for (const issue of issues) {
    expect(issue.path === '' || PATH.test(issue.path), `path ${JSON.stringify(issue.path)}`).to.equal(true);
    expect(issue.message).to.be.a('string').with.length.above(2);
  }
}

/**
 * Whether an issue at `issuePath` explains a change at `changed`: the same place, around it, or a sibling; or, for a
 * change to `sources` (an entry dropped, an id changed), a `source` reference that now names no source.
 */
const explains = (issuePath: string, changed: string) =>
  (changed.startsWith('sources') && /(^|\.)source$/.test(issuePath)) ||
  issuePath === changed ||
  changed.startsWith(`${issuePath}.`) ||
  changed.startsWith(`${issuePath}[`) ||
  issuePath.startsWith(`${changed}.`) ||
  issuePath.startsWith(`${changed}[`) ||
  (parentOf(issuePath) === parentOf(changed) && parentOf(changed) !== '');

/** Every path in a JSON value, containers first. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  const paths: Path[] = prefix.length ? [prefix] : [];
  if (Array.isArray(value)) value.forEach((child, i) => paths.push(...pathsOf(child, [...prefix, i])));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) paths.push(...pathsOf(child, [...prefix, key]));
  }
  return paths;
}

function getAt(root: Json, path: Path): Json {
  return path.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key]!, root);
}

/** Markup, script URLs and Lit's own markers: none may ever become an element, an attribute or a live link. */
const HOSTILE_STRINGS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  ' JaVaScRiPt:window.__pwned=1',
  'data:text/html,<script>window.__pwned=1</script>',
  '" onmouseover="window.__pwned=1" x="',
  "'><svg onload=window.__pwned=1>",
  '<!--?lit$123456789$--><?lit$123$>',
  '${window.__pwned=1}{{constructor.constructor("window.__pwned=1")()}}',
  '</style><style>*{display:none}</style>',
  '<a href="javascript:window.__pwned=1">click</a>',
];
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.tuple(fc.string(), fc.constantFrom(...HOSTILE_STRINGS)).map(([text, payload]) => `${text}${payload}`),
);
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** A mutation of one place in a valid roadmap. */
type Mutation =
  | {kind: 'replace'; value: Json}
  | {kind: 'drop'}
  | {kind: 'huge'; length: number}
  | {kind: 'proto'; key: (typeof PROTO_KEYS)[number]; value: Json};
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({kind: fc.constant('replace' as const), value: fc.jsonValue({maxDepth: 2}) as fc.Arbitrary<Json>}),
  fc.record({kind: fc.constant('replace' as const), value: hostileString as fc.Arbitrary<Json>}),
  fc.constant({kind: 'drop' as const}),
  fc.record({kind: fc.constant('huge' as const), length: fc.integer({min: LIMITS.maxString + 1, max: 20000})}),
  fc.record({
    kind: fc.constant('proto' as const),
    key: fc.constantFrom(...PROTO_KEYS),
    value: fc.oneof(fc.constant({polluted: 'yes'}), fc.jsonValue({maxDepth: 1})) as fc.Arbitrary<Json>,
  }),
);

/**
 * The roadmap as JSON text with `change` applied at `path`. Text, not an object, so that a `__proto__` key is
 * an own key, as it is in a file a publisher serves.
 */
function mutate(original: Json, path: Path, change: Mutation): string {
  const copy = structuredClone(original);
  const parent = getAt(copy, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path.at(-1)!;
  const target = parent[key]!;
  const marker = '"__fuzz_proto__"';
  switch (change.kind) {
    case 'replace':
      parent[key] = change.value;
      break;
    case 'drop':
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      break;
    case 'huge':
      parent[key] = 'x'.repeat(change.length);
      break;
    case 'proto':
      if (target && typeof target === 'object' && !Array.isArray(target)) {
        (target as Record<string, Json>).__fuzz_proto__ = change.value;
        return JSON.stringify(copy).replace(marker, JSON.stringify(change.key));
      }
      parent[key] = {__fuzz_proto__: change.value};
      return JSON.stringify(copy).replace(marker, JSON.stringify(change.key));
  }
  return JSON.stringify(copy);
}

/** Every own key of every object in `value`. */
function keysDeep(value: unknown): string[] {
  if (!value || typeof value !== 'object') return [];
  return Reflect.ownKeys(value).flatMap((key) => [
    String(key),
    ...keysDeep((value as Record<PropertyKey, unknown>)[key]),
  ]);
}

/** Object.prototype and Array.prototype as they are now, to compare after the runs. */
const prototypeKeys = () => [Object.getOwnPropertyNames(Object.prototype), Object.getOwnPropertyNames(Array.prototype)];

/** Asserts that no run polluted a prototype or ran a payload. */
function expectNothingPolluted(before: string[][]) {
  expect(prototypeKeys()).to.deep.equal(before);
  expect(({} as Record<string, unknown>).polluted, '({}).polluted').to.equal(undefined);
  expect((window as unknown as Record<string, unknown>).__pwned, 'a payload ran').to.equal(undefined);
}

let india: Json;
let indiaPaths: Path[];
before(async () => {
  india = (await indiaRoadmap()) as unknown as Json;
  indiaPaths = pathsOf(india);
});

describe('fuzzing parseRoadmap', () => {
  it('never throws on any value, and answers with a roadmap or located issues (3,000 values in Chromium)', async () => {
    const before = prototypeKeys();
    const key = fc.oneof(fc.string(), fc.constantFrom(...PROTO_KEYS, 'version', 'stages', 'title', 'id'));
    fc.assert(
      fc.property(fc.anything({key, withNullPrototype: true, withBigInt: true, withDate: true}), (value) => {
        const result = outcome(parseRoadmap(value));
        if (result.issues) expectLocated(result.issues);
        else expect(result.roadmap!.stages.length).to.be.above(0);
      }),
      {numRuns: await fuzzRuns(3000)},
    );
    expectNothingPolluted(before);
  });

  it('never throws on any text, JSON or not (3,000 strings in Chromium)', async () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({unit: 'binary'})), (text) => {
        const result = outcome(parseRoadmap(text));
        if (result.issues) expectLocated(result.issues);
      }),
      {numRuns: await fuzzRuns(3000)},
    );
  });

  it('locates what is wrong in a mutated India roadmap, and lets nothing unsafe through (3,000 mutations in Chromium)', async () => {
    const before = prototypeKeys();
    fc.assert(
      fc.property(fc.constantFrom(...indiaPaths), mutation, (path, change) => {
        const text = mutate(india, path, change);
        const result = outcome(parseRoadmap(text));
        if (result.issues) {
          expectLocated(result.issues);
          if (change.kind !== 'proto') {
            const changed = pathText(path);
            const where = result.issues.map((issue) => issue.path);
            expect(
              where.some((issuePath) => explains(issuePath, changed)),
              `an issue near ${changed}: ${where.join(', ')}`,
            ).to.equal(true);
          }
          return;
        }
        const roadmap = result.roadmap!;
        // Whatever was accepted: every link is http(s) or relative, and no prototype key came through.
        const hrefs = [
          ...roadmap.stages.flatMap((stage) => stage.items.map((item) => item.href)),
          ...(roadmap.links ?? []).map((link) => link.href),
        ];
        for (const href of hrefs.filter(Boolean)) {
          expect(new URL(href!, 'https://host.example/').protocol).to.be.oneOf(['http:', 'https:']);
        }
        expect(Object.getPrototypeOf(roadmap)).to.be.oneOf([Object.prototype, null]);
        expect((roadmap as unknown as Record<string, unknown>).polluted).to.equal(undefined);
        expect(keysDeep(roadmap).filter((key) => (PROTO_KEYS as readonly string[]).includes(key))).to.deep.equal([]);
      }),
      {numRuns: await fuzzRuns(3000)},
    );
    expectNothingPolluted(before);
  });

  it('rejects a string over the limit at its own path (500 fields in Chromium)', async () => {
    // `$schema` is an unknown key, ignored whatever its length.
    const strings = indiaPaths.filter((path) => typeof getAt(india, path) === 'string' && path[0] !== '$schema');
    fc.assert(
      fc.property(fc.constantFrom(...strings), fc.integer({min: LIMITS.maxString + 1, max: 50000}), (path, length) => {
        const result = outcome(parseRoadmap(mutate(india, path, {kind: 'huge', length})));
        expect(result.issues?.map((issue) => issue.path)).to.include(pathText(path));
      }),
      {numRuns: await fuzzRuns(500)},
    );
  });

  it('parseStage never throws either (2,000 values in Chromium)', async () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json()), (value) => {
        const result = parseStage(value);
        if (!result.ok) expectLocated(result.issues);
      }),
      {numRuns: await fuzzRuns(2000)},
    );
  });
});

/** Every string in a JSON value replaced by `pick(i)`. */
function replaceStrings(value: Json, pick: (index: number) => string, counter = {n: 0}): Json {
  if (typeof value === 'string') return pick(counter.n++);
  if (Array.isArray(value)) return value.map((child) => replaceStrings(child, pick, counter));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, child]) => [k, replaceStrings(child, pick, counter)]));
  }
  return value;
}

/** Elements that roadmap text could turn into if it ever became markup. */
const FOREIGN = 'script, img, iframe, object, embed, style, form, input, foreignObject, image, use, link, meta, base';

/** Fails if anything in `root`'s shadow tree came from data: a foreign element, a handler, a script URL. */
function expectNoMarkupFromData(root: Element) {
  const all = deepQueryAll(root.shadowRoot!, '*');
  expect(deepQueryAll(root.shadowRoot!, FOREIGN).map((el) => el.localName)).to.deep.equal([]);
  const handlers = all.flatMap((el) => [...el.attributes].filter((attr) => /^on/i.test(attr.name)));
  expect(handlers.map((attr) => attr.name)).to.deep.equal([]);
  for (const link of all.filter((el): el is HTMLAnchorElement => el.localName === 'a')) {
    expect(link.protocol, link.href).to.be.oneOf(['http:', 'https:']);
  }
}

/** Ends showing stages, or its error: one of the two, always. */
function expectStagesOrError(el: RoadmapTimeline) {
  const stages = el.shadowRoot!.querySelectorAll('stage-card').length;
  const error = part(el, 'error');
  expect(stages > 0 || error !== null, 'stages or part="error"').to.equal(true);
  if (!el.error) expect(stages).to.be.above(0);
}

describe('fuzzing <roadmap-timeline>', () => {
  let el: RoadmapTimeline;
  let thrown: unknown[];
  const onError = (event: Event) => thrown.push((event as ErrorEvent).error ?? event);
  before(() => {
    // Not `fixture`: its cleanup after each test would disconnect the element that every test here reuses.
    el = document.body.appendChild(document.createElement('roadmap-timeline'));
    thrown = [];
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
  });
  after(() => {
    el.remove();
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
  });
  // The elements warn once per distinct failure: hundreds of them here, so keep the console readable.
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('markup and javascript: in every string never become markup, handlers or links (200 roadmaps in Chromium)', async () => {
    const before = prototypeKeys();
    await fc.assert(
      fc.asyncProperty(fc.array(hostileString, {minLength: 1, maxLength: 20}), async (payloads) => {
        const roadmap = replaceStrings(india, (i) => payloads[i % payloads.length]!);
        // Keep the fields whose format is checked valid, so that most of these roadmaps render.
        Object.assign(roadmap as object, {version: 1, id: 'hostile', locale: 'en-IN', currency: 'INR'});
        for (const stage of (roadmap as {stages: Record<string, Json>[]}).stages) delete stage.id;
        el.roadmap = roadmap as never;
        await settled(el);
        expectStagesOrError(el);
        expectNoMarkupFromData(el);
        if (!el.error) expect(part(el, 'title')!.textContent!.trim()).to.equal(payloads[1 % payloads.length]!.trim());
      }),
      {numRuns: await fuzzRuns(200)},
    );
    expectNothingPolluted(before);
    expect(thrown).to.deep.equal([]);
  });

  it('mutated roadmaps, as the property and as attribute text, end as stages or an error (300 inputs in Chromium)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...indiaPaths), mutation, fc.boolean(), async (path, change, asText) => {
        const text = mutate(india, path, change);
        el.roadmap = undefined;
        if (asText) el.setAttribute('roadmap', text);
        else el.roadmap = JSON.parse(text) as never;
        await settled(el);
        expectStagesOrError(el);
        expectNoMarkupFromData(el);
        el.removeAttribute('roadmap');
      }),
      {numRuns: await fuzzRuns(300)},
    );
    expect(thrown).to.deep.equal([]);
  });

  it('arbitrary JSON ends as stages or an error (300 values in Chromium)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        el.roadmap = value as never;
        await settled(el);
        expectStagesOrError(el);
      }),
      {numRuns: await fuzzRuns(300)},
    );
    expect(thrown).to.deep.equal([]);
  });

  it('a standalone <stage-card> shows a card or its error for any stage (300 values in Chromium)', async () => {
    const card = await fixture<StageCard>(html`<stage-card currency="INR" locale="en-IN"></stage-card>`);
    const stages = (india as {stages: Json[]}).stages;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          // null, like undefined, means "no stage": the card is empty, as before any stage is set.
          fc.jsonValue().filter((value) => value !== null),
          fc.record({title: hostileString, items: fc.array(hostileString, {maxLength: 3}), summary: hostileString}),
          fc.constantFrom(...stages),
        ),
        async (stage) => {
          card.stage = undefined;
          await settled(card);
          card.stage = stage as never;
          await settled(card);
          expect(part(card, 'card') ?? part(card, 'error'), 'card or error').to.not.equal(null);
          expectNoMarkupFromData(card);
        },
      ),
      {numRuns: await fuzzRuns(300)},
    );
    expect(thrown).to.deep.equal([]);
  });

  it('a standalone <salary-band> shows a band or its error for any attributes (300 sets in Chromium)', async () => {
    const band = await fixture<SalaryBand>(html`<salary-band></salary-band>`);
    const attribute = fc.option(
      fc.oneof(fc.string(), hostileString, fc.double().map(String), fc.constantFrom('INR', 'USD', 'en-IN', 'month')),
      {nil: null},
    );
    const names = ['min', 'max', 'currency', 'locale', 'period', 'scale-min', 'scale-max', 'label'];
    await fc.assert(
      fc.asyncProperty(fc.tuple(...names.map(() => attribute)), async (values) => {
        names.forEach((name, i) => {
          if (values[i] === null) band.removeAttribute(name);
          else band.setAttribute(name, values[i]!);
        });
        await settled(band);
        expect(part(band, 'band') ?? part(band, 'error'), 'band or error').to.not.equal(null);
        expectNoMarkupFromData(band);
      }),
      {numRuns: await fuzzRuns(300)},
    );
    expect(thrown).to.deep.equal([]);
  });
});
