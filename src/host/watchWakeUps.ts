/** Where wake-up events come from: the page's window and document. */
export interface WakeUpPage {
  window: EventTarget
  document: EventTarget & { visibilityState?: string }
}

export interface WakeUpHandlers {
  /** The page may have slept: look at the clock again. */
  onCheck: () => void
  /** The network or the tab is back: a failed fetch may retry now. */
  onRetry: () => void
}

// Events after which the page may have slept. Only `online` and a tab
// coming into view also cut a backoff short: focus moves with every click
// into the frame, and pageshow fires on every navigation back.
const CHECK_EVENTS = ['focus', 'pageshow']
const RETRY_EVENTS = ['online']

/** The page the SDK runs in, or nothing outside a browser. */
export function defaultPage(): WakeUpPage | undefined {
  if (typeof window === 'undefined' || typeof document === 'undefined') {
    return undefined
  }

  return { window, document }
}

/**
 * Calls the handlers when the page may have slept or come back online.
 * Returns the function that removes every listener it added.
 */
export function watchWakeUps(
  page: WakeUpPage,
  handlers: WakeUpHandlers,
): () => void {
  const onCheck = () => handlers.onCheck()
  const onRetry = () => handlers.onRetry()
  const onVisibility = () => {
    if (page.document.visibilityState !== 'hidden') handlers.onRetry()
  }

  for (const name of CHECK_EVENTS) page.window.addEventListener(name, onCheck)
  for (const name of RETRY_EVENTS) page.window.addEventListener(name, onRetry)
  page.document.addEventListener('visibilitychange', onVisibility)

  return () => {
    for (const name of CHECK_EVENTS) {
      page.window.removeEventListener(name, onCheck)
    }
    for (const name of RETRY_EVENTS) {
      page.window.removeEventListener(name, onRetry)
    }
    page.document.removeEventListener('visibilitychange', onVisibility)
  }
}
