// Lean server output (`--styles <folder>` / `{stylesheets}`): the style sheets linked, not repeated, and the byte
// figures scripts/bench-ssr.mjs reports, held here as ceilings. Run against the build.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {renderRoadmapHtml} from 'roadmap-elements/node.js';
import {INDIA, root, run} from './cli-support.mjs';
import {largeRoadmap} from '../../scripts/large-roadmap.mjs';

const FOLDER = 'https://cdn.example.org/roadmap-elements/dist/';
const count = (text, pattern) => (text.match(pattern) ?? []).length;
/** The India roadmap's shadow roots: the timeline, 5 cards with a band each, and the salary ladder's 6 bands. */
const ROOTS = 17;

test('render --styles: every shadow root links its sheet, none carries a <style>', async () => {
  const {code, stdout} = await run('render', INDIA, '--styles', FOLDER, '--script', 'none');
  assert.equal(code, 0);
  assert.equal(count(stdout, /<style>/g), 0);
  assert.equal(count(stdout, /<template shadowrootmode="open">/g), ROOTS);
  assert.equal(
    count(
      stdout,
      new RegExp(
        `<template shadowrootmode="open"><link rel="stylesheet" href="${FOLDER}(roadmap-timeline|stage-card|salary-band)\\.css">`,
        'g',
      ),
    ),
    ROOTS,
  );
});

test('render: the sheets sit beside --script by default; --script none keeps them inline', async () => {
  const beside = await run('render', INDIA, '--script', '/assets/roadmap-elements.hydrate.iife.js');
  assert.match(beside.stdout, /<link rel="stylesheet" href="\/assets\/stage-card\.css">/);
  const inline = await run('render', INDIA, '--script', 'none');
  assert.equal(count(inline.stdout, /<style>/g), ROOTS);
  assert.equal(count(inline.stdout, /<link rel="stylesheet"/g), 0);
});

test('dist/<tag>.css hold exactly what the inline <style> elements hold', async () => {
  const inline = await run('render', INDIA, '--script', 'none');
  const styles = new Set([...inline.stdout.matchAll(/<style>([^]*?)<\/style>/g)].map((match) => match[1]));
  const files = await Promise.all(
    ['roadmap-timeline', 'stage-card', 'salary-band'].map(async (tag) =>
      (await readFile(join(root, `dist/${tag}.css`), 'utf8')).trim(),
    ),
  );
  // Every file is inlined somewhere; the one other inline sheet is a card's without the plan's styles (a card whose
  // stage has no curriculum), which stage-card.css begins with (issue 16).
  const [, card] = files;
  for (const file of files) assert.ok(styles.has(file));
  const others = [...styles].filter((style) => !files.includes(style));
  assert.equal(others.length, 1);
  assert.ok(card.endsWith(others[0]) && card.length > others[0].length);
});

/** Bytes of `renderRoadmapHtml(json)` inline (the output before lean output) and lean, without the plain copy. */
async function sizes(json) {
  const inline = await renderRoadmapHtml(json, {fallback: false});
  const lean = await renderRoadmapHtml(json, {fallback: false, stylesheets: FOLDER});
  return {inline: Buffer.byteLength(inline.html), lean: Buffer.byteLength(lean.html)};
}

test('lean output: the India roadmap in well under half the bytes', async () => {
  const {inline, lean} = await sizes(await readFile(INDIA, 'utf8'));
  // Measured 0.35× (scripts/bench-ssr.mjs).
  assert.ok(lean < 0.4 * inline, `${lean} bytes lean vs ${inline} inline`);
});

test('lean output: 300 stages × 12 items in under half the bytes', async () => {
  const {inline, lean} = await sizes(JSON.stringify(largeRoadmap()));
  // Measured 0.45×: the rest is markup, Lit's hydration markers (a third) and the roadmap JSON the element hydrates from (docs/embedding.md).
  assert.ok(lean < 0.5 * inline, `${lean} bytes lean vs ${inline} inline`);
});
