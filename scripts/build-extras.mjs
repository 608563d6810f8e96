// The extras beside the embed (vite.config.ts, EXTRAS), each from a build of its own, so none imports a shared
// chunk: a self-hosted copy needs exactly the files docs/publishing.md lists. The word tables import nothing and
// are built together. `npm run build` runs this for `vite build --mode extras`.
import {fileURLToPath} from 'node:url';
import {build} from 'vite';
import {extras} from './extras.mjs';

const EXTRAS = extras(fileURLToPath(new URL('..', import.meta.url)));
const words = Object.keys(EXTRAS).filter((name) => name.startsWith('words-'));
const groups = [
  words,
  ...Object.keys(EXTRAS)
    .filter((name) => !name.startsWith('words-'))
    .map((name) => [name]),
];
for (const group of groups) {
  process.env.ROADMAP_EXTRAS = group.join(',');
  await build({mode: 'extras', logLevel: 'warn'});
}
delete process.env.ROADMAP_EXTRAS;
