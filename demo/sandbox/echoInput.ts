import { redactPath } from './redactPath.js'

/** The most characters of a caller's input an error message repeats. */
export const MAX_ECHO = 100

/**
 * A caller's input (an id, a path, a header) as an error message may
 * repeat it: credentials and secret parts redacted as in the log, then cut
 * to 100 characters and an ellipsis.
 */
export function echoInput(input: string): string {
  const shown = redactPath(input)

  if (shown.length <= MAX_ECHO) return shown

  return `${shown.slice(0, MAX_ECHO)}…`
}
