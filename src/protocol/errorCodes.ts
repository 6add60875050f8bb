/**
 * Stable error codes. They are public API: a code changes only in a major
 * version, while messages may improve at any time.
 */
export type ErrorCode =
  | 'invalid_option'
  | 'invalid_token'
  | 'token_fetch_failed'
  | 'token_fetch_timeout'
  | 'token_expired'
  | 'frame_load_timeout'
  | 'origin_not_allowed'
  | 'protocol_mismatch'
  | 'frame_error'
  | 'api_error'

/**
 * Codes about getting a token. The host raises them and reports them to
 * the page itself; the frame only says it is showing one.
 */
export const TOKEN_ERROR_CODES: readonly ErrorCode[] = [
  'invalid_token',
  'token_fetch_failed',
  'token_fetch_timeout',
  'token_expired',
]

/** An error as it crosses the iframe boundary: plain data, no prototype. */
export interface SerializedError {
  code: ErrorCode
  message: string
  retryable: boolean
}
