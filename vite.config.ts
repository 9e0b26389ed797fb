// Vite build of the web explorer: sources in web/, output in dist/web (served by the API server).
// JSX is compiled by Vite's built-in oxc transform with Preact's automatic runtime.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'web',
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The uncertainty Web Worker is an ES module (new Worker(url, { type: 'module' })).
  worker: { format: 'es' },
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
  },
  server: {
    // `npx vite` in development: send API calls to a server started with PORT=3300 npm start.
    proxy: { '/api': 'http://127.0.0.1:3300' },
  },
});
