// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest'

import { type FrameLoadWatch, watchFrameLoad } from './watchFrameLoad.js'

const LOCAL = 'http://127.0.0.1:4111'
const PRODUCTION = 'https://widget.vitablehealth.com'

const watches: FrameLoadWatch[] = []

afterEach(() => {
  for (const watch of watches.splice(0)) watch.stop()
  document.body.replaceChildren()
})

function watch(widgetOrigin: string) {
  const target = document.createElement('div')
  const onFail = vi.fn()

  document.body.append(target)
  watches.push(
    watchFrameLoad({
      target,
      widgetOrigin,
      baseUrl: widgetOrigin,
      loadTimeout: 60_000,
      onFail,
    }),
  )

  return { onFail }
}

// happy-dom has no SecurityPolicyViolationEvent; the watch reads only
// these two fields.
function reportViolation(blockedURI: string, directive = 'frame-src'): void {
  const event = new Event('securitypolicyviolation')

  Object.defineProperties(event, {
    blockedURI: { value: blockedURI },
    effectiveDirective: { value: directive },
  })
  document.dispatchEvent(event)
}

describe('watchFrameLoad', () => {
  test.each<[string, string, string]>([
    ['the widget origin', LOCAL, LOCAL],
    ['a URL on the widget origin', LOCAL, `${LOCAL}/embed/x#id=1`],
    ['the production widget', PRODUCTION, `${PRODUCTION}/embed/x`],
  ])('reports a CSP block of %s at once', (_, origin, blockedURI) => {
    const { onFail } = watch(origin)

    reportViolation(blockedURI)

    expect(onFail).toHaveBeenCalledTimes(1)
    expect(onFail.mock.calls[0]?.[0]).toMatchObject({
      code: 'frame_load_timeout',
      retryable: false,
    })
  })

  test.each<[string, string, string]>([
    ['a port that starts with ours', LOCAL, 'http://127.0.0.1:41110/embed'],
    [
      'a host that starts with ours',
      PRODUCTION,
      'https://widget.vitablehealth.com.evil.net/embed',
    ],
    ['another scheme', PRODUCTION, 'http://widget.vitablehealth.com/embed'],
    ['a keyword, not a URL', LOCAL, 'inline'],
    ['an empty URI', LOCAL, ''],
  ])('ignores a CSP block of %s', (_, origin, blockedURI) => {
    const { onFail } = watch(origin)

    reportViolation(blockedURI)

    expect(onFail).not.toHaveBeenCalled()
  })

  test('ignores a directive that is not about frames', () => {
    const { onFail } = watch(LOCAL)

    reportViolation(`${LOCAL}/embed/assets/x.js`, 'script-src')

    expect(onFail).not.toHaveBeenCalled()
  })
})
