/** Attribute checks shared by the elements: a value they don't know is named in one console warning. */
import type {PropertyValues} from 'lit';
import {isLanguageTag} from '../format/locale.js';
import {THEMES} from './theme.js';
import {headingLevel} from './heading.js';
import {checkAttribute} from './warn.js';

export const oneOf = (values: readonly string[]) => `one of ${values.map((value) => `"${value}"`).join(', ')}`;

interface Shared {
  theme?: unknown;
  locale?: unknown;
  headingLevel?: unknown;
}

/** Checks `theme`, `locale` and `heading-level` where they changed. */
export function checkSharedAttributes(element: HTMLElement & Shared, changed: PropertyValues): void {
  if (changed.has('theme')) checkAttribute(element, 'theme', element.theme, THEMES, oneOf(THEMES));
  if (changed.has('locale')) {
    checkAttribute(element, 'locale', element.locale, isLanguageTag, 'a language tag such as "en-IN"');
  }
  if (changed.has('headingLevel')) {
    checkAttribute(
      element,
      'heading-level',
      element.headingLevel,
      (value) => headingLevel(value, 0) > 0,
      'a whole number from 1 to 6',
    );
  }
}
