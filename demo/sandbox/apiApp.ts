import { Hono } from 'hono'
import type { ApiDeps, ApiEnv } from './apiEnv.js'
import { authenticate } from './authenticate.js'
import { authRoutes } from './authRoutes.js'
import { bodyCap } from './bodyCap.js'
import { type Clock, systemClock } from './clock.js'
import type { SandboxConfig } from './config.js'
import type { Database } from './database.js'
import { echoInput } from './echoInput.js'
import { electionRoutes } from './electionRoutes.js'
import { employeeRoutes } from './employeeRoutes.js'
import { employerRoutes } from './employerRoutes.js'
import { enrollmentRoutes } from './enrollmentRoutes.js'
import { ApiError } from './errors.js'
import { memberRoutes } from './memberRoutes.js'
import { qleRoutes } from './qleRoutes.js'
import { defaultLog, type LogLine, requestLog } from './requestLog.js'
import { createStats } from './stats.js'
import { statsRoutes } from './statsRoutes.js'
import { createTokenStore } from './tokenStore.js'
import { widgetCors } from './widgetCors.js'

/** Seams for tests: a fake clock, a log sink. */
export interface ApiAppOptions {
  /** Time source for token expiry and enrollment windows. */
  clock?: Clock
  /** Receives request log lines; default stdout unless quiet. */
  log?: LogLine
}

function readOrganizationId(db: Database): string {
  const row = db
    .prepare<[], { id: string }>(
      'SELECT id FROM organizations ORDER BY rowid LIMIT 1',
    )
    .get()

  if (!row) throw new Error('The sandbox database is empty; seed it first.')

  return row.id
}

function mountRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  app.route('/v1/auth', authRoutes(deps))
  app.route('/v1/employees', employeeRoutes(deps))
  app.route('/v1/employees', electionRoutes(deps))
  app.route('/v1/enrollments', enrollmentRoutes(deps))
  app.route('/v1/members', memberRoutes(deps))
  app.route('/v1/members', qleRoutes(deps))
  app.route('/v1/employers', employerRoutes(deps))
  app.route('/__sandbox', statsRoutes(deps))
}

/**
 * The sandbox API as a Hono app over a seeded `db`: auth, row-level
 * scope, CORS for the widget origin only, a 64 kB body cap, one log line
 * per request and the `{ error: { code, message } }` envelope. Tests call
 * `app.request()`; `main.ts` serves it on 127.0.0.1.
 */
export function createApiApp(
  db: Database,
  config: SandboxConfig,
  options: ApiAppOptions = {},
): Hono<ApiEnv> {
  const clock = options.clock ?? systemClock
  const log = options.log ?? defaultLog(config)
  const deps: ApiDeps = {
    db,
    config,
    clock,
    tokens: createTokenStore(db, clock, config.tokenTtlSeconds),
    stats: createStats(),
    organizationId: readOrganizationId(db),
  }
  const app = new Hono<ApiEnv>()

  app.use(requestLog('api', log, [config.apiKey]))
  app.use(async (c, next) => {
    deps.stats.requests += 1
    await next()
    c.header('Cache-Control', 'no-store')
    c.header('X-Content-Type-Options', 'nosniff')
  })
  app.use(widgetCors(config.widgetOrigin))
  app.use(authenticate(deps))
  app.use(bodyCap())

  mountRoutes(app, deps)

  app.notFound((c) => {
    const error = new ApiError(
      404,
      'not_found',
      `No route ${c.req.method} ${echoInput(c.req.path)}.`,
    )

    return c.json(error.toBody(), 404)
  })
  app.onError((error, c) => {
    if (error instanceof ApiError) return c.json(error.toBody(), error.status)

    log(
      JSON.stringify({
        level: 'error',
        name: error.name,
        message: error.message,
      }),
    )
    const failure = new ApiError(
      500,
      'internal_error',
      'The sandbox failed; see its log.',
    )

    return c.json(failure.toBody(), 500)
  })

  return app
}
