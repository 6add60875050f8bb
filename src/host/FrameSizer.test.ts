import { describe, expect, test, vi } from 'vitest'
import { FrameSizer } from './FrameSizer.js'

function setup(bounds = { minHeight: 0, maxHeight: Infinity }) {
  const iframe = { style: { height: '' } } as HTMLIFrameElement
  let now = 0
  const sizer = new FrameSizer(iframe, bounds, () => now)
  const advance = (ms: number) => {
    now += ms
  }

  return { iframe, sizer, advance }
}

describe('FrameSizer', () => {
  test('applies a reported height and returns it', () => {
    const { iframe, sizer } = setup()

    const applied = sizer.apply(480.4)

    expect(applied).toBe(480)
    expect(iframe.style.height).toBe('480px')
  })

  const bounded: Array<[string, number, number]> = [
    ['below minHeight is raised to it', 100, 300],
    ['above maxHeight is lowered to it', 2000, 900],
    ['inside the bounds is kept', 500, 500],
  ]

  for (const [name, reported, expected] of bounded) {
    test(`a height ${name}`, () => {
      const { iframe, sizer } = setup({ minHeight: 300, maxHeight: 900 })

      sizer.apply(reported)

      expect(iframe.style.height).toBe(`${expected}px`)
    })
  }

  test('ignores a change within the 1 px tolerance', () => {
    const { iframe, sizer } = setup()
    sizer.apply(500)

    const applied = sizer.apply(501)

    expect(applied).toBeUndefined()
    expect(iframe.style.height).toBe('500px')
  })

  test('shrinks as well as grows', () => {
    const { iframe, sizer } = setup()
    sizer.apply(800)

    const applied = sizer.apply(300)

    expect(applied).toBe(300)
    expect(iframe.style.height).toBe('300px')
  })

  test('pauses growth that feeds on itself and warns once', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { iframe, sizer, advance } = setup()
    let height = 100

    for (let step = 0; step < 100; step += 1) {
      height += 20
      sizer.apply(height)
      advance(16)
    }

    const stuck = Number.parseInt(iframe.style.height, 10)
    expect(stuck).toBeLessThan(height)
    expect(stuck).toBeGreaterThan(100)
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/maxHeight/)
  })

  test('keeps following growth spread out in time', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { iframe, sizer, advance } = setup()

    for (let step = 1; step <= 100; step += 1) {
      sizer.apply(100 + step * 20)
      advance(1000)
    }

    expect(iframe.style.height).toBe(`${100 + 100 * 20}px`)
    expect(warn).not.toHaveBeenCalled()
  })

  test('still shrinks after growth was paused', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    const { iframe, sizer, advance } = setup()
    for (let step = 1; step <= 100; step += 1) {
      sizer.apply(100 + step * 20)
      advance(16)
    }

    sizer.apply(200)

    expect(iframe.style.height).toBe('200px')
  })
})
