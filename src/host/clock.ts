/** Longest delay `setTimeout` honours; longer ones fire at once. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1

/**
 * Everything time- and page-related the token manager touches, so tests
 * can move the clock and fire page events by hand.
 */
export interface Clock {
  now(): number
  random(): number
  setTimeout(callback: () => void, delay: number): unknown
  clearTimeout(handle: unknown): void
}

/** The real clock, read when called rather than at import. */
export function systemClock(): Clock {
  return {
    now: () => Date.now(),
    random: () => Math.random(),
    setTimeout: (callback, delay) =>
      globalThis.setTimeout(callback, Math.min(delay, MAX_TIMER_DELAY)),
    clearTimeout: (handle) =>
      globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
  }
}
