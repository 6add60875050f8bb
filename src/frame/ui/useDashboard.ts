import { useCallback, useEffect, useRef, useState } from 'preact/hooks'

import { type FrameError, isTransient, toFrameError } from '../FrameError.js'
import type { Dashboard } from '../loadDashboard.js'
import { type RecoveryScope, watchRecovery } from '../watchRecovery.js'

/** Where the dashboard data stands; `loading` keeps the last data shown. */
export type DashboardState =
  | { status: 'loading'; data: Dashboard | undefined }
  | { status: 'ready'; data: Dashboard }
  | { status: 'failed'; error: FrameError }

// A failure that may pass is read again after 2 s, doubling to a minute.
const FIRST_RETRY_DELAY = 2_000
const MAX_RETRY_DELAY = 60_000

/**
 * Loads the dashboard on mount and on `reload()`. Only the latest load
 * may set the state, so a slow answer never overwrites a newer one. A
 * transient failure is read again by itself (with backoff, at once when
 * `scope` comes online or into view) while the failure stays on screen.
 */
export function useDashboard(
  load: () => Promise<Dashboard>,
  scope: RecoveryScope,
): {
  state: DashboardState
  reload: () => void
} {
  const [state, setState] = useState<DashboardState>({
    status: 'loading',
    data: undefined,
  })
  const generation = useRef(0)

  // A quiet load leaves the failure on screen until its answer arrives.
  const start = useCallback(
    (isQuiet: boolean) => {
      generation.current += 1

      const current = generation.current
      const isLatest = () => current === generation.current

      if (!isQuiet) {
        setState((previous) => ({
          status: 'loading',
          data: previous.status === 'failed' ? undefined : previous.data,
        }))
      }

      load().then(
        (data) => {
          if (isLatest()) setState({ status: 'ready', data })
        },
        (error: unknown) => {
          if (isLatest())
            setState({ status: 'failed', error: toFrameError(error) })
        },
      )
    },
    [load],
  )
  const reload = useCallback(() => start(false), [start])
  const retry = useRef(() => {})
  const [recovery] = useState(() =>
    watchRecovery({
      ...scope,
      firstDelay: FIRST_RETRY_DELAY,
      maxDelay: MAX_RETRY_DELAY,
      onAttempt: () => retry.current(),
    }),
  )

  retry.current = () => start(true)

  // Each settled load is a new state, even when it fails the same way.
  useEffect(() => {
    if (state.status === 'failed' && isTransient(state.error)) {
      recovery.schedule()
    } else {
      recovery.stop()
    }
  }, [state, recovery])

  useEffect(() => () => recovery.stop(), [recovery])

  useEffect(() => {
    reload()

    // Answers that land after unmount are dropped.
    return () => {
      generation.current += 1
    }
  }, [reload])

  return { state, reload }
}
