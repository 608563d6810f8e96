/**
 * The engine the suite runs in, and what its harness can emulate (scripts/wtr-engines.mjs): tests that need what
 * an engine's harness lacks skip there with the reason, printed in the run's browser logs (docs/browsers.md).
 */
import {emulateMedia, executeServerCommand} from '@web/test-runner-commands';

export type Capability = 'media' | 'colorScheme' | 'reducedMotion' | 'forcedColors' | 'accessibilityTree';

export type Engine = {engine: 'chromium' | 'firefox' | 'webkit'; why?: Partial<Record<Capability, string>>} & Record<
  Capability,
  boolean
>;

let asked: Promise<Engine> | undefined;

/** This run's engine and its harness's capabilities (asked once). */
export const engine = (): Promise<Engine> => (asked ??= executeServerCommand<Engine, undefined>('engine-capabilities'));

/** Skips the running test (or hook's tests) unless the harness can `need`, saying why in the browser logs. */
export async function requires(context: Mocha.Context, need: Capability): Promise<void> {
  const found = await engine();
  if (found[need]) return;
  const title = context.currentTest?.fullTitle() ?? context.test?.fullTitle() ?? '';
  console.log(`skipped in ${found.engine}: "${title}": ${found.why?.[need] ?? `no ${need} here`}`);
  context.skip();
}

/**
 * Skips the running test in `where`, printing the open defect it shows there. Only for defects seen in that engine
 * and not yet fixed (each is listed in docs/browsers.md under "Open defects"); the test keeps running everywhere
 * else, and the skip goes when the defect is fixed.
 */
export async function knownDefect(context: Mocha.Context, where: Engine['engine'], defect: string): Promise<void> {
  const found = await engine();
  if (found.engine !== where) return;
  const title = context.currentTest?.fullTitle() ?? context.test?.fullTitle() ?? '';
  console.log(`skipped in ${found.engine}: "${title}": open defect: ${defect}`);
  context.skip();
}

type Media = Parameters<typeof emulateMedia>[0];

/** `emulateMedia`, or a skip with the reason where the engine's harness can't emulate what `media` asks. */
export async function emulateOrSkip(context: Mocha.Context, media: Media): Promise<void> {
  if (media.media === 'print') await requires(context, 'media');
  if (media.colorScheme === 'dark') await requires(context, 'colorScheme');
  if (media.reducedMotion === 'reduce') await requires(context, 'reducedMotion');
  if (media.forcedColors === 'active') await requires(context, 'forcedColors');
  await emulateMedia(media);
}

/** Whether this engine reports `type` performance entries (`layout-shift` is Chromium's alone). */
export const reports = (type: string): boolean => PerformanceObserver.supportedEntryTypes.includes(type);

/**
 * How many runs a fuzz property gets in this engine: all of them in Chromium, a fifth in Firefox and WebKit. The
 * checker is the same JavaScript in every engine, so Chromium's runs find what inputs can break; the other engines'
 * harnesses run one file at a time and 3–5 times slower, and their runs check that they render what it accepts.
 */
export async function fuzzRuns(runs: number): Promise<number> {
  return (await engine()).engine === 'chromium' ? runs : Math.ceil(runs / 5);
}
