import {
  type ErrorCode,
  type SerializedError,
  TOKEN_ERROR_CODES,
} from '../protocol/errorCodes.js'

/** What a `FrameError` carries besides its code and message. */
export interface FrameErrorOptions {
  retryable: boolean
  cause?: unknown
  /** HTTP status of the API answer that caused the error, if any. */
  status?: number | undefined
  /** The API's own error code (`error.code` or `app_error_code`). */
  apiCode?: string | undefined
  /** True when the host sent this error, so it already knows. */
  fromHost?: boolean
}

// The host drops a frame.error whose message is longer.
const MAX_MESSAGE_LENGTH = 500

/**
 * An error inside the frame. Its `code` is one of the public error codes;
 * `toJSON()` gives the plain shape that crosses to the host.
 */
export class FrameError extends Error {
  override readonly name = 'FrameError'
  readonly code: ErrorCode
  readonly retryable: boolean
  readonly status: number | undefined
  readonly apiCode: string | undefined
  readonly fromHost: boolean

  constructor(code: ErrorCode, message: string, options: FrameErrorOptions) {
    super(message, { cause: options.cause })
    this.code = code
    this.retryable = options.retryable
    this.status = options.status
    this.apiCode = options.apiCode
    this.fromHost = options.fromHost ?? false
  }

  /** Rebuilds an error the host sent as plain data. */
  static fromSerialized(error: SerializedError): FrameError {
    return new FrameError(error.code, error.message, {
      retryable: error.retryable,
      fromHost: true,
    })
  }

  /** The plain shape of `SerializedError`, safe to post. */
  toJSON(): SerializedError {
    const message = this.message.slice(0, MAX_MESSAGE_LENGTH)

    return { code: this.code, message, retryable: this.retryable }
  }
}

/** Wraps anything thrown into a `FrameError`, keeping it as the cause. */
export function toFrameError(error: unknown): FrameError {
  if (error instanceof FrameError) return error

  const detail = error instanceof Error ? error.message : String(error)

  return new FrameError('frame_error', `The dashboard failed: ${detail}`, {
    retryable: true,
    cause: error,
  })
}

/** True when the error is about getting a token, not about the API. */
export function isTokenFailure(error: FrameError): boolean {
  return TOKEN_ERROR_CODES.includes(error.code)
}

/**
 * True when the same read may well succeed later by itself: the network
 * failed, or the API answered 408, 429 or 5xx. Other 4xx answers, token
 * failures and unreadable bodies stay as they are until someone acts.
 */
export function isTransient(error: FrameError): boolean {
  if (error.code !== 'api_error') return false

  if (error.status === undefined) return error.retryable

  return error.status === 408 || error.status === 429 || error.status >= 500
}
