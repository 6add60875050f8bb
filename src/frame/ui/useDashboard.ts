import { useCallback, useEffect, useRef, useState } from 'preact/hooks'

import { type FrameError, toFrameError } from '../FrameError.js'
import type { Dashboard } from '../loadDashboard.js'

/** Where the dashboard data stands; `loading` keeps the last data shown. */
export type DashboardState =
  | { status: 'loading'; data: Dashboard | undefined }
  | { status: 'ready'; data: Dashboard }
  | { status: 'failed'; error: FrameError }

/**
 * Loads the dashboard on mount and on `reload()`. Only the latest load
 * may set the state, so a slow answer never overwrites a newer one.
 */
export function useDashboard(load: () => Promise<Dashboard>): {
  state: DashboardState
  reload: () => void
} {
  const [state, setState] = useState<DashboardState>({
    status: 'loading',
    data: undefined,
  })
  const generation = useRef(0)

  const reload = useCallback(() => {
    generation.current += 1

    const current = generation.current
    const isLatest = () => current === generation.current

    setState((previous) => ({
      status: 'loading',
      data: previous.status === 'failed' ? undefined : previous.data,
    }))

    load().then(
      (data) => {
        if (isLatest()) setState({ status: 'ready', data })
      },
      (error: unknown) => {
        if (isLatest())
          setState({ status: 'failed', error: toFrameError(error) })
      },
    )
  }, [load])

  useEffect(() => {
    reload()

    // Answers that land after unmount are dropped.
    return () => {
      generation.current += 1
    }
  }, [reload])

  return { state, reload }
}
