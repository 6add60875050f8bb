import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ApiError, invalidRequest } from './errors.js'

/** Request bodies above this many bytes answer 413. */
export const MAX_BODY_BYTES = 64 * 1024

function tooLarge(): never {
  throw new ApiError(
    413,
    'payload_too_large',
    `The body is larger than ${MAX_BODY_BYTES / 1024} kB.`,
  )
}

/**
 * 400 `invalid_request` for a body whose connection failed before all of
 * it arrived: the client's doing, not the sandbox's, so not an error to
 * log.
 */
export function bodyCutShort(c: Context): ApiError {
  const hasLength = c.req.header('content-length') !== undefined

  return invalidRequest(
    hasLength
      ? 'The body ended before its Content-Length.'
      : 'The body ended before its last chunk.',
  )
}

/**
 * Caps request bodies at 64 kB (413 `payload_too_large`). A body without
 * a `Content-Length` is read here, chunk by chunk, so a connection that
 * fails meanwhile answers `bodyCutShort` too.
 */
export function bodyCap(): MiddlewareHandler {
  const limit = bodyLimit({ maxSize: MAX_BODY_BYTES, onError: tooLarge })

  return async (c, next) => {
    // Errors of later handlers never reach here: Hono hands them to the
    // app's error handler inside `next`.
    try {
      return await limit(c, next)
    } catch (error) {
      if (error instanceof ApiError) throw error

      throw bodyCutShort(c)
    }
  }
}
