import { describe, expect, test } from 'vitest'
import {
  backoffDelay,
  MIN_REFRESH_DELAY,
  refreshDueAt,
} from './refreshPolicy.js'

const SECOND = 1_000
const MINUTE = 60 * SECOND

describe('refreshDueAt', () => {
  const cases: [string, number, number, number][] = [
    ['a 20 s token, no jitter', 20 * SECOND, 0, 16 * SECOND],
    ['a 20 s token, most jitter', 20 * SECOND, 0.99, 17 * SECOND],
    ['a 900 s token, no jitter', 900 * SECOND, 0, 12 * MINUTE],
    ['a 900 s token, most jitter', 900 * SECOND, 0.99, 13 * MINUTE],
    ['a 2 h token, margin capped', 120 * MINUTE, 0, 117 * MINUTE],
    ['a 1 s token, floored', SECOND, 0, MIN_REFRESH_DELAY],
  ]

  for (const [name, lifetime, random, due] of cases) {
    test(`refreshes ${name} about ${due / SECOND} s in`, () => {
      const at = refreshDueAt(5_000, 5_000 + lifetime, random)

      expect(Math.abs(at - 5_000 - due)).toBeLessThan(SECOND)
    })
  }

  test('is never later than the expiry nor sooner than the floor', () => {
    for (const lifetime of [1, 999, 20_000, 900_000, 2 ** 40]) {
      for (const random of [0, 0.5, 0.999]) {
        const at = refreshDueAt(0, lifetime, random)

        expect(at).toBeGreaterThanOrEqual(MIN_REFRESH_DELAY)
        expect(at).toBeLessThanOrEqual(Math.max(lifetime, MIN_REFRESH_DELAY))
      }
    }
  })
})

describe('backoffDelay', () => {
  test('doubles from about a second up to a minute', () => {
    const ceilings = [1, 2, 3, 4, 5, 6, 7, 8, 40].map((failures) =>
      backoffDelay(failures, 1),
    )

    expect(ceilings).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000,
    ])
  })

  test('jitters each wait down to half of its ceiling', () => {
    expect(backoffDelay(3, 0)).toBe(2_000)
    expect(backoffDelay(3, 0.5)).toBe(3_000)
  })
})
