/**
 * UI words per language, chosen by the locale's language subtag (`hi-IN` → `hi`), else English.
 * To add a language: write `words/<language>.ts` exporting a complete `Words` table (TypeScript checks every
 * key), and name it in `TABLES` below.
 */
import {en, type Words} from './words/en.js';
import {hi} from './words/hi.js';

export type {Words};

const TABLES: Record<string, Words> = {en, hi};

/** The table for the locale's language, or English. */
export function wordsFor(locale: string): Words {
  return TABLES[locale.split('-')[0]!.toLowerCase()] ?? en;
}
