/// <reference types="vite/client" />
/**
 * The one-file embed for server-rendered pages (`dist/roadmap-elements.hydrate.js` and `.hydrate.iife.js`):
 * Lit's hydration support first, so elements rendered by `roadmap-elements render` (declarative shadow DOM)
 * take over the DOM they arrive with instead of rendering it again. Otherwise the same as `embed.ts`, but with
 * every language's words and the salary ladder inside: hydration happens in one pass, and the words the server wrote must be there.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {registerWords, type Words} from './format/words.js';
import {registerLadder} from './elements/roadmap-timeline/ladder.js';
import * as ladder from './elements/roadmap-timeline/salary-ladder.js';
import './define.js';

// Registered while this module runs, before the elements' first update (a microtask away).
const tables = import.meta.glob<Words>('./format/words/*.ts', {eager: true, import: 'default'});
for (const [path, table] of Object.entries(tables)) registerWords(path.slice(path.lastIndexOf('/') + 1, -3), table);
// The salary ladder too: the server rendered it, and hydration matches it in the same pass.
registerLadder(ladder);

export * from './embed-api.js';
