// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest'

import { mount } from './mount.js'
import { connectFrame } from './testing/connectFrame.js'

const BASE_URL = 'https://widget.example'

const fetchToken = vi.fn(async () => ({
  access_token: 'vit_at_abcdefghijkl',
  expires_in: 900,
}))

function setup() {
  document.body.innerHTML = '<div id="slot"></div>'

  const slot = document.getElementById('slot') as HTMLElement
  const dashboard = mount(slot, fetchToken, { baseUrl: BASE_URL })

  return { slot, dashboard }
}

const types = (received: Array<{ type: string }>) =>
  received.map((message) => message.type)

afterEach(() => {
  document.body.replaceChildren()
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
