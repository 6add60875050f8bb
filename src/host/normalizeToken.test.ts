import { describe, expect, test, vi } from 'vitest'
import { normalizeToken } from './normalizeToken.js'
import { catchError } from './testing/catchError.js'
import { isVitableError } from './VitableError.js'

const TOKEN = 'vit_at_Q2hlY2sgdGhlIGRlYWRsaW5l.sig-_~+/='
const API_KEY = 'vit_apk_live_0123456789abcdef'
const ASSUMED = 900
const DAY = 24 * 60 * 60

describe('normalizeToken', () => {
  const accepted: [string, unknown, number][] = [
    ['snake-case object', { access_token: TOKEN, expires_in: 900 }, 900],
    ['camel-case object', { token: TOKEN, expiresIn: 20 }, 20],
    ['bare string', TOKEN, ASSUMED],
    ['fractional lifetime', { access_token: TOKEN, expires_in: 0.5 }, 0.5],
    ['30-day lifetime', { access_token: TOKEN, expires_in: 30 * DAY }, DAY],
    ['10^12 s lifetime', { token: TOKEN, expiresIn: 1e12 }, DAY],
    ['max-value lifetime', { token: TOKEN, expiresIn: Number.MAX_VALUE }, DAY],
    ['1e-300 s lifetime', { token: TOKEN, expiresIn: 1e-300 }, 0.001],
    ['extra fields', { access_token: TOKEN, expires_in: 60, scope: 'x' }, 60],
    [
      'both shapes, snake case wins',
      { access_token: TOKEN, expires_in: 60, token: 'junk', expiresIn: -1 },
      60,
    ],
  ]

  for (const [name, input, lifetime] of accepted) {
    test(`accepts a ${name}`, () => {
      const grant = normalizeToken(input, ASSUMED)

      expect(grant).toEqual({ value: TOKEN, lifetime })
    })
  }

  const refused: [string, unknown][] = [
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an array', [TOKEN, 900]],
    ['an empty object', {}],
    ['a snake-case object without a lifetime', { access_token: TOKEN }],
    ['a camel-case object without a lifetime', { token: TOKEN }],
    ['a lifetime of zero', { access_token: TOKEN, expires_in: 0 }],
    ['a negative lifetime', { access_token: TOKEN, expires_in: -5 }],
    ['a NaN lifetime', { access_token: TOKEN, expires_in: Number.NaN }],
    [
      'an infinite lifetime',
      { access_token: TOKEN, expires_in: Number.POSITIVE_INFINITY },
    ],
    ['a lifetime in a string', { access_token: TOKEN, expires_in: '900' }],
    ['a null lifetime', { token: TOKEN, expiresIn: null }],
    ['a number as the token', { access_token: 12345678, expires_in: 900 }],
    ['a token without the prefix', { token: 'abcdefghijkl', expiresIn: 9 }],
    ['a JWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
    ['a prefix with no body', 'vit_at_'],
    ['a body that is too short', 'vit_at_abc'],
    ['a token with a space', 'vit_at_abcdefgh ijkl'],
    ['a token with a trailing newline', 'vit_at_abcdefghijkl\n'],
    ['a prefix in the wrong case', 'VIT_AT_abcdefghijkl'],
  ]

  for (const [name, input] of refused) {
    test(`refuses ${name} with invalid_token`, () => {
      const error = catchError(() => normalizeToken(input, ASSUMED))

      expect(isVitableError(error)).toBe(true)
      expect(error).toMatchObject({ code: 'invalid_token' })
    })
  }

  test.each<[string, unknown, string]>([
    ['an object of other names', { accessToken: TOKEN }, 'an object without'],
    ['null', null, 'received null'],
    ['an array', [TOKEN], 'received an array'],
  ])('names the accepted shapes for %s', (_, input, received) => {
    const error = catchError(() => normalizeToken(input, ASSUMED)) as Error

    expect(error.message).toContain('{ access_token, expires_in }')
    expect(error.message).toContain(received)
    expect(error.message).not.toContain(TOKEN)
  })

  const apiKeys: [string, unknown][] = [
    ['a bare API key', API_KEY],
    ['an API key as access_token', { access_token: API_KEY, expires_in: 900 }],
    ['an API key as token', { token: API_KEY, expiresIn: 900 }],
    ['an API key behind Bearer', `Bearer ${API_KEY}`],
  ]

  for (const [name, input] of apiKeys) {
    test(`refuses ${name} loudly without repeating it`, () => {
      const consoleError = vi
        .spyOn(console, 'error')
        .mockImplementation(() => {})

      const error = catchError(() => normalizeToken(input, ASSUMED))

      expect(error).toMatchObject({ code: 'invalid_token', retryable: false })
      expect(consoleError).toHaveBeenCalledTimes(1)
      expect(String(consoleError.mock.calls[0]?.[0])).toContain('vit_apk_')
      expect(String(consoleError.mock.calls[0]?.[0])).not.toContain(API_KEY)
      expect((error as Error).message).not.toContain(API_KEY)
    })
  }

  test('keeps the token text out of every error message', () => {
    const secret = 'vit_at_s3cr3t with a space'
    const inputs = [
      secret,
      { access_token: secret, expires_in: 900 },
      { access_token: TOKEN.replace('vit_at_', 'x'), expires_in: 900 },
      { access_token: TOKEN, expires_in: 'soon' },
    ]

    const messages = inputs.map(
      (input) =>
        (catchError(() => normalizeToken(input, ASSUMED)) as Error).message,
    )

    for (const message of messages) {
      expect(message).not.toContain('s3cr3t')
      expect(message).not.toContain(TOKEN.slice(7))
    }
  })

  test('clamps an absurd assumed lifetime for a bare string to a day', () => {
    const grant = normalizeToken(TOKEN, Number.POSITIVE_INFINITY)

    expect(grant.lifetime).toBe(DAY)
  })
})
