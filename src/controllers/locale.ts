/**
 * The locale of an element: the first valid one of its own `locale` attribute and what it inherits (the roadmap's,
 * or the enclosing timeline's), the word table of its language, loaded when it is not here yet, and its writing
 * direction. Used by all three elements.
 */
import type {ReactiveElement} from 'lit';
import {resolveLocale, textDirection} from '../format/locale.js';
import {loadWords, wordsFor, type Words} from '../format/words.js';
import type {PendingHost} from '../elements/base-element.js';

export interface LocaleHost extends ReactiveElement, PendingHost {
  locale?: unknown;
}

export interface Locale {
  /** The canonical locale last resolved: `en` until `resolve` is called. */
  readonly value: string;
  /** The words of the resolved locale (English until its table is here). */
  readonly words: Words;
  /** `rtl` when the resolved locale is written right to left. */
  readonly direction: 'ltr' | 'rtl';
  /**
   * Resolves the host's locale against what it inherits, and starts loading its words if they are not here: once
   * they are, the host updates again with `changed` marked changed, and its `updateComplete` waits for that.
   */
  resolve(inherited?: string): string;
}

/**
 * The locale of `host`. `changed` is the property the host sees as changed when the words of its locale arrive,
 * so that it formats its labels again (`locale`, or the context's `config`). A closure, as `stageTarget`.
 */
export function localeController(host: LocaleHost, changed: PropertyKey): Locale {
  const locale = {
    value: 'en',
    get words() {
      return wordsFor(locale.value);
    },
    get direction() {
      return textDirection(locale.value);
    },
    resolve(inherited?: string) {
      const value = (locale.value = resolveLocale(host.locale as string | undefined, inherited));
      const loading = loadWords(value);
      // Marked changed even when its value is the same: what is made from the words is made again.
      if (loading) host.track(loading.then(() => host.requestUpdate(changed, null)));
      return value;
    },
  };
  return locale;
}
