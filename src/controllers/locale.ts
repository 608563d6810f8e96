/**
 * The locale of an element: the first valid one of its own `locale` attribute and what it inherits (the roadmap's,
 * or the enclosing timeline's), and the word table of its language, loaded when it is not here yet (`wordsFor` and
 * `textDirection` then give its words and writing direction). Used by all three elements.
 */
import type {ReactiveElement} from 'lit';
import {resolveLocale} from '../format/locale.js';
import {loadWords} from '../format/words.js';
import type {PendingHost} from '../elements/base-element.js';

export interface LocaleHost extends ReactiveElement, PendingHost {
  locale?: unknown;
}

export interface Locale {
  /** The canonical locale last resolved: `en` until `resolve` is called. */
  readonly value: string;
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
