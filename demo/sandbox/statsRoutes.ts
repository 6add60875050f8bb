import { Hono } from 'hono'
import type { ApiDeps, ApiEnv } from './apiEnv.js'
import { requireApiKey } from './scope.js'

/** `GET /__sandbox/stats` (API key only): the dev counters. */
export function statsRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()

  app.get('/stats', (c) => {
    requireApiKey(c.get('principal'), 'read sandbox stats')

    return c.json({ data: { ...deps.stats } })
  })

  return app
}
