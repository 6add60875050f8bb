import { defineConfig } from 'vitest/config'

export default defineConfig({
  oxc: {
    jsx: { runtime: 'automatic', importSource: 'preact' },
  },
  define: { __VITABLE_VERSION__: JSON.stringify('0.0.0-test') },
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'demo/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    environment: 'node',
    environmentOptions: {
      // Frames are tested for real in Chromium; here they stay empty.
      happyDOM: {
        settings: {
          enableIframePageLoading: true,
          navigation: { disableChildFrameNavigation: true },
        },
      },
    },
    restoreMocks: true,
    reporters: ['default', ['json', { outputFile: '.reports/vitest.json' }]],
  },
})
