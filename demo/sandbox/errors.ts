import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { echoInput } from './echoInput.js'

/** Stable error codes of the sandbox API, as on Vitable's Auth page. */
export type ApiErrorCode =
  | 'invalid_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'unprocessable'
  | 'internal_error'

/** The error envelope every failed response carries. */
export interface ErrorBody {
  error: { code: ApiErrorCode; message: string }
}

/**
 * An error a route throws to answer with `{ error: { code, message } }`;
 * the app's error handler turns it into the response.
 */
export class ApiError extends Error {
  readonly status: ContentfulStatusCode
  readonly code: ApiErrorCode

  constructor(
    status: ContentfulStatusCode,
    code: ApiErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
    this.status = status
    this.code = code
  }

  /** The JSON body for this error. */
  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message } }
  }
}

/** 400 `invalid_request`; the message names the field. */
export function invalidRequest(message: string): ApiError {
  return new ApiError(400, 'invalid_request', message)
}

/** 401 `unauthorized`. */
export function unauthorized(message: string): ApiError {
  return new ApiError(401, 'unauthorized', message)
}

/** 403 `forbidden`. */
export function forbidden(message: string): ApiError {
  return new ApiError(403, 'forbidden', message)
}

/**
 * 404 `not_found`. Out-of-scope records use this too, with the same
 * message, so a caller cannot tell them from missing ones. The id is
 * echoed capped and redacted.
 */
export function notFound(kind: string, id: string): ApiError {
  const message = `No ${kind} with id \`${echoInput(id)}\`.`

  return new ApiError(404, 'not_found', message)
}

/** 422 `unprocessable`: well-formed but impossible. */
export function unprocessable(message: string): ApiError {
  return new ApiError(422, 'unprocessable', message)
}
