import { describe, expect, it } from 'vitest'
import { MAX_BODY_BYTES } from './bodyCap.js'
import { SEED } from './seedIds.js'
import { createTestSandbox, snapshot } from './testSandbox.js'

const maria = { type: 'employee', id: SEED.employees.maria } as const
const ELECT = `/v1/employees/${maria.id}/enrollments/elect`
const QLES = 'qualifying-life-events'
const WIDGET = 'http://127.0.0.1:4011'
const PORTAL = 'http://localhost:5173'

const POSTS: [string, string][] = [
  ['minting', '/v1/auth/access-tokens'],
  ['electing', ELECT],
  ['reporting a life event', `/v1/members/${SEED.members.maria}/${QLES}`],
]

// A body with a Content-Length is refused by its header alone; one
// without is counted as it streams in.
const FRAMINGS: [string, (body: string) => Record<string, string>][] = [
  ['a Content-Length', (body) => ({ 'Content-Length': String(body.length) })],
  ['no Content-Length', () => ({})],
]

const CAPPED = POSTS.flatMap(([name, path]) =>
  FRAMINGS.map(([framing, headers]) => ({ name, path, framing, headers })),
)

function preflight(origin: string): RequestInit {
  return {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'GET',
      'Access-Control-Request-Headers': 'authorization',
    },
  }
}

describe('body cap', () => {
  it.each(CAPPED)(
    '$name with $framing answers 413 above 64 kB and writes nothing',
    async ({ path, headers }) => {
      const sandbox = createTestSandbox()
      const body = JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES) })
      const before = snapshot(sandbox.db)

      const response = await sandbox.app.request(path, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${sandbox.config.apiKey}`,
          'Content-Type': 'application/json',
          ...headers(body),
        },
        body,
      })

      expect(response.status).toBe(413)
      expect(await response.json()).toEqual({
        error: { code: 'payload_too_large', message: expect.any(String) },
      })
      expect(snapshot(sandbox.db)).toBe(before)
    },
  )

  it('reads a body of exactly 64 kB', async () => {
    const sandbox = createTestSandbox()
    const body = ' '.repeat(MAX_BODY_BYTES - 2).concat('{}')

    const response = await sandbox.call(
      'POST',
      ELECT,
      sandbox.config.apiKey,
      body,
    )

    expect(response.status).toBe(400)
  })
})

describe('CORS', () => {
  it('answers a preflight from the widget origin', async () => {
    const sandbox = createTestSandbox()

    const response = await sandbox.app.request('/v1/auth/me', preflight(WIDGET))

    expect(response.status).toBe(204)
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'access-control-allow-origin': WIDGET,
      'access-control-allow-methods': 'GET, POST',
      'access-control-allow-headers': 'Authorization, Content-Type',
    })
  })

  it.each([PORTAL, 'https://evil.example', 'http://127.0.0.1:4010'])(
    'gives no CORS headers to %s',
    async (origin) => {
      const sandbox = createTestSandbox()
      const headers = {
        Origin: origin,
        Authorization: `Bearer ${sandbox.config.apiKey}`,
      }

      const answers = [
        await sandbox.app.request('/v1/auth/me', preflight(origin)),
        await sandbox.app.request('/v1/auth/me', { headers }),
      ]

      for (const response of answers) {
        const names = [...response.headers.keys()]
        expect(
          names.filter((name) => name.startsWith('access-control')),
        ).toEqual([])
      }
    },
  )

  it('lets the widget origin read errors too', async () => {
    const sandbox = createTestSandbox()

    const response = await sandbox.app.request('/v1/auth/me', {
      headers: { Origin: WIDGET },
    })

    expect(response.status).toBe(401)
    expect(response.headers.get('access-control-allow-origin')).toBe(WIDGET)
  })
})

describe('request log', () => {
  it('logs method, path, status and duration, no secrets', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint(maria)

    await sandbox.call('GET', `/v1/employees/${maria.id}?token=${token}`, token)
    await sandbox.call('GET', `/v1/employees/${token}`, token)
    const lines = sandbox.logs.map((line) => JSON.parse(line))

    expect(lines).toHaveLength(3)
    expect(lines[1]).toMatchObject({
      method: 'GET',
      path: `/v1/employees/${maria.id}`,
      status: 200,
      duration_ms: expect.any(Number),
    })
    for (const line of sandbox.logs) {
      expect(line).not.toContain(sandbox.config.apiKey)
      expect(line).not.toContain(token.slice(7))
      expect(line).not.toContain('?')
    }
  })
})

describe('responses', () => {
  it('answers an unknown route with the 404 envelope', async () => {
    const sandbox = createTestSandbox()

    const response = await sandbox.call(
      'GET',
      '/v1/nothing',
      sandbox.config.apiKey,
    )

    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({
      error: { code: 'not_found' },
    })
  })

  it('marks every answer no-store', async () => {
    const sandbox = createTestSandbox()

    const response = await sandbox.call(
      'GET',
      '/v1/auth/me',
      sandbox.config.apiKey,
    )

    expect(response.headers.get('cache-control')).toBe('no-store')
  })
})
