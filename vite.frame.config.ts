import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vite'

function fromRepo(path: string): string {
  return fileURLToPath(new URL(path, import.meta.url))
}

/**
 * Builds the dashboard page the widget server serves at
 * `/embed/employee-dashboard`, with its assets under `/embed/assets/`.
 * The page runs under `script-src 'self'; style-src 'self'`, so the output
 * must hold no inline script or style.
 */
export default defineConfig({
  root: fromRepo('./src/frame'),
  base: '/embed/',
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  build: {
    outDir: fromRepo('./dist/frame'),
    emptyOutDir: true,
    minify: true,
    // The polyfill is an inline script, which the CSP would refuse.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: fromRepo('./src/frame/index.html'),
    },
  },
})
