// docs/frameworks.md shows the files the consumer tests compile and run (scripts/consumers.mjs), verbatim.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile, readdir} from 'node:fs/promises';
import {join} from 'node:path';
import {root} from './cli-support.mjs';

const docs = await readFile(join(root, 'docs/frameworks.md'), 'utf8');
/** Each `<!-- file: PATH -->` marker and the fenced block after it. */
const blocks = [...docs.matchAll(/<!-- file: (\S+) -->\n\n`[^`\n]+`:\n\n```\w+\n([\s\S]*?)```/g)].map(
  ([, path, code]) => ({
    path,
    code,
  }),
);

test('docs/frameworks.md: each code block that names a file is that file, character for character', async () => {
  assert.ok(blocks.length > 0);
  for (const {path, code} of blocks) assert.equal(code, await readFile(join(root, path), 'utf8'), path);
});

test('docs/frameworks.md: every React, Vue, Svelte and plain HTML file of the consumer tests is shown', async () => {
  const shown = new Set(blocks.map((block) => block.path));
  for (const folder of ['react', 'react-ssr', 'vue', 'svelte', 'html']) {
    for (const name of await readdir(join(root, 'test/consumers', folder))) {
      if (name === 'index.html' && folder !== 'html') continue;
      assert.ok(shown.has(`test/consumers/${folder}/${name}`), `test/consumers/${folder}/${name}`);
    }
  }
});
