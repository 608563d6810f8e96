/**
 * The one-file embed for server-rendered pages (`dist/roadmap-elements.hydrate.js` and `.hydrate.iife.js`):
 * Lit's hydration support first, so elements rendered by `roadmap-elements render` (declarative shadow DOM)
 * take over the DOM they arrive with instead of rendering it again. Otherwise the same as `embed.ts`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';

export * from './index.js';
