import { describe, expect, test } from 'vitest'

import { readApiError } from './readApiError.js'

function respond(status: number, body: unknown): Response {
  const text = typeof body === 'string' ? body : JSON.stringify(body)

  return new Response(text, { status })
}

describe('readApiError', () => {
  test.each([
    {
      envelope: 'the nested { error: { code, message } } shape',
      status: 404,
      body: { error: { code: 'not_found', message: 'Employee not found' } },
      expected: {
        message: 'Employee not found',
        apiCode: 'not_found',
        retryable: false,
      },
    },
    {
      envelope: 'the flat { message, app_error_code } shape',
      status: 422,
      body: {
        timestamp: '2026-01-01T00:00:00Z',
        message: 'A child must be under 26',
        error: 'A child must be under 26',
        app_error_code: 'child_over_max_age',
        trace_id: 'trace_1',
      },
      expected: {
        message: 'A child must be under 26',
        apiCode: 'child_over_max_age',
        retryable: false,
      },
    },
    {
      envelope: 'the flat shape with a null app_error_code',
      status: 500,
      body: { message: 'Internal error', error: 'x', app_error_code: null },
      expected: {
        message: 'Internal error',
        apiCode: undefined,
        retryable: true,
      },
    },
    {
      envelope: 'a body that is not JSON',
      status: 502,
      body: '<html>Bad Gateway</html>',
      expected: {
        message: 'The benefits service answered 502.',
        apiCode: undefined,
        retryable: true,
      },
    },
    {
      envelope: 'JSON of neither shape',
      status: 429,
      body: { detail: 'slow down' },
      expected: {
        message: 'The benefits service answered 429.',
        apiCode: undefined,
        retryable: true,
      },
    },
  ])('reads $envelope', async ({ status, body, expected }) => {
    const error = await readApiError(respond(status, body))

    expect(error).toMatchObject({ code: 'api_error', status, ...expected })
  })
})

test('shows at most 300 characters of a long API message', async () => {
  const long = 'x'.repeat(2_000_000)

  const error = await readApiError(
    respond(500, { error: { code: 'boom', message: long } }),
  )

  expect(error.message).toBe(`${'x'.repeat(300)}…`)
})
