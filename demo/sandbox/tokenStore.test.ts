import { describe, expect, it } from 'vitest'
import { openDatabase } from './database.js'
import { SEED } from './seedIds.js'
import { seeded } from './testSandbox.js'
import { createTokenStore, hashCredential } from './tokenStore.js'

const org = SEED.organizationId
const maria = { type: 'employee', id: SEED.employees.maria } as const

function storeAt(clock: { now: number }, ttlSeconds = 900) {
  const db = seeded(openDatabase(':memory:'))

  return { db, store: createTokenStore(db, () => clock.now, ttlSeconds) }
}

describe('createTokenStore', () => {
  it('mints vit_at_ tokens of 43 url-safe characters, all different', () => {
    const { store } = storeAt({ now: 0 })

    const tokens = Array.from(
      { length: 50 },
      () => store.issue(org, null).token,
    )

    for (const token of tokens) {
      expect(token).toMatch(/^vit_at_[A-Za-z0-9_-]{43}$/)
    }
    expect(new Set(tokens).size).toBe(50)
  })

  it('keeps only a hash, with the binding and expiry', () => {
    const clock = { now: 1_000 }
    const { db, store } = storeAt(clock, 60)

    const { token } = store.issue(org, maria)
    const rows = db.prepare('SELECT * FROM access_tokens').all()

    expect(rows).toEqual([
      {
        token_hash: hashCredential(token),
        organization_id: org,
        bound_type: 'employee',
        bound_id: maria.id,
        expires_at: 61_000,
        created_at: '1970-01-01T00:00:01.000Z',
      },
    ])
  })

  it('is valid until the clock reaches its expiry, then expired', () => {
    const clock = { now: 5_000 }
    const { store } = storeAt(clock, 1)
    const { token } = store.issue(org, maria)

    const fresh = store.check(token)
    clock.now = 5_999
    const lastMoment = store.check(token)
    clock.now = 6_000
    const expired = store.check(token)

    expect(fresh).toEqual({
      status: 'valid',
      organizationId: org,
      boundEntity: maria,
      expiresAt: 6_000,
    })
    expect(lastMoment.status).toBe('valid')
    expect(expired).toEqual({ status: 'expired' })
  })

  it('does not know a token it never issued', () => {
    const { store } = storeAt({ now: 0 })

    expect(store.check(`vit_at_${'a'.repeat(43)}`)).toEqual({
      status: 'unknown',
    })
  })
})
