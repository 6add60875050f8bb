import { describe, expect, it } from 'vitest'
import { SEED } from './seedIds.js'
import { createTestSandbox, snapshot, TEST_NOW } from './testSandbox.js'
import { type BoundEntity, hashCredential } from './tokenStore.js'

const MINT = '/v1/auth/access-tokens'
const GRANT = { grant_type: 'client_credentials' }
const maria: BoundEntity = { type: 'employee', id: SEED.employees.maria }

async function statsOf(sandbox: ReturnType<typeof createTestSandbox>) {
  const response = await sandbox.call(
    'GET',
    '/__sandbox/stats',
    sandbox.config.apiKey,
  )

  return ((await response.json()) as { data: Record<string, number> }).data
}

describe('POST /v1/auth/access-tokens', () => {
  it('mints a bound vit_at_ token with the configured lifetime', async () => {
    const sandbox = createTestSandbox()

    const response = await sandbox.call('POST', MINT, sandbox.config.apiKey, {
      ...GRANT,
      bound_entity: maria,
    })

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      access_token: expect.stringMatching(/^vit_at_[A-Za-z0-9_-]{32,}$/),
      token_type: 'Bearer',
      expires_in: 900,
      bound_entity: maria,
    })
  })

  it('mints an unbound token when bound_entity is left out', async () => {
    const sandbox = createTestSandbox()

    const response = await sandbox.call('POST', MINT, sandbox.config.apiKey, {
      ...GRANT,
      scope: 'ignored unknown field',
    })

    expect(await response.json()).toMatchObject({ bound_entity: null })
  })

  it('stores only the SHA-256 of the token', async () => {
    const sandbox = createTestSandbox()

    const token = await sandbox.mint(maria)
    const stored = snapshot(sandbox.db)

    expect(stored).not.toContain(token)
    expect(stored).toContain(hashCredential(token))
  })

  it.each([
    ['invalid JSON', '{"grant_type":', 'not valid JSON'],
    ['an empty body', '', 'empty'],
    ['an array', '[]', 'JSON object'],
    ['no grant_type', {}, '`grant_type` is required'],
    ['a wrong grant_type', { grant_type: 'password' }, '`grant_type`'],
    [
      'an unknown entity type',
      { ...GRANT, bound_entity: { type: 'member', id: 'mbr_x' } },
      '`bound_entity.type`',
    ],
    [
      'an id of the wrong prefix',
      { ...GRANT, bound_entity: { type: 'employee', id: 'empr_x' } },
      '`bound_entity.id`',
    ],
    [
      'a missing id',
      { ...GRANT, bound_entity: { type: 'employer' } },
      '`bound_entity.id` is required',
    ],
    [
      'a number as the id',
      { ...GRANT, bound_entity: { type: 'employer', id: 7 } },
      '`bound_entity.id`',
    ],
    [
      'an array as the entity',
      { ...GRANT, bound_entity: [] },
      '`bound_entity` must be an object',
    ],
    [
      'a string as the entity',
      { ...GRANT, bound_entity: 'employee' },
      '`bound_entity` must be an object',
    ],
  ])('answers 400 naming the field for %s', async (_, body, fragment) => {
    const sandbox = createTestSandbox()
    const before = snapshot(sandbox.db)

    const response = await sandbox.call(
      'POST',
      MINT,
      sandbox.config.apiKey,
      body,
    )
    const json = (await response.json()) as { error: { message: string } }

    expect(response.status).toBe(400)
    expect(json).toMatchObject({ error: { code: 'invalid_request' } })
    expect(json.error.message).toContain(fragment)
    expect(snapshot(sandbox.db)).toBe(before)
  })

  it.each([
    ['employee', 'empl_doesNotExist000'],
    ['employer', 'empr_doesNotExist000'],
  ])(
    'answers 404 naming bound_entity.id for a missing %s',
    async (type, id) => {
      const sandbox = createTestSandbox()
      const before = snapshot(sandbox.db)

      const response = await sandbox.call('POST', MINT, sandbox.config.apiKey, {
        ...GRANT,
        bound_entity: { type, id },
      })
      const json = (await response.json()) as { error: { message: string } }

      expect(response.status).toBe(404)
      expect(json).toMatchObject({ error: { code: 'not_found' } })
      expect(json.error.message).toContain('`bound_entity.id`')
      expect(snapshot(sandbox.db)).toBe(before)
      expect((await statsOf(sandbox)).tokens_issued).toBe(0)
    },
  )
})

describe('GET /v1/auth/me', () => {
  it('describes the API key as unbound and never expiring', async () => {
    const sandbox = createTestSandbox()

    const response = await sandbox.call(
      'GET',
      '/v1/auth/me',
      sandbox.config.apiKey,
    )

    expect(await response.json()).toEqual({
      data: { credential: 'api_key', bound_entity: null, expires_at: null },
    })
  })

  it('tells a token its employee and its expiry', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint(maria)

    const response = await sandbox.call('GET', '/v1/auth/me', token)

    expect(await response.json()).toEqual({
      data: {
        credential: 'access_token',
        bound_entity: maria,
        expires_at: new Date(TEST_NOW + 900_000).toISOString(),
      },
    })
  })
})

describe('authentication', () => {
  it.each([
    ['no header', null],
    ['a Basic header', 'Basic dXNlcjpwYXNz'],
    ['an empty Bearer', 'Bearer '],
    ['a non-Vitable credential', 'Bearer abc.def.ghi'],
    ['an unknown API key', `Bearer vit_apk_${'0'.repeat(40)}`],
    ['an unknown token', `Bearer vit_at_${'A'.repeat(43)}`],
  ])('answers 401 unauthorized for %s', async (_, header) => {
    const sandbox = createTestSandbox()
    const headers = new Headers(header ? { Authorization: header } : {})

    const response = await sandbox.app.request('/v1/auth/me', { headers })

    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({
      error: { code: 'unauthorized', message: expect.any(String) },
    })
  })

  it('accepts a token until its lifetime ends, then answers 401', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint(maria)
    const lifetime = sandbox.config.tokenTtlSeconds * 1000

    sandbox.advance(lifetime - 1)
    const before = await sandbox.call('GET', '/v1/auth/me', token)
    sandbox.advance(1)
    const after = await sandbox.call('GET', '/v1/auth/me', token)

    expect(before.status).toBe(200)
    expect(after.status).toBe(401)
    expect(await after.json()).toMatchObject({
      error: {
        code: 'unauthorized',
        message: expect.stringContaining('expired'),
      },
    })
  })

  it('counts expired-token rejections, and only those', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint(maria)
    sandbox.advance(sandbox.config.tokenTtlSeconds * 1000)

    await sandbox.call('GET', '/v1/auth/me', token)
    await sandbox.call('GET', '/v1/auth/me', token)
    await sandbox.call('GET', '/v1/auth/me', `vit_at_${'A'.repeat(43)}`)

    expect(await statsOf(sandbox)).toEqual({
      expired_token_rejections: 2,
      requests: 5,
      tokens_issued: 1,
    })
  })
})
