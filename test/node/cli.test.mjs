// The command line and the Node entry, run against the build (`npm run build` first): `npm run test:node`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {validateRoadmapFile, formatValidation} from 'roadmap-elements/node.js';
import {FRONTEND, HINDI, INDIA, run} from './cli-support.mjs';

const folder = await mkdtemp(join(tmpdir(), 'roadmap-cli-'));
async function file(name, text) {
  const path = join(folder, name);
  await writeFile(path, text);
  return path;
}

test('validate: valid files exit 0 and say ok', async () => {
  const {code, stdout} = await run('validate', INDIA, HINDI, FRONTEND);
  assert.equal(code, 0);
  assert.match(stdout, /backend-developer-india-2026\.json: ok/);
  assert.match(stdout, /backend-developer-india-2026-hi\.json: ok/);
  assert.match(stdout, /frontend-developer-us-2026\.json: ok/);
});

test('validate: a schema violation exits 1 with its path, line and column', async () => {
  const india = JSON.parse(await readFile(INDIA, 'utf8'));
  india.stages[2].salary.max = 1;
  const bad = await file('bad-salary.json', JSON.stringify(india, null, 2));
  const {code, stderr} = await run('validate', INDIA, bad);
  assert.equal(code, 1);
  const line = (await readFile(bad, 'utf8')).split('\n').findIndex((text) => /^"max": 1,?$/.test(text.trim())) + 1;
  assert.match(
    stderr,
    new RegExp(`bad-salary\\.json:${line}:\\d+: stages\\[2\\]\\.salary\\.max: must be ≥ min \\(1100000\\)`),
  );
  assert.match(stderr, /1 of 2 files have problems/);
});

test('validate: an unknown source and a curriculum error exit 1, each at its path, line and column', async () => {
  const india = JSON.parse(await readFile(INDIA, 'utf8'));
  const unknown = structuredClone(india);
  unknown.stages[2].salary.source = 'trackr';
  const weeks = structuredClone(india);
  weeks.stages[0].curriculum[1].weeks = {from: 3, to: 1};
  const badSource = await file('bad-source.json', JSON.stringify(unknown, null, 2));
  const badWeeks = await file('bad-weeks.json', JSON.stringify(weeks, null, 2));
  const {code, stderr} = await run('validate', badSource, badWeeks);
  assert.equal(code, 1);
  const lineOf = async (path, pattern) =>
    (await readFile(path, 'utf8')).split('\n').findIndex((text) => pattern.test(text.trim())) + 1;
  const source = await lineOf(badSource, /^"source": "trackr"$/);
  const to = await lineOf(badWeeks, /^"to": 1$/);
  assert.match(
    stderr,
    new RegExp(
      `bad-source\\.json:${source}:\\d+: stages\\[2\\]\\.salary\\.source: names no source \\("trackr"\\); the roadmap's sources are listings, tracker`,
    ),
  );
  assert.match(
    stderr,
    new RegExp(`bad-weeks\\.json:${to}:\\d+: stages\\[0\\]\\.curriculum\\[1\\]\\.weeks\\.to: must be ≥ from \\(3\\)`),
  );
  assert.match(stderr, /2 of 2 files have problems/);
});

test('validate: a missing key is located at its parent object', async () => {
  const bad = await file('no-title.json', '{\n  "version": 1,\n  "id": "x",\n  "stages": [\n    {"id": "a"}\n  ]\n}\n');
  const {code, stderr} = await run('validate', bad);
  assert.equal(code, 1);
  assert.match(stderr, /no-title\.json:1:1: title: is required/);
  assert.match(stderr, /no-title\.json:5:5: stages\[0\]\.title: is required/);
});

test('validate: a JSON syntax error names its line and column', async () => {
  const bad = await file('comma.json', '{\n  "version": 1,\n  "id": "x",\n}\n');
  const {code, stderr} = await run('validate', bad);
  assert.equal(code, 1);
  assert.match(stderr, /comma\.json:4:1: The roadmap is not valid JSON: .*trailing comma/);
});

test('validate: an unreadable file is an error, not a crash', async () => {
  const {code, stderr} = await run('validate', join(folder, 'nowhere.json'));
  assert.equal(code, 1);
  assert.match(stderr, /nowhere\.json: The roadmap could not be read: no such file/);
});

test('usage errors exit 2 and explain', async () => {
  for (const args of [
    [],
    ['validate'],
    ['frobnicate'],
    ['render', INDIA, '--theme', 'pink'],
    ['render', INDIA, '--locale', '!!'],
  ]) {
    const {code, stderr} = await run(...args);
    assert.equal(code, 2, args.join(' '));
    assert.match(stderr, /Usage:/);
  }
});

test('validateRoadmapFile: the same check as a function', async () => {
  const good = await validateRoadmapFile(INDIA);
  assert.equal(good.ok, true);
  assert.equal(good.roadmap.stages.length, 5);
  const bad = await validateRoadmapFile(
    await file('version.json', '{"version": 2, "id": "x", "title": "t", "stages": [{"title": "a"}]}'),
  );
  assert.equal(bad.ok, false);
  assert.equal(bad.issues[0].path, 'version');
  assert.deepEqual(formatValidation(bad), [`${bad.file}:1:13: version: ${bad.issues[0].message}`]);
});
