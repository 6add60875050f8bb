/** The browser features `watchHeight` uses; `window` has them all. */
export interface HeightWatchScope {
  ResizeObserver: typeof ResizeObserver
  requestAnimationFrame: (callback: FrameRequestCallback) => number
  cancelAnimationFrame: (handle: number) => void
}

/** Controls for a running height watch. */
export interface HeightWatch {
  /** Measures now instead of at the next frame, e.g. before `ready`. */
  measure(): void
  stop(): void
}

/**
 * Calls `onHeight` with the element's rendered height in whole CSS pixels
 * (rounded up, so the host never clips a fraction) whenever it changes.
 * Measures at most once per animation frame however many resizes happen.
 */
export function watchHeight(
  element: Element,
  onHeight: (height: number) => void,
  scope: HeightWatchScope,
): HeightWatch {
  let frame: number | undefined
  let lastHeight: number | undefined

  const cancelFrame = (): void => {
    if (frame !== undefined) scope.cancelAnimationFrame(frame)
    frame = undefined
  }

  const measure = (): void => {
    cancelFrame()

    const height = Math.ceil(element.getBoundingClientRect().height)

    // Whole pixels: any change here is a change of at least 1 px.
    if (height === lastHeight) return

    lastHeight = height
    onHeight(height)
  }

  const observer = new scope.ResizeObserver(() => {
    frame ??= scope.requestAnimationFrame(measure)
  })

  observer.observe(element)

  return {
    measure,
    stop() {
      observer.disconnect()
      cancelFrame()
    },
  }
}
