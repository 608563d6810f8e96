// `roadmap-elements render` and `renderRoadmapHtml`, against the build: `npm run test:node`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {renderRoadmapHtml, scriptSafeJson} from 'roadmap-elements/node.js';
import {check} from '../schema-org.js';
import {FRONTEND, HINDI, INDIA, root, run} from './cli-support.mjs';

/** The text of the element's direct child `<script type="…">`. */
const childScript = (html, type) =>
  new RegExp(
    `<script type="${type}"[^>]*>([^<]*)</script>\\n</roadmap-timeline>|<script type="${type}"[^>]*>([^<]*)</script>`,
  ).exec(html);
const scriptText = (html, type) => {
  const match = childScript(html, type);
  return match && (match[1] ?? match[2]);
};

test('render: the element with declarative shadow DOM holding every stage, the JSON and the hydrating script', async () => {
  const {code, stdout, stderr} = await run('render', INDIA, '--theme', 'dark', '--layout', 'vertical');
  assert.equal(code, 0, stderr);
  assert.equal(stderr, '');
  assert.match(
    stdout,
    /^<roadmap-timeline theme="dark" layout="vertical" structured-data><template shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.jsdelivr\.net\/npm\/roadmap-elements@[\d.]+\/dist\/roadmap-timeline\.css">/,
  );
  const roadmap = JSON.parse(await readFile(INDIA, 'utf8'));
  const shadow = stdout.slice(0, stdout.indexOf('<script type="application/json">'));
  for (const stage of roadmap.stages) {
    assert.ok(shadow.includes(`>${stage.title}<`), stage.title);
    assert.ok(shadow.includes(stage.items[0].replace(/&/g, '&amp;')), stage.items[0]);
  }
  // The cards received the timeline's currency and locale through context on the server.
  assert.match(shadow, /₹5L – ₹11L/);
  assert.match(shadow, /Months 0–2/);
  assert.deepEqual(JSON.parse(scriptText(stdout, 'application/json')), roadmap);
  assert.match(
    stdout,
    /<\/roadmap-timeline>\n<script src="https:\/\/cdn\.jsdelivr\.net\/npm\/roadmap-elements@[\d.]+\/dist\/roadmap-elements\.hydrate\.iife\.js" defer><\/script>\n$/,
  );
});

test('render: --locale hi writes the UI words in Hindi', async () => {
  const {code, stdout} = await run('render', HINDI, '--script', 'none');
  assert.equal(code, 0);
  assert.match(stdout, /lang="hi-IN"/);
  for (const words of ['चरण 1', 'महीने 0–2', 'वर्ष 4+', 'वेतन बैंड', 'खुली नौकरियाँ', 'अंतिम अपडेट', 'बुनियाद']) {
    assert.ok(stdout.includes(words), words);
  }
  assert.doesNotMatch(stdout, /<script src=/);
  const english = await run('render', INDIA, '--locale', 'hi', '--script', 'none');
  assert.ok(english.stdout.includes('चरण 1'));
});

test('render: every language with a word table is rendered in its own words on the server', async () => {
  const stages = {
    ar: 'المرحلة 1',
    'ar-EG': 'المرحلة ١',
    bn: 'পর্যায় ১',
    de: 'Phase 1',
    es: 'Etapa 1',
    fr: 'Étape 1',
    mr: 'टप्पा १',
    pt: 'Etapa 1',
    ta: 'நிலை 1',
    te: 'దశ 1',
  };
  for (const [locale, stage] of Object.entries(stages)) {
    const {html} = await renderRoadmapHtml(await readFile(INDIA, 'utf8'), {locale, structuredData: false});
    assert.ok(html.includes(stage), `${locale}: ${stage}`);
    assert.doesNotMatch(html, />(Stage \d|Months|Year \d|Open roles|Salary band|Last refreshed)/, locale);
  }
});

test('render: the JSON-LD is a schema.org Occupation, never a JobPosting', async () => {
  for (const [path, location] of [
    [INDIA, {'@type': 'Country', name: 'India'}],
    [HINDI, {'@type': 'Country', name: 'भारत'}],
  ]) {
    const {stdout} = await run('render', path);
    const data = JSON.parse(scriptText(stdout, 'application/ld\\+json'));
    assert.deepEqual(check(data), []);
    assert.equal(data['@context'], 'https://schema.org');
    assert.equal(data['@type'], 'Occupation');
    assert.deepEqual(data.occupationLocation, [location]);
    assert.deepEqual(data.estimatedSalary[0], {
      '@type': 'MonetaryAmountDistribution',
      name: path === INDIA ? 'Salary band' : 'वेतन बैंड',
      currency: 'INR',
      duration: 'P1Y',
      percentile10: 500000,
      percentile90: 3000000,
    });
    assert.equal(data.estimatedSalary.length, 6);
    assert.doesNotMatch(stdout, /JobPosting/);
  }
  const {stdout} = await run('render', FRONTEND, '--no-structured-data');
  assert.doesNotMatch(stdout, /ld\+json|structured-data/);
});

test('the vocabulary check catches what does not belong', () => {
  assert.deepEqual(check({'@type': 'JobPosting'}), ['$: unknown or unexpected @type "JobPosting"']);
  assert.equal(check({'@type': 'MonetaryAmountDistribution', minValue: 1}).length, 1);
  assert.equal(check({'@type': 'Occupation', occupationLocation: {'@type': 'Place', name: 'x'}}).length, 1);
  assert.equal(check({'@type': 'MonetaryAmountDistribution', duration: 'yearly'}).length, 1);
});

test('render: text that could end the script element is escaped, and reads back the same', async () => {
  const roadmap = JSON.parse(await readFile(FRONTEND, 'utf8'));
  roadmap.title = 'Break out </script><script>alert(1)</script> <!-- and \u2028 in';
  roadmap.stages[0].title = '</SCRIPT >';
  const json = JSON.stringify(roadmap);
  const result = await renderRoadmapHtml(json);
  assert.equal(result.ok, true);
  const inner = result.html.slice(result.html.indexOf('<script type="application/json">'));
  const text = /^<script type="application\/json">([^<]*)<\/script>/.exec(inner)[1];
  assert.doesNotMatch(text, /<\/script|<!--/i);
  assert.deepEqual(JSON.parse(text), roadmap);
  assert.equal(scriptSafeJson('"</script>"'), '"\\u003c/script>"');
  // Shadow-DOM text is escaped by Lit.
  assert.doesNotMatch(result.html.slice(0, result.html.indexOf('<script type="application/json">')), /<script>alert/);
});

test('render: an invalid roadmap exits 1 with its located error, and prints no HTML', async () => {
  const {code, stdout, stderr} = await run('render', join(root, 'package.json'));
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /package\.json:3:14: version: unsupported version "0\.1\.0"/);
  assert.match(stderr, /package\.json:1:1: stages: is required/);
});
