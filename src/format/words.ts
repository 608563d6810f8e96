/**
 * UI words per language. To add a language: write `words/<language>.ts` exporting a `Words` table
 * (copy `words/en.ts`), and add it to `TABLES` below.
 */
import {en, type Words} from './words/en.js';

export type {Words};

const TABLES: Record<string, Words> = {en};

/** The table for the locale's language, or English. */
export function wordsFor(locale: string): Words {
  return TABLES[locale.split('-')[0]!.toLowerCase()] ?? en;
}
