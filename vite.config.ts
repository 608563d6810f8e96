import {defineConfig} from 'vite';

/**
 * The one-file embed: `dist/roadmap-elements.js` (ES module) and `dist/roadmap-elements.iife.js` (classic
 * script), each with Lit, @lit/context and zod/mini bundled in. The npm entry (`dist/lib`) is compiled by
 * `tsc -p tsconfig.build.json` and keeps its dependencies external.
 */
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    lib: {
      entry: 'src/embed.ts',
      name: 'RoadmapElements',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'roadmap-elements.js' : 'roadmap-elements.iife.js'),
    },
  },
});
