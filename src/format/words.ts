/**
 * UI words per language, chosen by the locale's language subtag (`hi-IN` → `hi`), else English.
 *
 * English is in the core file. Every other table is loaded the first time a roadmap needs it (in the embed, from
 * `roadmap-elements.words-<language>.js` next to it), so a page pays only for the languages it shows. To add a
 * language: write `words/<language>.ts` exporting a complete `WordTable` as its default (TypeScript checks every
 * key), and name it in `LOADERS` below; `vite.config.ts` turns it into its own file from that line.
 */
import {en, type Words} from './words/en.js';
import {memo} from './memo.js';

export type {Words};

/**
 * The tables here, by language. One registry per page, whichever copy of this module asks: the core file and an
 * extra beside it that formats money (the salary ladder) each carry this module, and two copies of the embed may
 * be on one page; a table loaded or registered by one is there for all.
 */
const TABLES: Record<string, Words> = ((globalThis as Record<symbol, Record<string, Words>>)[
  Symbol.for('roadmap-elements.words')
] ??= {en});

/** The tables not in the core file, by language. */
const LOADERS: Record<string, () => Promise<{default: Words}>> = {
  ar: () => import('./words/ar.js'),
  bn: () => import('./words/bn.js'),
  de: () => import('./words/de.js'),
  es: () => import('./words/es.js'),
  fr: () => import('./words/fr.js'),
  hi: () => import('./words/hi.js'),
  kn: () => import('./words/kn.js'),
  ml: () => import('./words/ml.js'),
  mr: () => import('./words/mr.js'),
  pt: () => import('./words/pt.js'),
  ta: () => import('./words/ta.js'),
  te: () => import('./words/te.js'),
};

const languageOf = (locale: string) => locale.split('-')[0]!.toLowerCase();

/** The table for the locale's language, if it is here (see `loadWords`), or English. */
export function wordsFor(locale: string): Words {
  return TABLES[languageOf(locale)] ?? en;
}

/** Makes a table available at once, without loading: the Node entry does this for every language. */
export function registerWords(language: string, table: Words): void {
  TABLES[language] = table;
}

/** The languages this library has words for. */
export const WORD_LANGUAGES = ['en', ...Object.keys(LOADERS)];

/**
 * Starts loading the table for the locale's language unless it is here, or there is none (English is used).
 * Returns a promise when there is something to wait for: it settles once the table is here, or, if the file
 * could not be loaded, after one console warning (the words stay English).
 */
export function loadWords(locale: string): Promise<void> | undefined {
  const language = languageOf(locale);
  const load = LOADERS[language];
  if (TABLES[language] || !load) return undefined;
  return memo(`w${language}`, () =>
    load().then(
      (module) => registerWords(language, module.default),
      (error: unknown) => {
        // Asked once: the language has the English table from now on, with no further attempt or warning.
        registerWords(language, en);
        console.warn(`roadmap-elements: the "${language}" words could not be loaded, so English is shown (${error})`);
      },
    ),
  );
}
