import {fileURLToPath} from 'node:url';
import type {StorybookConfig} from '@storybook/web-components-vite';

const manifest = fileURLToPath(new URL('../dist/custom-elements.json', import.meta.url));

/** Lit and the packages that share its instance; see optimizeDeps below. */
const LIT_PACKAGES = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'];

const config: StorybookConfig = {
  framework: {name: '@storybook/web-components-vite', options: {}},
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: {disableTelemetry: true},
  // A clean workspace for a developer trying the library: no onboarding checklist in the sidebar or the menu.
  features: {sidebarOnboardingChecklist: false, menuOnboardingChecklist: false},
  async viteFinal(viteConfig) {
    const {mergeConfig} = await import('vite');
    // The project's vite.config.ts builds the one-file embed (library mode); Storybook builds an app.
    if (viteConfig.build) delete viteConfig.build.lib;
    // Its extras plugin makes lazy imports into files beside the embed; Storybook bundles them as its own chunks.
    viteConfig.plugins = viteConfig.plugins
      ?.flat()
      .filter((plugin) => !(plugin && 'name' in plugin && plugin.name === 'load-extras-beside-the-embed'));
    // `npm run manifest` writes the manifest; the storybook scripts run it first.
    return mergeConfig(viteConfig, {
      resolve: {alias: {'roadmap-elements/custom-elements.json': manifest}},
      // Storybook's renderer is served unbundled and imports `lit/directive-helpers.js` from node_modules; had
      // Vite pre-bundled Lit for the stories, the page would hold two copies of lit-html and log "Multiple
      // versions of Lit loaded" on every story. Lit is plain ES modules: served as they are, there is one copy.
      optimizeDeps: {exclude: LIT_PACKAGES},
      // Storybook's own docs and a11y bundles are large; ours are not, and they are not shipped.
      build: {chunkSizeWarningLimit: 2048},
    });
  },
};

export default config;
