import * as v from 'valibot'
import { describe, expect, test, vi } from 'vitest'

import { ApiClient } from './ApiClient.js'
import { TokenStore } from './TokenStore.js'

const BASE = 'http://127.0.0.1:4010'
const Schema = v.object({ data: v.object({ name: v.string() }) })

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status })
}

const unauthorized = () =>
  json(401, { error: { code: 'unauthorized', message: 'Token expired' } })

// A host that answers every token request with the next token, at once.
function setup(responses: Array<Response | Error>, baseUrl = BASE) {
  let nextId = 1
  const request = vi.fn(() => {
    queueMicrotask(() =>
      tokens.receive({
        token: `vit_at_${nextId}`,
        tokenId: nextId++,
        expiresIn: 900_000,
      }),
    )
  })
  const tokens = new TokenStore({ request })
  const fetch = vi.fn(
    async (_input: RequestInfo | URL, _init?: RequestInit) => {
      const next = responses.shift() ?? new Error('no more responses')

      if (next instanceof Error) throw next

      return next
    },
  )
  const api = new ApiClient({ baseUrl, tokens, fetch })

  return { api, fetch, request, tokens }
}

function authorizationOf(call: [unknown, (RequestInit | undefined)?]): unknown {
  const headers = call[1]?.headers as Record<string, string> | undefined

  return headers?.Authorization
}

describe('ApiClient', () => {
  test('sends only the bearer token: no cookies, no cache', async () => {
    const { api, fetch } = setup([json(200, { data: { name: 'Ana' } })])

    const body = await api.get('/v1/auth/me', Schema)

    expect(body).toEqual({ data: { name: 'Ana' } })
    expect(fetch).toHaveBeenCalledWith(`${BASE}/v1/auth/me`, {
      headers: { Authorization: 'Bearer vit_at_1' },
      credentials: 'omit',
      cache: 'no-store',
      signal: expect.any(AbortSignal),
    })
  })

  test('joins a base URL that ends in a slash', async () => {
    const { api, fetch } = setup(
      [json(200, { data: { name: 'Ana' } })],
      `${BASE}/`,
    )

    await api.get('/v1/auth/me', Schema)

    expect(fetch.mock.calls[0]?.[0]).toBe(`${BASE}/v1/auth/me`)
  })

  test('replays a request once with a new token after a 401', async () => {
    const { api, fetch, request } = setup([
      unauthorized(),
      json(200, { data: { name: 'Ana' } }),
    ])

    const body = await api.get('/v1/auth/me', Schema)

    expect(body.data.name).toBe('Ana')
    expect(request.mock.calls).toEqual([['missing'], ['rejected', 1]])
    expect(fetch.mock.calls.map(authorizationOf)).toEqual([
      'Bearer vit_at_1',
      'Bearer vit_at_2',
    ])
  })

  test('turns a second 401 into an api_error instead of looping', async () => {
    const { api, fetch, request } = setup([unauthorized(), unauthorized()])

    const failure = api.get('/v1/auth/me', Schema)

    await expect(failure).rejects.toMatchObject({
      code: 'api_error',
      status: 401,
      message: 'Token expired',
    })
    expect(fetch).toHaveBeenCalledTimes(2)
    expect(request).toHaveBeenCalledTimes(2)
  })

  test('passes on a token.error that comes instead of a token', async () => {
    const tokens: TokenStore = new TokenStore({
      request: (reason) =>
        queueMicrotask(() =>
          reason === 'rejected'
            ? tokens.fail({
                code: 'token_fetch_failed',
                message: 'Down',
                retryable: true,
              })
            : tokens.receive({ token: 'vit_at_1', tokenId: 1, expiresIn: 9e5 }),
        ),
    })
    const fetch = vi.fn(async () => unauthorized())
    const api = new ApiClient({ baseUrl: BASE, tokens, fetch })

    const failure = api.get('/v1/auth/me', Schema)

    await expect(failure).rejects.toMatchObject({
      code: 'token_fetch_failed',
      fromHost: true,
    })
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  test('turns a network failure into a retryable api_error', async () => {
    const { api } = setup([new TypeError('Failed to fetch')])

    const failure = api.get('/v1/auth/me', Schema)

    await expect(failure).rejects.toMatchObject({
      code: 'api_error',
      retryable: true,
      cause: expect.any(TypeError),
    })
  })

  test('fails a request that hangs past its timeout as retryable', async () => {
    const tokens = new TokenStore({ request: () => {} })
    tokens.receive({ token: 'vit_at_1', tokenId: 1, expiresIn: 900_000 })
    const fetch = vi.fn(
      (_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(init.signal?.reason),
          )
        }),
    )
    const api = new ApiClient({ baseUrl: BASE, tokens, fetch, timeout: 10 })

    const failure = api.get('/v1/auth/me', Schema)

    await expect(failure).rejects.toMatchObject({
      code: 'api_error',
      retryable: true,
      message: expect.stringContaining('too long'),
    })
  })

  test('turns a non-2xx answer into an api_error', async () => {
    const body = { message: 'Not found', app_error_code: 'not_found' }
    const { api } = setup([json(404, body)])

    const failure = api.get('/v1/employees/empl_1', Schema)

    await expect(failure).rejects.toMatchObject({
      code: 'api_error',
      status: 404,
      message: 'Not found',
      apiCode: 'not_found',
      retryable: false,
    })
  })

  test('refuses a body of the wrong shape, naming no values', async () => {
    const { api } = setup([json(200, { data: { name: 'María' } })])
    const NumberSchema = v.object({ data: v.object({ name: v.number() }) })

    const error = await api.get('/v1/auth/me', NumberSchema).catch((e) => e)

    expect(error).toMatchObject({ code: 'api_error', retryable: false })
    expect(error.message).toContain('data.name')
    expect(error.message).not.toContain('María')
  })
})
