// The HTML of `renderRoadmapHtml` as strict tools read it, and its input as text or object: `npm run test:node`.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {promisify} from 'node:util';
import {renderRoadmapHtml} from 'roadmap-elements/node.js';
import {HINDI, INDIA, root} from './cli-support.mjs';

const run = promisify(execFile);

/** html-validate's recommended rules, but for the choices the elements and the minifier make on purpose. */
const CONFIG = {
  extends: ['html-validate:recommended'],
  rules: {
    // `role="list"` on the stage and item lists is deliberate: with `list-style: none`, WebKit (VoiceOver)
    // stops announcing a list as one; the role gives it back.
    'no-redundant-role': 'off',
    'prefer-native-element': ['error', {exclude: ['list']}],
    // The template minifier leaves attribute values unquoted where HTML allows it (`class=stage`): valid HTML and
    // no parse error, only a style html-validate's recommended set prefers.
    'attr-quotes': 'off',
  },
};

for (const [name, file] of [
  ['India', INDIA],
  ['Hindi', HINDI],
]) {
  test(`renderRoadmapHtml: the ${name} roadmap is valid HTML to html-validate (no parse error, no <?>)`, async () => {
    const result = await renderRoadmapHtml(await readFile(file, 'utf8'));
    assert.equal(result.ok, true);
    assert.doesNotMatch(result.html, /<\?/);
    const dir = await mkdtemp(join(tmpdir(), 'roadmap-html-'));
    try {
      const page = join(dir, 'page.html');
      const config = join(dir, 'htmlvalidate.json');
      const title = name === 'Hindi' ? 'hi' : 'en';
      await writeFile(
        page,
        `<!DOCTYPE html>\n<html lang="${title}">\n<head>\n<meta charset="utf-8">\n<title>Roadmap</title>\n</head>\n<body>\n${result.html}</body>\n</html>\n`,
      );
      await writeFile(config, JSON.stringify(CONFIG));
      const validate = join(root, 'node_modules/.bin/html-validate');
      const {stdout} = await run(validate, ['--config', config, page]).catch((error) => {
        assert.fail(`html-validate found problems:\n${error.stdout}${error.stderr}`);
      });
      assert.equal(stdout.trim(), '');
    } finally {
      await rm(dir, {recursive: true, force: true});
    }
  });
}

test('renderRoadmapHtml: an object (an imported JSON file) renders as its JSON text does', async () => {
  const text = await readFile(INDIA, 'utf8');
  const fromText = await renderRoadmapHtml(text);
  const fromObject = await renderRoadmapHtml(JSON.parse(text));
  assert.equal(fromObject.ok, true);
  const shadow = (html) => html.slice(0, html.indexOf('<script type="application/json">'));
  assert.equal(shadow(fromObject.html), shadow(fromText.html));
  const json = /<script type="application\/json">([^<]*)<\/script>/.exec(fromObject.html)[1];
  assert.deepEqual(JSON.parse(json), JSON.parse(text));
});

test('renderRoadmapHtml: an invalid object returns its located issues, as text does', async () => {
  const roadmap = JSON.parse(await readFile(INDIA, 'utf8'));
  roadmap.stages[2].salary.max = 1;
  const result = await renderRoadmapHtml(roadmap);
  assert.equal(result.ok, false);
  assert.equal(result.issues[0].path, 'stages[2].salary.max');
});

test('the curriculum: rendered collapsed (its entries left for the reader to open), and open in the plain copy', async () => {
  const {value: html} = await renderRoadmapHtml(await readFile(INDIA, 'utf8'));
  const [shadow, fallback] = html.split('<div data-roadmap-fallback');
  // One plan, Stage 1's: its button collapsed, with the plan's line, and no entry rendered yet.
  assert.equal(shadow.match(/part="?curriculum-toggle/g)?.length, 1);
  assert.match(shadow, /aria-expanded="false" aria-controls="?plan/);
  assert.match(shadow, /Week-by-week plan · 8 weeks · 54 hours/);
  assert.doesNotMatch(shadow, /part="?curriculum-entry/);
  // The card with the plan carries the plan's styles in its own style element.
  assert.match(shadow, /<style>[^<]*\.plan-toggle/);
  // Without script or shadow DOM, the plan is a <details> with every entry, item and resource.
  assert.match(
    fallback,
    /<details><summary>Week-by-week plan · 8 weeks · 54 hours · Sample plan<\/summary><ol><li><p>Week 1 · 8 hours<\/p>/,
  );
  assert.match(
    fallback,
    /Docs: <a href="https:\/\/developer.mozilla.org\/en-US\/docs\/Web\/HTTP\/Reference\/Status">MDN: HTTP response status codes<\/a> \(20 min · Free\)/,
  );
});
