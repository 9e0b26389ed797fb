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
    rolldownOptions: {
      output: {
        // A page loaded when first shown (web/src/routes.ts) gets a chunk named after its folder,
        // pages/<route id>/, so the chunk says which page it is: assets/page-uncertainty-<hash>.js.
        // Another part of a page loaded on its own adds its module's name: page-area-TrendCharts-<hash>.js.
        chunkFileNames: (chunk) => {
          const page = /\/pages\/([^/]+)\/([^/]+)\.tsx?$/.exec(chunk.facadeModuleId ?? '');
          if (page === null) return 'assets/[name]-[hash].js';
          return /Page$/.test(page[2]!) ? `assets/page-${page[1]}-[hash].js` : `assets/page-${page[1]}-[name]-[hash].js`;
        },
      },
    },
  },
  server: {
    // `npx vite` in development: send API calls to a server started with PORT=3300 npm start.
    proxy: { '/api': 'http://127.0.0.1:3300' },
  },
});
