import type { ErrorCode, SerializedError } from '../protocol/errorCodes.js'

export type { ErrorCode } from '../protocol/errorCodes.js'

// A registered symbol survives bundling twice and crossing realms.
const BRAND = Symbol.for('vitable.error')

/**
 * The one error type of the SDK. `code` is stable API; `message` is for
 * people and may improve. `retryable` says whether trying again can help.
 */
export class VitableError extends Error {
  readonly code: ErrorCode
  readonly retryable: boolean
  readonly [BRAND] = true

  constructor(
    code: ErrorCode,
    message: string,
    options: { retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.name = 'VitableError'
    this.code = code
    this.retryable = options.retryable ?? false
  }

  /** Rebuilds an error that crossed the iframe boundary as plain data. */
  static from(error: SerializedError): VitableError {
    return new VitableError(error.code, error.message, {
      retryable: error.retryable,
    })
  }
}

/**
 * True for a `VitableError`, even one made by another copy of the SDK or in
 * another realm, where `instanceof` would say no.
 */
export function isVitableError(value: unknown): value is VitableError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as Record<symbol, unknown>)[BRAND] === true
  )
}
