/**
 * Tries a failed load again by itself, so the dashboard never stays on an
 * error the network has since fixed.
 *
 * 1. Requirements: recover with no click after a dropped network, a
 *    sleeping laptop or a background tab; never hammer a service that is
 *    down; leave no timer or listener behind once stopped.
 * 2. After each failure, `schedule()` arms one attempt: after a delay that
 *    doubles from `firstDelay` up to `maxDelay`, less up to a quarter of it
 *    as jitter, so that many frames do not retry together.
 * 3. The window's `online` event, or the document coming into view, makes
 *    that attempt at once: timers run late or not at all in a background
 *    tab or a sleeping laptop.
 * 4. An attempt disarms everything; the caller schedules again if it fails.
 *    `stop()` disarms too, and starts the delays over.
 */

/** Where recovery listens: the frame's window and its document. */
export interface RecoveryScope {
  window: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>
  document: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> & {
    readonly visibilityState?: string
  }
}

/** How long to wait and what to do; delays in ms. */
export interface RecoveryOptions extends RecoveryScope {
  firstDelay: number
  maxDelay: number
  onAttempt: () => void
  /** A number in [0, 1); defaults to `Math.random`. */
  random?: () => number
}

/** Controls for a running recovery. */
export interface Recovery {
  /** Arms the next attempt after a failure, replacing any armed one. */
  schedule(): void
  /** Disarms and forgets past failures. Safe to call any time. */
  stop(): void
}

/** Creates a recovery that does nothing until `schedule()`. */
export function watchRecovery(options: RecoveryOptions): Recovery {
  const { window, document, firstDelay, maxDelay } = options
  const random = options.random ?? Math.random
  let failures = 0
  let timer: ReturnType<typeof setTimeout> | undefined

  const disarm = (): void => {
    clearTimeout(timer)
    timer = undefined
    window.removeEventListener('online', attempt)
    document.removeEventListener('visibilitychange', attemptIfVisible)
  }
  const attempt = (): void => {
    disarm()
    options.onAttempt()
  }
  const attemptIfVisible = (): void => {
    if (document.visibilityState === 'visible') attempt()
  }

  return {
    schedule() {
      const ceiling = Math.min(firstDelay * 2 ** failures, maxDelay)

      disarm()
      failures += 1

      timer = setTimeout(attempt, ceiling - (ceiling / 4) * random())
      window.addEventListener('online', attempt)
      document.addEventListener('visibilitychange', attemptIfVisible)
    },
    stop() {
      disarm()
      failures = 0
    },
  }
}
