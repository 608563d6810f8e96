/**
 * The story check: Storybook's own test tooling. `@storybook/addon-vitest` turns every story into a Vitest test
 * that renders it in a real browser, runs its `play` function (the interaction test), and runs axe through
 * `@storybook/addon-a11y` (`a11y: {test: 'error'}` in .storybook/preview.ts: a violation fails the story).
 * The browser is Debian's Chromium (`CHROME_PATH`, default /usr/bin/chromium), driven by Playwright's library
 * without a browser of its own: nothing is downloaded.
 */
import {fileURLToPath} from 'node:url';
import {storybookTest} from '@storybook/addon-vitest/vitest-plugin';
import {playwright} from '@vitest/browser-playwright';
import {defineConfig} from 'vitest/config';
import {chromiumFlags} from './web-test-runner.config.js';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [storybookTest({configDir: fileURLToPath(new URL('.storybook', import.meta.url))})],
        test: {
          name: 'storybook',
          // The first story of a file waits for Vite to transform its imports: slow on a loaded two-core machine.
          testTimeout: 60_000,
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: {
                executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
                args: chromiumFlags.filter((flag) => flag !== '--headless=new'),
              },
            }),
            instances: [{browser: 'chromium'}],
          },
        },
      },
    ],
  },
});
