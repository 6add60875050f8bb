import { createHash, randomBytes } from 'node:crypto'
import type { Clock } from './clock.js'
import type { Database } from './database.js'
import { toTimestamp } from './dates.js'

/** The entity a token is bound to; a bound token reaches only its data. */
export interface BoundEntity {
  type: 'employee' | 'employer'
  id: string
}

/** A freshly minted token: the only moment its text exists server-side. */
export interface IssuedToken {
  token: string
  expiresIn: number
  boundEntity: BoundEntity | null
}

/** What a presented token turned out to be. */
export type TokenCheck =
  | {
      status: 'valid'
      organizationId: string
      boundEntity: BoundEntity | null
      expiresAt: number
    }
  | { status: 'expired' }
  | { status: 'unknown' }

/** Mints and checks access tokens; the database keeps only their hashes. */
export interface TokenStore {
  issue(organizationId: string, boundEntity: BoundEntity | null): IssuedToken
  check(token: string): TokenCheck
}

interface TokenRow {
  organization_id: string
  bound_type: BoundEntity['type'] | null
  bound_id: string | null
  expires_at: number
}

const TOKEN_PREFIX = 'vit_at_'

// Expired rows are kept a day so a late request still counts as expired.
const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000

/** SHA-256 of a credential, hex; used for storage and comparison. */
export function hashCredential(credential: string): string {
  return createHash('sha256').update(credential).digest('hex')
}

/**
 * Creates the token store over `db`. Tokens are `vit_at_` and 32 random
 * bytes in base64url (43 characters), live `ttlSeconds`, and are judged
 * against `clock` so tests can expire them without waiting.
 */
export function createTokenStore(
  db: Database,
  clock: Clock,
  ttlSeconds: number,
): TokenStore {
  const insert = db.prepare(
    'INSERT INTO access_tokens (token_hash, organization_id, bound_type, ' +
      'bound_id, expires_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  )
  const select = db.prepare<[string], TokenRow>(
    'SELECT organization_id, bound_type, bound_id, expires_at ' +
      'FROM access_tokens WHERE token_hash = ?',
  )
  const purge = db.prepare('DELETE FROM access_tokens WHERE expires_at < ?')

  function issue(organizationId: string, boundEntity: BoundEntity | null) {
    const now = clock()
    const token = `${TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`
    const expiresAt = now + ttlSeconds * 1000

    db.transaction(() => {
      purge.run(now - KEEP_EXPIRED_MS)
      insert.run(
        hashCredential(token),
        organizationId,
        boundEntity?.type ?? null,
        boundEntity?.id ?? null,
        expiresAt,
        toTimestamp(now),
      )
    })()

    return { token, expiresIn: ttlSeconds, boundEntity }
  }

  function check(token: string): TokenCheck {
    const row = select.get(hashCredential(token))

    if (!row) return { status: 'unknown' }

    if (clock() >= row.expires_at) return { status: 'expired' }

    const boundEntity =
      row.bound_type && row.bound_id
        ? { type: row.bound_type, id: row.bound_id }
        : null

    return {
      status: 'valid',
      organizationId: row.organization_id,
      boundEntity,
      expiresAt: row.expires_at,
    }
  }

  return { issue, check }
}
