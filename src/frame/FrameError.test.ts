import { describe, expect, test } from 'vitest'

import type { ErrorCode } from '../protocol/errorCodes.js'
import {
  FrameError,
  isTokenFailure,
  isTransient,
  toFrameError,
} from './FrameError.js'

describe('FrameError', () => {
  test('serializes to code, message and retryable only', () => {
    const error = new FrameError('api_error', 'Down', {
      retryable: true,
      status: 503,
      apiCode: 'server_error',
      cause: new Error('socket'),
    })

    const wire = JSON.parse(JSON.stringify(error))

    expect(wire).toEqual({
      code: 'api_error',
      message: 'Down',
      retryable: true,
    })
  })

  test('cuts a long message to the 500 characters the host accepts', () => {
    const error = new FrameError('api_error', 'x'.repeat(600), {
      retryable: false,
    })

    expect(error.toJSON().message).toHaveLength(500)
  })

  test('marks an error rebuilt from the host as the host’s', () => {
    const error = FrameError.fromSerialized({
      code: 'token_fetch_timeout',
      message: 'Slow',
      retryable: true,
    })

    expect(error).toMatchObject({ code: 'token_fetch_timeout', fromHost: true })
  })

  test('wraps anything thrown as a retryable frame_error', () => {
    const cause = new TypeError('x is undefined')

    const error = toFrameError(cause)

    expect(error).toMatchObject({ code: 'frame_error', retryable: true, cause })
    expect(error.message).toContain('x is undefined')
  })

  test.each<[ErrorCode, boolean]>([
    ['invalid_token', true],
    ['token_fetch_failed', true],
    ['token_fetch_timeout', true],
    ['token_expired', true],
    ['api_error', false],
    ['frame_error', false],
    ['protocol_mismatch', false],
  ])('counts %s as a token failure: %s', (code, expected) => {
    const error = new FrameError(code, 'x', { retryable: true })

    expect(isTokenFailure(error)).toBe(expected)
  })

  const answered = (status: number | undefined, retryable = true) =>
    new FrameError('api_error', 'x', { retryable, status })

  test.each<[string, FrameError]>([
    ['a network failure', answered(undefined)],
    ['a 500', answered(500)],
    ['a 503', answered(503)],
    ['a 429', answered(429)],
    ['a 408', answered(408)],
  ])('counts %s as transient', (_, error) => {
    expect(isTransient(error)).toBe(true)
  })

  test.each<[string, FrameError]>([
    ['a second 401', answered(401)],
    ['a 403', answered(403, false)],
    ['a 404', answered(404, false)],
    ['an unreadable 200', answered(200, false)],
    ['a token bound to no employee', answered(undefined, false)],
    [
      'a token failure',
      new FrameError('token_fetch_failed', 'x', { retryable: true }),
    ],
    ['a crash', new FrameError('frame_error', 'x', { retryable: true })],
  ])('counts %s as lasting', (_, error) => {
    expect(isTransient(error)).toBe(false)
  })
})
