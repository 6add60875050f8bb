import { createApiApp } from './apiApp.js'
import { readConfig, type SandboxConfig } from './config.js'
import { type Database, openDatabase } from './database.js'
import { toIsoDate } from './dates.js'
import { seed } from './seed.js'
import type { BoundEntity } from './tokenStore.js'

/** A seeded in-memory API with a hand-driven clock, for tests. */
export interface TestSandbox {
  db: Database
  config: SandboxConfig
  app: ReturnType<typeof createApiApp>
  logs: string[]
  /** The fake clock's current `YYYY-MM-DD`. */
  today(): string
  /** Moves the fake clock forward by `ms`. */
  advance(ms: number): void
  /** Mints a token with the API key and returns its text. */
  mint(boundEntity?: BoundEntity | null): Promise<string>
  /** Sends a request with `credential` as Bearer (none when null). */
  call(
    method: string,
    path: string,
    credential: string | null,
    body?: unknown,
  ): Promise<Response>
}

/** The instant tests seed at and start the clock from. */
export const TEST_NOW = Date.parse('2026-03-16T15:00:00.000Z')

/** The config tests use: defaults, quiet, in memory, a 900 s TTL. */
export const TEST_CONFIG: SandboxConfig = readConfig({
  VITABLE_SANDBOX_QUIET: '1',
  VITABLE_SANDBOX_DB: ':memory:',
})

/** Builds a seeded API app over `db` (default a new in-memory one). */
export function createTestSandbox(
  db: Database = seeded(openDatabase(':memory:')),
): TestSandbox {
  let now = TEST_NOW
  const logs: string[] = []
  const config = TEST_CONFIG
  const app = createApiApp(db, config, {
    clock: () => now,
    log: (line) => logs.push(line),
  })

  async function call(
    method: string,
    path: string,
    credential: string | null,
    body?: unknown,
  ): Promise<Response> {
    const headers = new Headers({ 'Content-Type': 'application/json' })
    const text = typeof body === 'string' ? body : JSON.stringify(body)

    if (credential) headers.set('Authorization', `Bearer ${credential}`)

    return app.request(path, {
      method,
      headers,
      ...(body === undefined ? {} : { body: text }),
    })
  }

  async function mint(boundEntity: BoundEntity | null = null) {
    const body = { grant_type: 'client_credentials', bound_entity: boundEntity }
    const response = await call(
      'POST',
      '/v1/auth/access-tokens',
      config.apiKey,
      body,
    )
    const json = (await response.json()) as { access_token: string }

    return json.access_token
  }

  return {
    db,
    config,
    app,
    logs,
    today: () => toIsoDate(now),
    advance: (ms) => {
      now += ms
    },
    mint,
    call,
  }
}

/** Seeds `db` at `TEST_NOW` and returns it. */
export function seeded(db: Database): Database {
  seed(db, TEST_NOW)

  return db
}

/** Every row of every table, to prove a failed request wrote nothing. */
export function snapshot(db: Database): string {
  const tables = db
    .prepare<[], { name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
    )
    .all()

  return JSON.stringify(
    tables.map(({ name }) => [
      name,
      db.prepare(`SELECT * FROM ${name} ORDER BY rowid`).all(),
    ]),
  )
}

/**
 * GETs `path` on a fresh sandbox with the API key, or with a token bound
 * to `bound`; answers the status and parsed JSON.
 */
export async function readAs(path: string, bound?: BoundEntity) {
  const sandbox = createTestSandbox()
  const credential = bound ? await sandbox.mint(bound) : sandbox.config.apiKey
  const response = await sandbox.call('GET', path, credential)

  return { status: response.status, json: (await response.json()) as never }
}
