/** One console warning per element and message: a publisher sees what is wrong, not a flood. */
const warned = new WeakMap<object, string>();

export function warnOnce(source: object, message: string): void {
  if (warned.get(source) === message) return;
  warned.set(source, message);
  console.warn(message);
}
