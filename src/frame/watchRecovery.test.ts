import { afterEach, describe, expect, test, vi } from 'vitest'

import { watchRecovery } from './watchRecovery.js'

afterEach(() => {
  vi.useRealTimers()
})

function setup(random = () => 0) {
  vi.useFakeTimers()
  const scope = {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), {
      visibilityState: 'visible' as string,
    }),
  }
  const onAttempt = vi.fn()
  const recovery = watchRecovery({
    ...scope,
    firstDelay: 2_000,
    maxDelay: 60_000,
    onAttempt,
    random,
  })

  // Schedules after each attempt, as a caller whose tries all fail does.
  onAttempt.mockImplementation(() => recovery.schedule())

  return { scope, onAttempt, recovery }
}

// Ms between the failure and each attempt that follows, one per timer.
function measureGaps(count: number): number[] {
  const gaps: number[] = []

  for (let index = 0; index < count; index += 1) {
    const before = Date.now()

    vi.advanceTimersToNextTimer()
    gaps.push(Date.now() - before)
  }

  return gaps
}

describe('watchRecovery', () => {
  test('does nothing until a failure is scheduled', () => {
    const { scope, onAttempt } = setup()

    scope.window.dispatchEvent(new Event('online'))
    vi.advanceTimersByTime(10 * 60_000)

    expect(onAttempt).not.toHaveBeenCalled()
    expect(vi.getTimerCount()).toBe(0)
  })

  test('waits 2 s, doubling after each failure up to a minute', () => {
    const { recovery } = setup()

    recovery.schedule()
    const gaps = measureGaps(7)

    expect(gaps).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000])
  })

  test('takes up to a quarter off each wait as jitter', () => {
    const { recovery } = setup(() => 0.5)

    recovery.schedule()
    const gaps = measureGaps(2)

    expect(gaps).toEqual([1_750, 3_500])
  })

  const events: Array<[string, 'window' | 'document', string, string, number]> =
    [
      ['online', 'window', 'online', 'visible', 1],
      ['coming into view', 'document', 'visibilitychange', 'visible', 1],
      ['going out of view', 'document', 'visibilitychange', 'hidden', 0],
      ['offline', 'window', 'offline', 'visible', 0],
    ]

  for (const [name, where, type, visibility, attempts] of events) {
    test(`${name} makes ${attempts} attempt(s) at once`, () => {
      const { recovery, scope, onAttempt } = setup()
      onAttempt.mockReset()
      recovery.schedule()

      scope.document.visibilityState = visibility
      scope[where].dispatchEvent(new Event(type))

      expect(onAttempt).toHaveBeenCalledTimes(attempts)
    })
  }

  test('makes one attempt per failure, however many events come', () => {
    const { recovery, scope, onAttempt } = setup()
    onAttempt.mockReset()
    recovery.schedule()

    scope.window.dispatchEvent(new Event('online'))
    scope.document.dispatchEvent(new Event('visibilitychange'))
    vi.advanceTimersByTime(60_000)

    expect(onAttempt).toHaveBeenCalledTimes(1)
  })

  test('stop() leaves no timer or listener and starts the delays over', () => {
    const { recovery, scope, onAttempt } = setup()
    recovery.schedule()
    vi.advanceTimersByTime(2_000 + 4_000)

    recovery.stop()
    scope.window.dispatchEvent(new Event('online'))
    const timers = vi.getTimerCount()
    const attempts = onAttempt.mock.calls.length
    recovery.schedule()
    const gaps = measureGaps(1)

    expect(timers).toBe(0)
    expect(attempts).toBe(2)
    expect(gaps).toEqual([2_000])
  })
})
