// Gives the npm build (dist/lib, compiled by tsc) the same html`…` template text as the embed (see
// minifyHtmlCode in vite.config.ts): a page rendered on a server with dist/lib hydrates with either.
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {runnerImport} from 'vite';

const {module: config} = await runnerImport('/vite.config.ts', {configFile: false, logLevel: 'silent'});
const root = new URL('../dist/lib/', import.meta.url).pathname;
let changed = 0;
for (const name of readdirSync(root, {recursive: true})) {
  if (!String(name).endsWith('.js')) continue;
  const path = join(root, String(name));
  const code = readFileSync(path, 'utf8');
  const out = config.minifyHtmlCode(code, path);
  if (out !== code) {
    writeFileSync(path, out);
    changed++;
  }
}
console.log(`dist/lib: html templates tightened in ${changed} files`);
