/** Choosing a locale, and what follows from it. */
import {memo} from './memo.js';

/** The locale used when neither the element nor the roadmap names one. */
export const DEFAULT_LOCALE = 'en';

/**
 * "en-in" → "en-IN"; `''` when the text is not one BCP 47 language tag that `Intl` accepts. Kept per tag: every card
 * and band asks again on each update (600 asks in a 300-stage roadmap's locale change), and
 * `Intl.getCanonicalLocales` is slow enough for that to show.
 */
function canonical(tag: string): string {
  return memo(`c${tag}`, () => {
    try {
      return Intl.getCanonicalLocales(tag)[0] ?? '';
    } catch {
      return '';
    }
  });
}

/** True for a well-formed BCP 47 language tag that `Intl` accepts ("en", "en-IN", "hi", "ar-SA"). */
export function isLanguageTag(tag: unknown): boolean {
  return typeof tag === 'string' && canonical(tag) !== '';
}

/** The first candidate that is a valid BCP 47 tag, canonicalised; else `DEFAULT_LOCALE`. */
export function resolveLocale(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const form = candidate && canonical(candidate);
    if (form) return form;
  }
  return DEFAULT_LOCALE;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** `rtl` when the locale's script is written right to left (Arabic, Hebrew, Persian, Urdu, …). */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const {language, script} = new Intl.Locale(locale);
  return (script ? RTL_SCRIPTS.has(script) : RTL_LANGUAGES.has(language)) ? 'rtl' : 'ltr';
}
