// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest'

import { loadFrame } from './loadFrame.js'
import type { VitableError } from './VitableError.js'

const WIDGET = 'https://widget.example'
const LOAD_TIMEOUT = 1_000

const loads: Array<{ stop(): void }> = []

afterEach(() => {
  for (const load of loads.splice(0)) load.stop()
  document.body.replaceChildren()
  vi.useRealTimers()
})

function setup() {
  vi.useFakeTimers()
  vi.spyOn(Math, 'random').mockReturnValue(0)
  document.body.innerHTML = '<div id="slot"></div>'

  const target = document.getElementById('slot') as HTMLElement
  const iframe = document.createElement('iframe')
  const failures: Array<{ at: number; error: VitableError }> = []
  const start = Date.now()

  iframe.style.display = 'block'
  target.append(iframe)

  const load = loadFrame({
    iframe,
    target,
    widgetOrigin: WIDGET,
    baseUrl: WIDGET,
    loadTimeout: LOAD_TIMEOUT,
    locale: 'en',
    onFail: (error) => failures.push({ at: Date.now() - start, error }),
  })
  const alert = () => target.querySelector('[role="alert"]')

  loads.push(load)

  return { target, iframe, load, failures, alert }
}

// A CSP violation as Chromium reports a blocked frame.
function blockFrame(): void {
  const event = Object.assign(new Event('securitypolicyviolation'), {
    blockedURI: `${WIDGET}/embed/employee-dashboard`,
    effectiveDirective: 'frame-src',
  })

  document.dispatchEvent(event)
}

describe('loadFrame', () => {
  test('hides the iframe behind the fallback while the frame has not loaded', () => {
    const { iframe, failures, alert } = setup()

    vi.advanceTimersByTime(LOAD_TIMEOUT)

    expect(failures.map(({ error }) => error.code)).toEqual([
      'frame_load_timeout',
    ])
    expect(alert()?.textContent).toMatch(/could not load/)
    expect(iframe.style.display).toBe('none')
  })

  test('reloads 5 s after each failure, doubling to a minute, until stopped', () => {
    const { failures, load } = setup()

    vi.advanceTimersByTime(4 * 60_000)
    load.stop()
    vi.advanceTimersByTime(10 * 60_000)

    // Each reload waits for the load timeout again before it fails.
    expect(failures.map(({ at }) => at)).toEqual([
      1_000, 7_000, 18_000, 39_000, 80_000, 141_000, 202_000,
    ])
  })

  test('puts the iframe back into the page to reload it', () => {
    const { target, iframe } = setup()
    vi.advanceTimersByTime(LOAD_TIMEOUT)
    const remove = vi.spyOn(iframe, 'remove')

    vi.advanceTimersByTime(5_000)

    expect(remove).toHaveBeenCalledTimes(1)
    expect(target.firstElementChild).toBe(iframe)
  })

  const wakeUps: Array<[string, () => void]> = [
    [
      'the page comes back online',
      () => window.dispatchEvent(new Event('online')),
    ],
    [
      'the page comes into view',
      () => document.dispatchEvent(new Event('visibilitychange')),
    ],
  ]

  for (const [name, wakeUp] of wakeUps) {
    test(`reloads at once when ${name}`, () => {
      const { failures } = setup()
      vi.advanceTimersByTime(LOAD_TIMEOUT)

      wakeUp()
      vi.advanceTimersByTime(LOAD_TIMEOUT)

      expect(failures.map(({ at }) => at)).toEqual([1_000, 2_000])
    })
  }

  test('reloads once per failure, however many wake-ups come', () => {
    const { failures } = setup()
    vi.advanceTimersByTime(LOAD_TIMEOUT)

    window.dispatchEvent(new Event('online'))
    window.dispatchEvent(new Event('online'))
    document.dispatchEvent(new Event('visibilitychange'))
    vi.advanceTimersByTime(LOAD_TIMEOUT)

    expect(failures).toHaveLength(2)
  })

  test('leaves a frame the page CSP blocks alone', () => {
    const { failures, iframe, alert } = setup()

    blockFrame()
    window.dispatchEvent(new Event('online'))
    vi.advanceTimersByTime(10 * 60_000)

    expect(failures.map(({ error }) => error.retryable)).toEqual([false])
    expect(alert()).not.toBeNull()
    expect(iframe.style.display).toBe('none')
    expect(vi.getTimerCount()).toBe(0)
  })

  test('stop() shows the iframe, removes the fallback and disarms', () => {
    const { failures, iframe, alert, load } = setup()
    vi.advanceTimersByTime(LOAD_TIMEOUT)

    load.stop()
    window.dispatchEvent(new Event('online'))
    vi.advanceTimersByTime(10 * 60_000)

    expect(failures).toHaveLength(1)
    expect(alert()).toBeNull()
    expect(iframe.style.display).toBe('block')
    expect(vi.getTimerCount()).toBe(0)
  })

  test('a retry from the error listener leaves one reload armed', () => {
    vi.useFakeTimers()
    document.body.innerHTML = '<div id="slot"><iframe></iframe></div>'
    const target = document.getElementById('slot') as HTMLElement
    const iframe = target.querySelector('iframe') as HTMLIFrameElement
    let failures = 0
    const load = loadFrame({
      iframe,
      target,
      widgetOrigin: WIDGET,
      baseUrl: WIDGET,
      loadTimeout: LOAD_TIMEOUT,
      locale: 'en',
      onFail: () => {
        failures += 1
        if (failures === 1) load.reload()
      },
    })

    loads.push(load)
    vi.advanceTimersByTime(LOAD_TIMEOUT)
    const timers = vi.getTimerCount()
    load.stop()

    expect(timers).toBe(1)
    expect(vi.getTimerCount()).toBe(0)
  })
})
