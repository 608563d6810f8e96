// Shared by the Node tests: where the build and the sample roadmaps are, and a way to run the CLI.
import {execFile} from 'node:child_process';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const INDIA = join(root, 'data/backend-developer-india-2026.json');
export const HINDI = join(root, 'data/backend-developer-india-2026-hi.json');
export const FRONTEND = join(root, 'test/fixtures/frontend-developer-us-2026.json');

const cli = join(root, 'dist/lib/node/cli.js');

/** Runs the built CLI; resolves with its exit code and output, whatever the code. */
export function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], {cwd: root}, (error, stdout, stderr) => {
      resolve({code: error ? error.code : 0, stdout, stderr});
    });
  });
}
