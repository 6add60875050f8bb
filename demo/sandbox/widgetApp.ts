import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Hono } from 'hono'
import type { SandboxConfig } from './config.js'
import { readAsset } from './frameAssets.js'
import {
  frameConfig,
  framePageHeaders,
  injectFrameConfig,
} from './framePage.js'
import { FRAME_DIST_DIR } from './paths.js'
import { defaultLog, type LogLine, requestLog } from './requestLog.js'

/** Seams for tests: where the built frame lives, a log sink. */
export interface WidgetAppOptions {
  /** Folder holding `index.html` and `assets/`; default `dist/frame`. */
  distDir?: string
  /** Receives request log lines; default stdout unless quiet. */
  log?: LogLine
}

const ASSETS_PREFIX = '/embed/assets/'

const NOT_BUILT =
  'The Employee Dashboard is not built yet: run `npm run build`, ' +
  'then reload this page.'

/**
 * The widget server: `GET /embed/employee-dashboard` answers the built
 * frame app with its config injected and a strict CSP (frame-ancestors =
 * the allowed portal origins), and `/embed/assets/*` its files. 503 with
 * a hint when the frame has not been built.
 */
export function createWidgetApp(
  config: SandboxConfig,
  options: WidgetAppOptions = {},
): Hono {
  const distDir = options.distDir ?? FRAME_DIST_DIR
  const app = new Hono()

  app.use(
    requestLog('widget', options.log ?? defaultLog(config), [config.apiKey]),
  )

  app.get('/embed/employee-dashboard', async (c) => {
    const html = await readFile(join(distDir, 'index.html'), 'utf8').catch(
      () => null,
    )

    if (html === null)
      return c.text(NOT_BUILT, 503, { 'Cache-Control': 'no-store' })

    const page = injectFrameConfig(html, frameConfig(config))

    return c.body(page, 200, framePageHeaders(config))
  })

  app.get(`${ASSETS_PREFIX}*`, async (c) => {
    const rawPath = new URL(c.req.url).pathname.slice(ASSETS_PREFIX.length)
    const asset = await readAsset(join(distDir, 'assets'), rawPath)

    if (!asset) return c.text('Not found.', 404)

    return c.body(new Uint8Array(asset.body), 200, {
      'Content-Type': asset.contentType,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    })
  })

  app.notFound((c) => c.text('Not found.', 404))

  return app
}
