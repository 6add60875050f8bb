import { createFallback } from './createFrame.js'
import { VitableError } from './VitableError.js'

export interface FrameLoadWatch {
  /** Stops waiting and removes the fallback message, if shown. */
  stop(): void
}

export interface WatchFrameLoadOptions {
  target: Element
  widgetOrigin: string
  baseUrl: string
  loadTimeout: number
  locale: string
  onFail: (error: VitableError) => void
}

const FRAME_DIRECTIVES = ['frame-src', 'child-src', 'default-src']

function timeoutError(baseUrl: string, loadTimeout: number): VitableError {
  return new VitableError(
    'frame_load_timeout',
    `The dashboard frame did not load within ${loadTimeout} ms. Check ` +
      `that \`baseUrl\` (${baseUrl}) is right, that your CSP frame-src ` +
      `allows it, and that this page's origin is on the widget server's ` +
      'allowlist.',
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

/**
 * Waits for the frame to announce itself. After `loadTimeout`, or at once
 * when the page's CSP reports blocking the widget origin, it shows an
 * accessible fallback and reports `frame_load_timeout`.
 */
export function watchFrameLoad(options: WatchFrameLoadOptions): FrameLoadWatch {
  const { target, widgetOrigin } = options
  const document = target.ownerDocument
  let fallback: HTMLElement | undefined

  const fail = (error: VitableError) => {
    clearTimeout(timer)
    document.removeEventListener('securitypolicyviolation', onViolation)
    fallback ??= createFallback(document, options.locale)
    target.append(fallback)
    options.onFail(error)
  }
  const onViolation = (event: SecurityPolicyViolationEvent) => {
    const directive = event.effectiveDirective

    if (!event.blockedURI.startsWith(widgetOrigin)) return

    if (!FRAME_DIRECTIVES.includes(directive)) return

    fail(blockedError(widgetOrigin, directive))
  }
  const timer = setTimeout(
    () => fail(timeoutError(options.baseUrl, options.loadTimeout)),
    options.loadTimeout,
  )

  document.addEventListener('securitypolicyviolation', onViolation)

  return {
    stop() {
      clearTimeout(timer)
      document.removeEventListener('securitypolicyviolation', onViolation)
      fallback?.remove()
    },
  }
}
