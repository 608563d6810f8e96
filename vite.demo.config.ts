import {defineConfig} from 'vite';

/** `npm start`: serves index.html, which embeds the built classic script the way a publisher's page does. */
export default defineConfig({
  server: {port: 5173, strictPort: false},
});
