// The browser suite in every engine (npm run test:browsers; npm test runs it): Chromium first, on its own (it runs
// two files at a time), then Firefox and WebKit side by side (each runs one file at a time, so together they keep
// two cores busy, and CI stays within its time). Each engine's output is printed whole when it finishes, then
// one line per engine with its counts and time. Exits 1 if any engine failed.
//
//   node scripts/test-browsers.mjs [chromium] [firefox] [webkit]   (default: all three)
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

// The runner's command-line entry (its package exports no bin path, so it is named by where npm puts it).
const wtr = fileURLToPath(new URL('../node_modules/@web/test-runner/dist/bin.js', import.meta.url));
const CONFIGS = {
  chromium: 'web-test-runner.config.js',
  firefox: 'web-test-runner.firefox.config.js',
  webkit: 'web-test-runner.webkit.config.js',
};
const asked = process.argv.slice(2);
for (const engine of asked) {
  if (!CONFIGS[engine]) throw new Error(`No browser engine "${engine}": use ${Object.keys(CONFIGS).join(', ')}`);
}
const engines = asked.length ? asked : Object.keys(CONFIGS);

/** What the runner printed about each failure: its ❌ lines with the lines after them, without colour codes. */
function failuresIn(output) {
  // eslint-disable-next-line no-control-regex
  const lines = output.replace(/\x1b\[[0-9;]*[A-Za-z]/g, '').split('\n');
  const found = [];
  lines.forEach((line, index) => {
    if (line.includes('❌')) found.push(lines.slice(index, index + 6).join('\n'));
  });
  return [...new Set(found)];
}

/** One engine's run: its whole output, exit code, seconds, and the runner's last count line. */
function run(engine) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [wtr, '--config', CONFIGS[engine]], {stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    child.stdout.on('data', (data) => (output += data));
    child.stderr.on('data', (data) => (output += data));
    child.on('exit', (code) => {
      const counts = output.match(/\d+ passed, \d+ failed(, \d+ skipped)?/g)?.at(-1) ?? 'no count';
      const seconds = Math.round((Date.now() - started) / 1000);
      process.stdout.write(`\n===== ${engine} =====\n${output}\n`);
      resolve({engine, code, seconds, counts, failures: failuresIn(output)});
    });
  });
}

const results = [];
if (engines.includes('chromium')) results.push(await run('chromium'));
results.push(...(await Promise.all(engines.filter((engine) => engine !== 'chromium').map(run))));

// The failures again, last, where a CI log's tail shows them.
for (const {engine, failures} of results) {
  if (failures.length) console.log(`\n===== ${engine}: what failed =====\n${failures.join('\n\n')}`);
}
console.log('');
for (const {engine, code, seconds, counts} of results) {
  console.log(`browser tests, ${engine}: ${counts} in ${seconds} s${code ? ' (FAILED)' : ''}`);
}
process.exitCode = results.some(({code}) => code !== 0) ? 1 : 0;
