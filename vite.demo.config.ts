import {defineConfig} from 'vite';

/** `npm start`: serves index.html, which embeds the built classic script the way a publisher's page does. */
export default defineConfig({
  server: {port: 5173, strictPort: false},
  // Vite scans every HTML file under the root for modules to pre-bundle, the consumer projects in test/consumers too
  // (whose vue, svelte and react are installed only in their temporary copies): it warned on every `npm start`. The
  // demo pages are the only ones it serves.
  optimizeDeps: {entries: ['index.html', 'demo/*.html']},
});
