/** Choosing a locale, and what follows from it. */

/** The locale used when neither the element nor the roadmap names one. */
export const DEFAULT_LOCALE = 'en';

/** True for a well-formed BCP 47 language tag that `Intl` accepts ("en", "en-IN", "hi", "ar-SA"). */
export function isLanguageTag(tag: unknown): boolean {
  if (typeof tag !== 'string') return false;
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** The first candidate that is a valid BCP 47 tag, canonicalised; else `DEFAULT_LOCALE`. */
export function resolveLocale(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(candidate);
      if (canonical) return canonical;
    } catch {
      // Not a language tag: try the next candidate.
    }
  }
  return DEFAULT_LOCALE;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ps', 'sd', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Thaa', 'Syrc', 'Nkoo', 'Adlm', 'Rohg']);

/** `rtl` when the locale's script is written right to left (Arabic, Hebrew, Persian, Urdu, …). */
export function textDirection(locale: string): 'ltr' | 'rtl' {
  const {language, script} = new Intl.Locale(locale);
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
