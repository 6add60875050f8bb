import { VitableError } from './VitableError.js'

/** What the host's `fetchToken` may resolve with. */
export type TokenResult =
  | { access_token: string; expires_in: number }
  | { token: string; expiresIn: number }
  | string

/** A validated token: its text and its lifetime in seconds. */
export interface TokenGrant {
  value: string
  lifetime: number
}

const TOKEN_PREFIX = 'vit_at_'
const API_KEY_PREFIX = 'vit_apk_'
const TOKEN_SHAPE = /^vit_at_[A-Za-z0-9._~+/=-]{8,4096}$/

// A bound token lives about 15 minutes; anything past a day is nonsense
// that would only push the next refresh out of reach. A millisecond is the
// least that still puts the deadline after the moment of receipt.
const MAX_LIFETIME = 24 * 60 * 60
const MIN_LIFETIME = 0.001

function clampLifetime(seconds: number): number {
  return Math.min(Math.max(seconds, MIN_LIFETIME), MAX_LIFETIME)
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'

  if (Array.isArray(value)) return 'an array'

  if (typeof value === 'string') return 'a string'

  return typeof value === 'object' ? 'an object' : `${typeof value}`
}

/**
 * Says in the console, in every build, that an API key reached the
 * browser: a security mistake, the one exception to staying silent.
 */
export function reportApiKey(): void {
  console.error(
    '[vitable] fetchToken returned a Vitable API key (vit_apk_…). ' +
      'API keys must never reach a browser: revoke this key, then have ' +
      'your server call POST /v1/auth/access-tokens and return the ' +
      'short-lived vit_at_ access token instead.',
  )
}

function refuseApiKey(onApiKey: () => void): VitableError {
  onApiKey()

  return new VitableError(
    'invalid_token',
    'fetchToken returned an API key (vit_apk_…); it was refused and ' +
      'not sent anywhere. Return an access token (vit_at_…) instead.',
  )
}

function checkText(value: unknown, onApiKey: () => void): string {
  if (typeof value !== 'string') {
    throw new VitableError(
      'invalid_token',
      `The access token must be a string; received ${kindOf(value)}.`,
    )
  }

  // Anywhere in the text, so `Bearer vit_apk_…` is caught as well.
  if (value.includes(API_KEY_PREFIX)) throw refuseApiKey(onApiKey)

  if (!TOKEN_SHAPE.test(value)) {
    const hint = value.startsWith(TOKEN_PREFIX)
      ? 'it has an unexpected length or characters'
      : `it does not start with ${TOKEN_PREFIX}`

    throw new VitableError(
      'invalid_token',
      `fetchToken must return a Vitable access token (${TOKEN_PREFIX}…); ` +
        `${hint}.`,
    )
  }

  return value
}

function checkLifetime(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    const received = typeof value === 'number' ? String(value) : kindOf(value)

    throw new VitableError(
      'invalid_token',
      `\`${field}\` must be a positive number of seconds; ` +
        `received ${received}.`,
    )
  }

  return clampLifetime(value)
}

/**
 * Validates whatever `fetchToken` resolved with and returns the token with
 * its lifetime in seconds, clamped to between a millisecond and a day. A
 * bare string gets `assumedLifetime`. Throws `invalid_token`; the message
 * never contains the token itself. An API key also calls `onApiKey`.
 */
export function normalizeToken(
  result: unknown,
  assumedLifetime: number,
  onApiKey: () => void = reportApiKey,
): TokenGrant {
  if (typeof result === 'string') {
    return {
      value: checkText(result, onApiKey),
      lifetime: clampLifetime(assumedLifetime),
    }
  }

  const isRecord = typeof result === 'object' && !Array.isArray(result)
  const fields = (isRecord ? result : null) as Record<string, unknown> | null

  if (fields && 'access_token' in fields) {
    return {
      value: checkText(fields.access_token, onApiKey),
      lifetime: checkLifetime(fields.expires_in, 'expires_in'),
    }
  }

  if (fields && 'token' in fields) {
    return {
      value: checkText(fields.token, onApiKey),
      lifetime: checkLifetime(fields.expiresIn, 'expiresIn'),
    }
  }

  const received = fields
    ? 'an object without access_token or token'
    : kindOf(result)

  throw new VitableError(
    'invalid_token',
    'fetchToken must resolve with { access_token, expires_in }, ' +
      `{ token, expiresIn } or a token string; received ${received}.`,
  )
}
