import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {dirname, resolve} from 'node:path';
import {defineConfig, type Plugin} from 'vite';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import {transform, transformStyleAttribute} from 'lightningcss';
import {extras} from './scripts/extras.mjs';

const root = dirname(fileURLToPath(import.meta.url));

/** The parts of the library the embed loads only when a page needs them: see scripts/extras.mjs. */
export const EXTRAS: Record<string, string> = extras(root);

/** The extras this build writes: those named in ROADMAP_EXTRAS (comma-separated), else all. */
function extrasToBuild(): Record<string, string> {
  const names = process.env.ROADMAP_EXTRAS?.split(',').filter(Boolean);
  if (!names?.length) return EXTRAS;
  for (const name of names) if (!EXTRAS[name]) throw new Error(`ROADMAP_EXTRAS: no extra named "${name}"`);
  return Object.fromEntries(names.map((name) => [name, EXTRAS[name]!]));
}

/**
 * In the embed builds, a dynamic `import()` of an extra becomes a request for its file next to the embed (a
 * relative URL: both the classic script and the module resolve it against their own address), instead of being
 * bundled in.
 */
function loadExtrasBesideTheEmbed(keepLadder: boolean): Plugin {
  const names = new Map(
    Object.entries(EXTRAS)
      .filter(([name]) => !(keepLadder && name === 'ladder'))
      .map(([name, path]) => [path, name]),
  );
  return {
    name: 'load-extras-beside-the-embed',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.') || names.has(importer)) return null;
      const name = names.get(resolve(dirname(importer), source).replace(/\.js$/, '.ts'));
      return name ? {id: `./roadmap-elements.${name}.js`, external: true} : null;
    },
  };
}

/**
 * Minifies the static text of the html`…`, svg`…` and css`…` templates in src/ with Lit's own
 * `@lit-labs/rollup-plugin-minify-html-literals` (html-minifier-next for markup, lightningcss for styles): the
 * embed ships every byte of them as JS strings, which the JS minifier leaves alone. Every build of the sources
 * (the embeds, the extras and `dist/lib`) runs it with these options, so a page rendered on a server with
 * `dist/lib` hydrates with either embed: Lit's hydration matches the server's HTML to templates by their text.
 */
export function minifyTemplates(): Plugin {
  const plugin = minifyLiterals({
    include: ['**/src/**/*.ts'],
    // A template the minifier cannot read stops the build instead of shipping unminified.
    failOnError: true,
    options: {
      minifyOptions: {
        // The default also quotes every attribute binding (`id=${…}` → `id="${…}"`): Lit needs neither.
        removeAttributeQuotes: true,
        collapseInlineTagWhitespace: true,
        minifyCSS: minifyCssText,
      },
    },
  }) as unknown as Plugin;
  // Before the TypeScript transform, so the source map starts from the source.
  return {...plugin, enforce: 'pre'};
}

/**
 * One css`…` template's text, with `@TEMPLATE_EXPRESSION();` where its `${…}` parts are, through lightningcss: a
 * whole sheet, or a list of declarations that a sheet interpolates (the theme's colour tokens). A list loses its
 * last `;`, so in a sheet a placeholder followed by more declarations gets one.
 */
function minifyCssText(text: string): string {
  const code = Buffer.from(text);
  if (!text.includes('{'))
    return transformStyleAttribute({filename: 'template.css', code, minify: true}).code.toString();
  const sheet = transform({filename: 'template.css', code, minify: true}).code.toString();
  return sheet.replace(/(@TEMPLATE_EXPRESSION_* ?\(\);)(?!})/g, '$1;');
}

/**
 * `dist/lib`'s entries: every module of src/ (`schema/index` → `src/schema/index.ts`) but declaration files and
 * the two embeds' entries, which are bundled into `dist/` instead (no export names them; and the hydrating one
 * must load Lit's hydration support before Lit, an order that a per-module build does not keep).
 */
const SOURCES = Object.fromEntries(
  readdirSync(resolve(root, 'src'), {recursive: true})
    .map(String)
    .filter(
      (file) =>
        file.endsWith('.ts') &&
        !file.endsWith('.d.ts') &&
        !/^embed(-hydrate)?\.ts$/.test(file) &&
        !file.startsWith('publishing'),
    )
    .map((file) => [file.slice(0, -3), resolve(root, 'src', file)]),
);

/** Writes `src/publishing/embed.html` to `dist/embed.html`, beside the classic script it loads. */
function copyEmbedPage(): Plugin {
  return {
    name: 'copy-embed-page',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'embed.html',
        source: readFileSync(resolve(root, 'src/publishing/embed.html')),
      });
    },
  };
}

/**
 * The one-file embed: `dist/roadmap-elements.js` (ES module) and `dist/roadmap-elements.iife.js` (classic
 * script), each with Lit, @lit/context and zod/mini bundled in. The npm entry (`dist/lib`) is built by
 * `vite build --mode lib` and keeps its dependencies external.
 *
 * `vite build --mode hydrate` builds the variant for server-rendered pages (`roadmap-elements.hydrate.js` and
 * `.hydrate.iife.js`, with Lit's hydration support) into the same folder, keeping what is there.
 */
/**
 * Rolldown's advice that no build here needs: how long plugins took (the template minifier takes about a second of
 * each build, more on a loaded machine). A build prints nothing but its files, so a warning is news.
 */
const checks = {bundlerTimings: false};

export default defineConfig(({mode}) => {
  if (mode === 'lib') {
    // `vite build --mode lib`: the npm entry, one ES module per source file with its dependencies kept external,
    // unminified for the bundlers that consume it (`tsc -p tsconfig.build.json` adds the declarations).
    return {
      plugins: [minifyTemplates()],
      build: {
        target: 'es2022',
        outDir: 'dist/lib',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        lib: {entry: SOURCES, formats: ['es'], fileName: (_format, name) => `${name}.js`},
        rolldownOptions: {
          external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
          checks,
          output: {preserveModules: true, preserveModulesRoot: 'src'},
        },
      },
    };
  }
  if (mode === 'embed-page' || mode === 'roadmap-frame') {
    // `vite build --mode embed-page` / `--mode roadmap-frame`: the publishing files (docs/publishing.md), each a
    // classic script of its own; embed-page also copies the page itself, dist/embed.html.
    return {
      plugins: mode === 'embed-page' ? [copyEmbedPage()] : [],
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        lib: {
          entry: `src/publishing/${mode}.ts`,
          formats: ['iife'],
          name: 'RoadmapFrame',
          fileName: () => `${mode}.js`,
        },
        rolldownOptions: {output: {minify: true}},
      },
    };
  }
  if (mode === 'extras') {
    // `vite build --mode extras`: each extra as its own small ES module, beside the embeds.
    return {
      // An extra that reaches another (the ladder's money words reach the word tables) loads it from beside itself.
      plugins: [minifyTemplates(), loadExtrasBesideTheEmbed(false)],
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        // One extra per build when ROADMAP_EXTRAS names some (scripts/build-extras.mjs): extras built together
        // would share modules through a chunk file that every self-hosted copy would also need.
        lib: {entry: extrasToBuild(), formats: ['es'], fileName: (_format, name) => `roadmap-elements.${name}.js`},
        rolldownOptions: {checks, output: {minify: true}},
      },
    };
  }
  const hydrate = mode === 'hydrate';
  const name = hydrate ? 'roadmap-elements.hydrate' : 'roadmap-elements';
  return {
    // Both embeds load their extras, word tables included, from beside them (see embed-hydrate.ts); the hydrating
    // one carries the salary ladder inside.
    plugins: [minifyTemplates(), loadExtrasBesideTheEmbed(hydrate)],
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
        // The hydrating embed imports every word table (embed-hydrate.ts) that words.ts would otherwise load on
        // demand: that the dynamic import then splits nothing off is the point.
        checks: {...checks, ineffectiveDynamicImport: !hydrate},
        // Library mode keeps the ES file's whitespace for downstream bundlers; ours is a finished embed, so
        // both files are minified fully.
        output: {minify: true},
      },
    },
  };
});
