import { describe, expect, test, vi } from 'vitest'

import { type HeightWatchScope, watchHeight } from './watchHeight.js'

// Fakes just enough of the browser to run resize observers and frames.
function setup(initialHeight = 100) {
  let height = initialHeight
  let notify = () => {}
  const frames = new Map<number, FrameRequestCallback>()
  let nextFrame = 1
  const disconnect = vi.fn()
  const element = {
    getBoundingClientRect: () => ({ height }) as DOMRect,
  } as Element

  class FakeResizeObserver {
    constructor(callback: () => void) {
      notify = callback
    }
    observe() {}
    disconnect = disconnect
  }

  const scope = {
    ResizeObserver: FakeResizeObserver,
    requestAnimationFrame: vi.fn((callback: FrameRequestCallback) => {
      frames.set(nextFrame, callback)
      return nextFrame++
    }),
    cancelAnimationFrame: vi.fn((handle: number) => frames.delete(handle)),
  } as unknown as HeightWatchScope
  const onHeight = vi.fn()
  const watch = watchHeight(element, onHeight, scope)

  return {
    onHeight,
    watch,
    scope,
    disconnect,
    resize(next: number) {
      height = next
      notify()
    },
    runFrame() {
      const callbacks = [...frames.values()]
      frames.clear()
      for (const callback of callbacks) callback(0)
    },
  }
}

describe('watchHeight', () => {
  test('measures once per animation frame however many resizes came', () => {
    const { resize, runFrame, onHeight, scope } = setup()

    resize(100)
    resize(120)
    resize(140)
    runFrame()

    expect(scope.requestAnimationFrame).toHaveBeenCalledTimes(1)
    expect(onHeight.mock.calls).toEqual([[140]])
  })

  test('reports whole-pixel heights, rounded up, only on change', () => {
    const { resize, runFrame, onHeight } = setup()

    for (const height of [100, 100, 100.2, 100.9, 99.5, 99]) {
      resize(height)
      runFrame()
    }

    expect(onHeight.mock.calls).toEqual([[100], [101], [100], [99]])
  })

  test('stops observing and cancels a pending frame', () => {
    const { resize, runFrame, onHeight, watch, disconnect } = setup()

    resize(200)
    watch.stop()
    runFrame()

    expect(disconnect).toHaveBeenCalled()
    expect(onHeight).not.toHaveBeenCalled()
  })

  test('measures at once on demand, dropping the pending frame', () => {
    const { resize, runFrame, onHeight, watch, scope } = setup()

    resize(300)
    watch.measure()
    const callsBeforeFrame = [...onHeight.mock.calls]
    runFrame()

    expect(callsBeforeFrame).toEqual([[300]])
    expect(scope.cancelAnimationFrame).toHaveBeenCalledWith(1)
    expect(onHeight).toHaveBeenCalledTimes(1)
  })
})
