import { MAX_TIMER_DELAY } from './clock.js'
import { VitableError } from './VitableError.js'

export interface FrameLoadWatch {
  /** Stops waiting. */
  stop(): void
}

export interface WatchFrameLoadOptions {
  target: Element
  widgetOrigin: string
  baseUrl: string
  loadTimeout: number
  onFail: (error: VitableError) => void
}

const FRAME_DIRECTIVES = ['frame-src', 'child-src', 'default-src']

function timeoutError(
  baseUrl: string,
  loadTimeout: number,
  isOffline: boolean,
): VitableError {
  const late = `The dashboard frame did not load within ${loadTimeout} ms`

  return new VitableError(
    'frame_load_timeout',
    isOffline
      ? `${late} because the browser is offline.`
      : `${late}. Check that \`baseUrl\` (${baseUrl}) is right, that your ` +
          `CSP frame-src allows it, and that this page's origin is on the ` +
          "widget server's allowlist.",
    { retryable: true },
  )
}

function blockedError(widgetOrigin: string, directive: string): VitableError {
  return new VitableError(
    'frame_load_timeout',
    `This page's Content-Security-Policy (${directive}) blocked the ` +
      `dashboard frame; add ${widgetOrigin} to frame-src.`,
    { retryable: false },
  )
}

// blockedURI may be a keyword such as "inline" rather than a URL; a prefix
// test would take http://127.0.0.1:41110 for http://127.0.0.1:4111.
function isFromOrigin(blockedURI: string, origin: string): boolean {
  try {
    return new URL(blockedURI).origin === origin
  } catch {
    return false
  }
}

/**
 * Waits for the frame to announce itself. After `loadTimeout`, or at once
 * when the page's CSP reports blocking the widget origin, it reports
 * `frame_load_timeout`.
 */
export function watchFrameLoad(options: WatchFrameLoadOptions): FrameLoadWatch {
  const { target, widgetOrigin } = options
  const document = target.ownerDocument

  const fail = (error: VitableError) => {
    clearTimeout(timer)
    document.removeEventListener('securitypolicyviolation', onViolation)
    options.onFail(error)
  }
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    const directive = event.effectiveDirective

    if (!isFromOrigin(event.blockedURI, widgetOrigin)) return

    if (!FRAME_DIRECTIVES.includes(directive)) return

    fail(blockedError(widgetOrigin, directive))
  }
  const timer = setTimeout(
    () => {
      const isOffline = document.defaultView?.navigator.onLine === false

      fail(timeoutError(options.baseUrl, options.loadTimeout, isOffline))
    },
    Math.min(options.loadTimeout, MAX_TIMER_DELAY),
  )

  document.addEventListener('securitypolicyviolation', onViolation)

  return {
    stop() {
      clearTimeout(timer)
      document.removeEventListener('securitypolicyviolation', onViolation)
    },
  }
}
