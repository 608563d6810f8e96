// Writes each element's shadow-root styles as a file of its own, dist/<tag>.css, for server-rendered pages whose
// shadow roots link them (`roadmap-elements render --styles <folder>`, docs/embedding.md) instead of each carrying a
// copy. Taken from the built library, so they are exactly what the elements' `<style>` elements would hold.
import {writeFileSync} from 'node:fs';
import {elementStylesheets} from '../dist/lib/node/render.js';

const root = new URL('..', import.meta.url);
for (const [tag, css] of Object.entries(elementStylesheets())) {
  writeFileSync(new URL(`dist/${tag}.css`, root), `${css}\n`);
  console.log(`dist/${tag}.css  ${(css.length / 1024).toFixed(1)} KB`);
}
