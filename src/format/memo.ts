/**
 * Values worth making once per page: `Intl` formatters (building one costs far more than using it), canonical
 * language tags, range patterns. Each caller starts its keys with its own letter, so kinds never collide.
 */
const made = new Map<string, unknown>();

/** The value kept under `key`, made by `make` the first time it is asked for. */
export function memo<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}
