/**
 * Gets the dashboard frame loaded, and loads it again until it connects.
 *
 * 1. Requirements: a frame that never announces itself is reported and
 *    replaced by an accessible message, never by the browser's error page;
 *    it comes back with no call from the host once the network returns,
 *    the page is in view again, or later anyway; once it connects or the
 *    widget unmounts, no timer or listener of this is left.
 * 2. Watch the load (`watchFrameLoad`).
 * 3. On a failure: hide the iframe, show the fallback, report. A failure
 *    that may pass also arms one reload: after 5 s, doubling to a minute,
 *    less up to a quarter as jitter; at once on `online` or when the page
 *    comes into view. A reload that fails again arms the next one.
 * 4. A reload puts the iframe back into the page, which loads it afresh
 *    (setting `src` to the same URL with a fragment may only scroll it)
 *    and adds nothing to the page's history; its load is watched again.
 *    The fallback stays until the frame connects.
 * 5. `stop()`, on connect and on unmount, disarms everything, removes the
 *    fallback and shows the iframe.
 */

import { createFallback } from './createFrame.js'
import type { VitableError } from './VitableError.js'
import { type FrameLoadWatch, watchFrameLoad } from './watchFrameLoad.js'
import { watchWakeUps } from './watchWakeUps.js'

/** What `loadFrame` needs from the dashboard. */
export interface LoadFrameOptions {
  iframe: HTMLIFrameElement
  /** The element that holds the iframe and, after a failure, the fallback. */
  target: Element
  widgetOrigin: string
  baseUrl: string
  loadTimeout: number
  /** The language of the fallback message. */
  locale: string
  onFail: (error: VitableError) => void
}

/** Controls for a frame being loaded. */
export interface FrameLoad {
  /** Loads the frame again now; a failure keeps the delays growing. */
  reload(): void
  /** Stops loading: the frame connected, or the widget is gone. */
  stop(): void
}

const FIRST_RELOAD_DELAY = 5_000
const MAX_RELOAD_DELAY = 60_000

/** Watches the frame's first load at once; see the note above. */
export function loadFrame(options: LoadFrameOptions): FrameLoad {
  const { iframe, target } = options
  const document = target.ownerDocument
  let failures = 0
  let watch: FrameLoadWatch | undefined
  let fallback: HTMLElement | undefined
  let timer: ReturnType<typeof setTimeout> | undefined
  let unwatchWakeUps: (() => void) | undefined

  // Removing listeners twice is harmless, so nothing is reset here.
  const disarm = () => {
    clearTimeout(timer)
    unwatchWakeUps?.()
  }
  const reload = () => {
    disarm()
    iframe.remove()
    target.prepend(iframe)
    watchLoad()
  }
  const arm = () => {
    const ceiling = Math.min(
      FIRST_RELOAD_DELAY * 2 ** failures,
      MAX_RELOAD_DELAY,
    )

    failures += 1
    timer = setTimeout(reload, ceiling - (ceiling / 4) * Math.random())
    unwatchWakeUps = watchWakeUps(
      { window: document.defaultView as Window, document },
      { onCheck() {}, onRetry: reload },
    )
  }
  const fail = (error: VitableError) => {
    iframe.style.display = 'none'
    fallback ??= createFallback(document, options.locale)
    target.append(fallback)
    if (error.retryable) arm()

    // Last, so that a host calling retry() or unmount() from its error
    // listener finds the reload armed and can disarm it.
    options.onFail(error)
  }
  const watchLoad = () => {
    watch?.stop()
    watch = watchFrameLoad({ ...options, onFail: fail })
  }

  watchLoad()

  return {
    reload,
    stop() {
      disarm()
      watch?.stop()
      fallback?.remove()
      iframe.style.display = 'block'
    },
  }
}
