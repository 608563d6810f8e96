import {readFileSync, readdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {dirname, resolve} from 'node:path';
import {defineConfig, type Plugin} from 'vite';
import ts from 'typescript';
import {compactCss} from './src/compact-css.js';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The parts of the library the embed loads only when a page needs them, each its own file next to the embed
 * (`roadmap-elements.<name>.js`): the word tables of every language but English, the JSON-LD builder of
 * `structured-data`, and the reader features (`track-progress`, `experience`, `active-stage`, `collapsible`). The core file stays one self-contained install; these add to it on demand.
 */
export const EXTRAS: Record<string, string> = {
  ...Object.fromEntries(
    readdirSync(resolve(root, 'src/format/words'))
      .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
      .map((file) => [`words-${file.slice(0, -3)}`, resolve(root, 'src/format/words', file)]),
  ),
  occupation: resolve(root, 'src/structured-data/occupation.ts'),
  messages: resolve(root, 'src/schema/messages.ts'),
  reader: resolve(root, 'src/elements/reader/reader.ts'),
};

/**
 * In the embed builds, a dynamic `import()` of an extra becomes a request for its file next to the embed (a
 * relative URL: both the classic script and the module resolve it against their own address), instead of being
 * bundled in.
 */
function loadExtrasBesideTheEmbed(keepWords: boolean): Plugin {
  const names = new Map(
    Object.entries(EXTRAS)
      .filter(([name]) => !(keepWords && name.startsWith('words-')))
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
 * Compacts the static parts of css`…` templates in src/ with `compactCss` (comments, layout whitespace, longer
 * spellings): the embed ships every byte of its styles as JS strings, which the JS minifier leaves alone. Spaces
 * that carry meaning (between selectors, inside calc()) and quoted strings are kept.
 */
export function minifyCssTemplates(): Plugin {
  return {
    name: 'minify-css-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return code.replace(/\bcss`([^`]*)`/g, (_match, body: string) => `css\`${compactCss(body)}\``);
    },
  };
}

/** The static text of an html`…` template without layout whitespace (see `minifyHtmlTemplates`). */
export function minifyTemplateText(text: string): string {
  return text
    .replace(/\s*\n\s*(\/?>)/g, '$1')
    .replace(/(>)?(\s*\n\s*)(<)?/g, (_run, before?: string, _space?: string, after?: string) =>
      before || after ? `${before ?? ''}${after ?? ''}` : ' ',
    );
}

/**
 * Strips layout whitespace from the static parts of html`…` and svg`…` templates in src/: the indentation
 * prettier gives them is shipped as JS strings otherwise. Like JSX, a whitespace run that holds a line break
 * disappears next to a tag and becomes one space elsewhere; whitespace on one line is left as written, so a
 * space that separates words or inline elements must be written on the same line as them. Templates are found
 * with the TypeScript parser, so strings and comments that merely look like templates are left alone.
 */
export function minifyHtmlTemplates(): Plugin {
  return {
    name: 'minify-html-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      const out = minifyHtmlCode(code, id);
      return out === code ? null : {code: out, map: null};
    },
  };
}

/**
 * `minifyHtmlTemplates` on one file's source (TypeScript or JavaScript). `scripts/minify-lib.mjs` runs it on
 * `dist/lib` too: Lit's hydration matches server-rendered HTML to templates by their exact text, so the npm
 * build a server renders with and the embed a browser hydrates with must carry the same template strings.
 */
export function minifyHtmlCode(code: string, fileName: string): string {
  if (!/\b(html|svg)\s*`/.test(code)) return code;
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits: [number, number, string][] = [];
  const piece = (node: ts.Node, open: number, close: number) => {
    const start = node.getStart(file) + open;
    const end = node.end - close;
    edits.push([start, end, minifyTemplateText(code.slice(start, end))]);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isTaggedTemplateExpression(node) && /^(html|svg)$/.test(node.tag.getText(file))) {
      const {template} = node;
      if (ts.isNoSubstitutionTemplateLiteral(template)) piece(template, 1, 1);
      else {
        piece(template.head, 1, 2);
        for (const span of template.templateSpans) piece(span.literal, 1, ts.isTemplateTail(span.literal) ? 1 : 2);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

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
 * script), each with Lit, @lit/context and zod/mini bundled in. The npm entry (`dist/lib`) is compiled by
 * `tsc -p tsconfig.build.json` and keeps its dependencies external.
 *
 * `vite build --mode hydrate` builds the variant for server-rendered pages (`roadmap-elements.hydrate.js` and
 * `.hydrate.iife.js`, with Lit's hydration support) into the same folder, keeping what is there.
 */
export default defineConfig(({mode}) => {
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
      plugins: [minifyCssTemplates(), minifyHtmlTemplates()],
      build: {
        target: 'es2022',
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: true,
        lib: {entry: EXTRAS, formats: ['es'], fileName: (_format, name) => `roadmap-elements.${name}.js`},
        rolldownOptions: {output: {minify: true}},
      },
    };
  }
  const hydrate = mode === 'hydrate';
  const name = hydrate ? 'roadmap-elements.hydrate' : 'roadmap-elements';
  return {
    // The hydrating embed carries every language (see embed-hydrate.ts); its JSON-LD builder stays beside it.
    plugins: [minifyCssTemplates(), minifyHtmlTemplates(), loadExtrasBesideTheEmbed(hydrate)],
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
