import { readFileSync } from 'node:fs'
import { defineConfig } from 'vite'

const { version } = JSON.parse(readFileSync('package.json', 'utf8'))

/** The `<script>` bundle: `dist/vitable.js`, defining `window.Vitable`. */
export default defineConfig({
  define: {
    __VITABLE_VERSION__: JSON.stringify(version),
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    // Browser support starts in 2022: private fields stay native.
    target: 'es2022',
    sourcemap: true,
    minify: true,
    lib: {
      entry: 'src/embed/index.ts',
      formats: ['iife'],
      name: 'VitableScript',
      fileName: () => 'vitable.js',
    },
  },
})
