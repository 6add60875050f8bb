/**
 * When a token is refreshed and how long a failed fetch waits: the numbers
 * behind the token manager's schedule, kept apart so they read at a glance.
 */

/** No fetch starts sooner than this after the last one settled, in ms. */
export const MIN_REFRESH_DELAY = 1_000

const MAX_MARGIN = 3 * 60_000
const FIRST_BACKOFF = 1_000
const MAX_BACKOFF = 60_000

/**
 * When a token received at `receivedAt` (local epoch ms) and expiring at
 * `expiresAt` is due for refresh: a fifth of its lifetime early, at most
 * three minutes, less up to a third of that margin as jitter (`random` in
 * [0, 1)). A 20 s token refreshes at 16–17 s, a 900 s one at 12–13 min.
 */
export function refreshDueAt(
  receivedAt: number,
  expiresAt: number,
  random: number,
): number {
  const margin = Math.min((expiresAt - receivedAt) / 5, MAX_MARGIN)
  const jitter = (margin / 3) * random

  return Math.max(expiresAt - margin + jitter, receivedAt + MIN_REFRESH_DELAY)
}

/**
 * How long to wait after the `failures`-th failure in a row, in ms: about
 * one second, doubling up to a minute, each wait jittered down to half.
 */
export function backoffDelay(failures: number, random: number): number {
  const exponent = Math.min(Math.max(failures - 1, 0), 16)
  const ceiling = Math.min(FIRST_BACKOFF * 2 ** exponent, MAX_BACKOFF)

  return ceiling / 2 + (ceiling / 2) * random
}
