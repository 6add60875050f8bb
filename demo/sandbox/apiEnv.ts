import type { Clock } from './clock.js'
import type { SandboxConfig } from './config.js'
import type { Database } from './database.js'
import type { SandboxStats } from './stats.js'
import type { BoundEntity, TokenStore } from './tokenStore.js'

/** Who is calling, once `authenticate` has accepted the credential. */
export interface Principal {
  credential: 'api_key' | 'access_token'
  organizationId: string
  /** The entity a bound token is limited to; null for org-wide reach. */
  boundEntity: BoundEntity | null
  /** Token expiry in epoch ms; null for the API key. */
  expiresAt: number | null
}

/** What every route of the API app shares. */
export interface ApiDeps {
  db: Database
  config: SandboxConfig
  clock: Clock
  tokens: TokenStore
  stats: SandboxStats
  /** The organization the API key belongs to. */
  organizationId: string
}

/** The Hono environment of the API app. */
export interface ApiEnv {
  Variables: { principal: Principal }
}
