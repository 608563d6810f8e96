/** Console warnings for publishers: each distinct message once per element, never a flood. */
const warned = new WeakMap<object, Set<string>>();

export function warnOnce(source: object, message: string): void {
  let messages = warned.get(source);
  if (!messages) warned.set(source, (messages = new Set()));
  if (messages.has(message)) return;
  messages.add(message);
  console.warn(message);
}

/**
 * Warns when an attribute holds a value the element does not know, naming the attribute and what it accepts.
 * The element then uses its default; nothing throws.
 */
export function checkAttribute(
  element: HTMLElement,
  attribute: string,
  value: unknown,
  accepted: readonly unknown[] | ((value: unknown) => boolean),
  expected: string,
): void {
  if (value === undefined || value === null) return;
  const ok = typeof accepted === 'function' ? accepted(value) : accepted.includes(value);
  if (!ok) {
    warnOnce(
      element,
      `<${element.localName}> ${attribute}: must be ${expected}, not ${JSON.stringify(value)}; using the default`,
    );
  }
}

/** `one of "a", "b"`: what an attribute with a fixed set of values accepts, for `checkAttribute`. */
export const oneOf = (values: readonly string[]) => `one of ${values.map((value) => `"${value}"`).join(', ')}`;
