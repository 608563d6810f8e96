/** Choosing a locale, and what follows from it. */

/** The locale used when neither the element nor the roadmap names one. */
export const DEFAULT_LOCALE = 'en';

/**
 * Canonical forms by tag, `''` for a tag `Intl` rejects. Every card and band asks again on each update (600 asks
 * in a 300-stage roadmap's locale change), and `Intl.getCanonicalLocales` is slow enough for that to show.
 */
const canonicalForms = new Map<string, string>();

/** "en-in" → "en-IN"; `''` when the text is not one BCP 47 language tag that `Intl` accepts. */
function canonical(tag: string): string {
  let form = canonicalForms.get(tag);
  if (form === undefined) {
    try {
      [form = ''] = Intl.getCanonicalLocales(tag);
    } catch {
      form = '';
    }
    canonicalForms.set(tag, form);
  }
  return form;
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
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
