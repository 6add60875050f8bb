// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest'

import { mount } from './mount.js'
import { connectFrame } from './testing/connectFrame.js'

const BASE_URL = 'https://widget.example'

const fetchToken = vi.fn(async () => ({
  access_token: 'vit_at_abcdefghijkl',
  expires_in: 900,
}))

function setup(loadTimeout = 15_000) {
  document.body.innerHTML = '<div id="slot"></div>'

  const slot = document.getElementById('slot') as HTMLElement
  const dashboard = mount(slot, fetchToken, { baseUrl: BASE_URL, loadTimeout })

  return { slot, dashboard }
}

const types = (received: Array<{ type: string }>) =>
  received.map((message) => message.type)

afterEach(() => {
  document.body.replaceChildren()
  vi.useRealTimers()
})

describe('Dashboard.retry', () => {
  test('asks a connected frame to read again, over its port', async () => {
    const { slot, dashboard } = setup()
    const frame = connectFrame(slot, BASE_URL)
    await vi.waitFor(() =>
      expect(types(frame.received)).toContain('token.update'),
    )

    dashboard.retry()
    await vi.waitFor(() =>
      expect(types(frame.received)).toContain('host.retry'),
    )

    expect(fetchToken).toHaveBeenCalledTimes(1)
    dashboard.unmount()
  })

  test('sends nothing once unmounted', async () => {
    const { slot, dashboard } = setup()
    const frame = connectFrame(slot, BASE_URL)
    await vi.waitFor(() =>
      expect(types(frame.received)).toContain('token.update'),
    )

    dashboard.unmount()
    dashboard.retry()
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(types(frame.received)).not.toContain('host.retry')
  })
})

describe('Dashboard retries asked for in a burst', () => {
  test('fold into one, then one a second later', async () => {
    const { slot, dashboard } = setup()
    const frame = connectFrame(slot, BASE_URL)
    await vi.waitFor(() =>
      expect(types(frame.received)).toContain('token.update'),
    )
    const retries = () =>
      types(frame.received).filter((type) => type === 'host.retry').length

    for (let count = 0; count < 50; count += 1) dashboard.retry()
    await new Promise((resolve) => setTimeout(resolve, 20))
    const right = retries()
    await vi.waitFor(() => expect(retries()).toBe(2), { timeout: 3_000 })
    dashboard.unmount()

    expect(right).toBe(1)
  })

  test('an error listener that unmounts has the last word', async () => {
    document.body.innerHTML = '<div id="slot"></div>'
    const slot = document.getElementById('slot') as HTMLElement
    const failing = vi.fn(async () => {
      throw new Error('down')
    })
    const dashboard = mount(slot, failing, { baseUrl: BASE_URL })
    dashboard.on('error', () => dashboard.unmount())

    await vi.waitFor(() => expect(failing).toHaveBeenCalled())
    await new Promise((resolve) => setTimeout(resolve, 20))
    dashboard.retry()

    expect(dashboard.state).toBe('unmounted')
    expect(slot.children).toHaveLength(0)
  })
})

describe('Dashboard after a load failure', () => {
  test('shows the iframe again, without the fallback, once the frame connects', async () => {
    vi.useFakeTimers()
    const { slot, dashboard } = setup(1_000)
    vi.advanceTimersByTime(1_000)
    const hidden = slot.querySelector('iframe')?.style.display

    connectFrame(slot, BASE_URL)

    expect(hidden).toBe('none')
    expect(slot.querySelector('iframe')?.style.display).toBe('block')
    expect(slot.querySelector('[role="alert"]')).toBeNull()
    dashboard.unmount()
  })

  test('leaves no timer or listener behind once unmounted', () => {
    vi.useFakeTimers()
    const { slot, dashboard } = setup(1_000)
    vi.advanceTimersByTime(1_000)
    const errors: string[] = []
    dashboard.on('error', (error) => errors.push(error.code))

    dashboard.unmount()
    window.dispatchEvent(new Event('online'))
    vi.advanceTimersByTime(10 * 60_000)

    expect(vi.getTimerCount()).toBe(0)
    expect(errors).toEqual([])
    expect(slot.children).toHaveLength(0)
  })
})
