// What every benchmark page shares: a synchronous layout, waiting for frames, and one measured step.

/** Style and layout of the whole document (shadow trees included), synchronously. */
export const layout = () => document.documentElement.getBoundingClientRect().height + document.body.offsetHeight;

/** Resolves after `count` animation frames: the page is idle and painted before a step is timed. */
export const frames = (count = 2) =>
  new Promise((resolve) => {
    const step = () => (--count <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });

/** The next `roadmap-load` of `element`. */
export const loaded = (element) =>
  new Promise((resolve) => element.addEventListener('roadmap-load', resolve, {once: true}));

/**
 * Times `work` and the layout after it as the performance measure `name`, which tachometer reads
 * (`"mode": "performance"` in the bench/*.tachometer.json files). `check` runs after the clock stops and throws
 * when the work did not show what it should: a page that measured nothing is a failure, not a fast sample.
 */
export async function measure(name, work, check = () => {}) {
  await frames();
  const start = performance.now();
  await work();
  layout();
  const end = performance.now();
  check();
  performance.measure(name, {start, end});
}

/** Reports a failed page to the benchmark script's check (scripts/bench.mjs), which loads each page once first. */
export function reportFailure(error) {
  window.__benchError = String(error?.stack ?? error);
  console.error(error);
}
addEventListener('error', (event) => reportFailure(event.error ?? event.message));
addEventListener('unhandledrejection', (event) => reportFailure(event.reason));
