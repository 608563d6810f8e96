import {defineConfig} from 'vite';
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import {svelte} from '@sveltejs/vite-plugin-svelte';

export default defineConfig({
  plugins: [
    react(),
    // Vue: the three tags are custom elements, not Vue components.
    vue({
      template: {
        compilerOptions: {isCustomElement: (tag) => ['roadmap-timeline', 'stage-card', 'salary-band'].includes(tag)},
      },
    }),
    svelte(),
  ],
  build: {
    rollupOptions: {
      input: {
        react: 'react/index.html',
        'react-ssr': 'react-ssr/index.html',
        vue: 'vue/index.html',
        svelte: 'svelte/index.html',
      },
    },
  },
});
