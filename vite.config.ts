import {defineConfig, type Plugin} from 'vite';

/**
 * Strips comments and layout whitespace from the static parts of css`…` templates in src/: the embed ships
 * every byte of its styles as JS strings, which the JS minifier leaves alone. Spaces that carry meaning (before
 * `:`, inside calc()) are kept; only whitespace runs and the spaces around `{ } ; ,` and after `:` go.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`]*)`/g, (_match, body: string) => {
        const minified = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};,])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim();
        return `css\`${minified}\``;
      });
    },
  };
}

/**
 * The one-file embed: `dist/roadmap-elements.js` (ES module) and `dist/roadmap-elements.iife.js` (classic
 * script), each with Lit, @lit/context and zod/mini bundled in. The npm entry (`dist/lib`) is compiled by
 * `tsc -p tsconfig.build.json` and keeps its dependencies external.
 *
 * `vite build --mode hydrate` builds the variant for server-rendered pages (`roadmap-elements.hydrate.js` and
 * `.hydrate.iife.js`, with Lit's hydration support) into the same folder, keeping what is there.
 */
export default defineConfig(({mode}) => {
  const hydrate = mode === 'hydrate';
  const name = hydrate ? 'roadmap-elements.hydrate' : 'roadmap-elements';
  return {
    plugins: [minifyCssTemplates()],
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: !hydrate,
      sourcemap: true,
      minify: true,
      lib: {
        entry: hydrate ? 'src/embed-hydrate.ts' : 'src/embed.ts',
        name: 'RoadmapElements',
        formats: ['es', 'iife'],
        fileName: (format) => (format === 'es' ? `${name}.js` : `${name}.iife.js`),
      },
      rolldownOptions: {
        // Library mode keeps the ES file's whitespace for downstream bundlers; ours is a finished embed, so
        // both files are minified fully.
        output: {minify: true},
      },
    },
  };
});
