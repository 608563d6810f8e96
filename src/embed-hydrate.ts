/**
 * The one-file embed for server-rendered pages (`dist/roadmap-elements.hydrate.js` and `.hydrate.iife.js`):
 * Lit's hydration support first, so elements rendered by `roadmap-elements render` (declarative shadow DOM)
 * take over the DOM they arrive with instead of rendering it again. Otherwise the same as `embed.ts`, word tables
 * beside it included, but with the salary ladder inside: the server rendered it, and hydration matches it in the
 * same pass.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import {loadWords} from './format/words.js';
import {defineRoadmapElements} from './register.js';
import {registerLadder} from './elements/roadmap-timeline/ladder.js';
import * as ladder from './elements/roadmap-timeline/salary-ladder.js';

registerLadder(ladder);

/**
 * Hydration happens in one pass and must meet the words the server wrote. So the elements are defined once the
 * tables of the languages already on the page are here: each server-rendered roadmap says its language in its
 * declarative shadow root (`lang` on its base part). Until then the server's HTML stays on screen, whole and
 * readable; a page in English (or with no server-rendered roadmap) defines them at once. The script must come
 * after the roadmaps or be `defer`red, as `roadmap-elements render` writes it.
 */
const loading = [...document.querySelectorAll('roadmap-timeline')]
  .map((el) => loadWords(el.shadowRoot?.querySelector('[lang]')?.getAttribute('lang') ?? 'en'))
  .filter((load) => load !== undefined);
if (loading.length) void Promise.all(loading).then(defineRoadmapElements);
else defineRoadmapElements();

export * from './embed-api.js';
