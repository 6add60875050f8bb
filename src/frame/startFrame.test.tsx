// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest'

import { envelope } from '../protocol/messages.js'
import { startFrame } from './startFrame.js'
import {
  EMPLOYEE_ID,
  employeeBody,
  enrollmentsBody,
  meBody,
} from './testing/apiFixtures.js'
import { createFakePort, type FakePort } from './testing/createFakePort.js'
import { dispatchFromHost } from './testing/dispatchFromHost.js'

const HOST = 'http://localhost:5173'
const API = 'http://127.0.0.1:4010'
const ID = 'widget-1'

const bodies: Record<string, unknown> = {
  [`${API}/v1/auth/me`]: meBody,
  [`${API}/v1/employees/${EMPLOYEE_ID}`]: employeeBody,
  [`${API}/v1/employees/${EMPLOYEE_ID}/enrollments?limit=100`]: enrollmentsBody,
}

const stops: Array<() => void> = []

afterEach(() => {
  for (const stop of stops.splice(0)) stop()
})

function setup(answer = (url: string) => Response.json(bodies[url])) {
  const root = document.createElement('div')
  const parent = { postMessage: vi.fn() }
  const fetch = vi.fn(async (url: string | URL | Request) => answer(`${url}`))
  let resize = () => {}
  const scope = {
    addEventListener: window.addEventListener.bind(window),
    removeEventListener: window.removeEventListener.bind(window),
    ResizeObserver: class {
      constructor(callback: () => void) {
        resize = callback
      }
      observe() {}
      disconnect() {}
    } as unknown as typeof ResizeObserver,
    requestAnimationFrame: (callback: FrameRequestCallback) => {
      callback(0)
      return 1
    },
    cancelAnimationFrame: () => {},
  }
  const config = { apiBaseUrl: API, allowedOrigins: [HOST] }

  document.body.replaceChildren(root)
  stops.push(
    startFrame({
      config,
      hostOrigin: HOST,
      id: ID,
      root,
      parent,
      fetch,
      window: scope,
    }),
  )

  function connect(locale?: string): FakePort {
    const port = createFakePort()
    const data = envelope(ID, {
      type: 'host.connect',
      ...(locale ? { locale } : {}),
    })

    dispatchFromHost({ data, origin: HOST, source: parent, ports: [port] })

    return port
  }

  function sendToken(port: FakePort, tokenId = 1): void {
    port.deliver(
      envelope(ID, {
        type: 'token.update',
        token: `vit_at_${tokenId}`,
        tokenId,
        expiresIn: 900_000,
      }),
    )
  }

  const typesSent = (port: FakePort) =>
    port.sent.map((message) => (message as { type: string }).type)

  // Connects, answers the first token request, and waits for the outcome.
  async function connectWithToken(
    until: 'frame.ready' | 'frame.error' = 'frame.ready',
    locale?: string,
  ): Promise<FakePort> {
    const port = connect(locale)

    await vi.waitFor(() => expect(typesSent(port)).toContain('token.request'))
    sendToken(port)
    await vi.waitFor(() => expect(typesSent(port)).toContain(until))

    return port
  }

  return {
    root,
    parent,
    fetch,
    connect,
    connectWithToken,
    sendToken,
    typesSent,
    resize: () => resize(),
  }
}

const isBusy = (root: HTMLElement) =>
  root.querySelector('main')?.getAttribute('aria-busy') === 'true'

describe('startFrame', () => {
  test('loads the bound employee with the token from the host', async () => {
    const { root, parent, fetch, connectWithToken } = setup()

    const port = await connectWithToken('frame.ready', 'es')

    expect(
      root.querySelector('[data-testid="employee-name"]')?.textContent,
    ).toBe('María José Peña')
    expect(root.querySelectorAll('[data-testid="enrollment"]')).toHaveLength(2)
    expect(document.documentElement.lang).toBe('es')
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(port.sent).toContainEqual(
      envelope(ID, { type: 'token.request', reason: 'missing' }),
    )
    expect(parent.postMessage.mock.calls).toEqual([
      [envelope(ID, { type: 'frame.hello' }), HOST],
    ])
  })

  test('sends frame.ready once, not after each load', async () => {
    const { root, fetch, typesSent, connectWithToken } = setup()
    const port = await connectWithToken()

    root.querySelector<HTMLElement>('[data-testid="refresh"]')?.click()
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(6))
    await vi.waitFor(() => expect(isBusy(root)).toBe(false))

    const readies = typesSent(port).filter((type) => type === 'frame.ready')
    expect(readies).toHaveLength(1)
  })

  test('reports an API failure to the host instead of ready', async () => {
    const { typesSent, connectWithToken } = setup(() =>
      Response.json(
        { error: { code: 'server_error', message: 'Down' } },
        { status: 500 },
      ),
    )

    const port = await connectWithToken('frame.error')

    expect(port.sent).toContainEqual(
      envelope(ID, {
        type: 'frame.error',
        error: { code: 'api_error', message: 'Down', retryable: true },
      }),
    )
    expect(typesSent(port)).not.toContain('frame.ready')
  })

  test('sends frame.ready once a failed load succeeds on Try again', async () => {
    let isDown = true
    const { root, typesSent, connectWithToken } = setup((url) =>
      isDown
        ? Response.json(
            { error: { code: 'x', message: 'Down' } },
            { status: 500 },
          )
        : Response.json(bodies[url]),
    )
    const port = await connectWithToken('frame.error')

    isDown = false
    root.querySelector<HTMLElement>('[data-testid="error"] button')?.click()
    await vi.waitFor(() => expect(typesSent(port)).toContain('frame.ready'))

    expect(root.querySelectorAll('[data-testid="enrollment"]')).toHaveLength(2)
  })

  test('shows Unable to connect on token.error and tells the host', async () => {
    const { root, connect, typesSent } = setup()

    const port = connect()
    await vi.waitFor(() => expect(typesSent(port)).toContain('token.request'))
    port.deliver(
      envelope(ID, {
        type: 'token.error',
        error: { code: 'token_fetch_failed', message: 'x', retryable: true },
      }),
    )
    await vi.waitFor(() => expect(typesSent(port)).toContain('frame.error'))
    root.querySelector<HTMLElement>('[data-testid="error"] button')?.click()

    expect(root.textContent).toContain('Unable to connect')
    expect(typesSent(port)).not.toContain('frame.ready')
    expect(typesSent(port)).toContain('frame.retry')
  })

  test('loads again by itself when a token follows a token failure', async () => {
    const { root, connect, sendToken, typesSent } = setup()
    const port = connect()
    await vi.waitFor(() => expect(typesSent(port)).toContain('token.request'))
    port.deliver(
      envelope(ID, {
        type: 'token.error',
        error: { code: 'token_fetch_failed', message: 'x', retryable: true },
      }),
    )
    await vi.waitFor(() =>
      expect(root.textContent).toContain('Unable to connect'),
    )

    sendToken(port, 2)
    await vi.waitFor(() => expect(typesSent(port)).toContain('frame.ready'))

    expect(root.textContent).not.toContain('Unable to connect')
    expect(root.querySelectorAll('[data-testid="enrollment"]')).toHaveLength(2)
  })

  test('shows Unable to connect when its token ran out and none came', async () => {
    let now = Date.now()
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    const { root, fetch, typesSent, connectWithToken } = setup()
    const port = await connectWithToken()

    const tokenError = envelope(ID, {
      type: 'token.error',
      error: { code: 'token_expired', message: 'x', retryable: true },
    })
    const requests = () =>
      typesSent(port).filter((type) => type === 'token.request').length

    now += 900_000
    port.deliver(tokenError)
    // The host answers the fresh load's question with the same failure.
    await vi.waitFor(() => expect(requests()).toBe(2))
    port.deliver(tokenError)
    await vi.waitFor(() => expect(typesSent(port)).toContain('frame.error'))

    expect(root.textContent).toContain('Unable to connect')
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  test('keeps its data on a token failure while its token is good', async () => {
    const { root, typesSent, connectWithToken } = setup()
    const port = await connectWithToken()
    const requests = typesSent(port).length

    port.deliver(
      envelope(ID, {
        type: 'token.error',
        error: { code: 'token_fetch_failed', message: 'x', retryable: true },
      }),
    )
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(root.querySelectorAll('[data-testid="enrollment"]')).toHaveLength(2)
    expect(typesSent(port)).toHaveLength(requests)
  })

  test('sends its height over the port, again after a reconnect', () => {
    const { connect, resize } = setup()

    resize()
    const first = connect()
    const second = connect()

    const resizes = (port: FakePort) =>
      port.sent.filter(
        (message) => (message as { type: string }).type === 'frame.resize',
      )
    expect(resizes(first)).toHaveLength(1)
    expect(resizes(second)).toHaveLength(1)
  })

  test('starts over, token and view, when the host reconnects', async () => {
    const { root, fetch, connect, sendToken, typesSent } = setup()
    const first = connect()
    await vi.waitFor(() => expect(typesSent(first)).toContain('token.request'))
    sendToken(first)
    await vi.waitFor(() => expect(typesSent(first)).toContain('frame.ready'))

    const second = connect()
    await vi.waitFor(() => expect(typesSent(second)).toContain('token.request'))
    sendToken(second, 1)
    await vi.waitFor(() => expect(typesSent(second)).toContain('frame.ready'))

    expect(first.isClosed).toBe(true)
    expect(fetch).toHaveBeenCalledTimes(6)
    expect(root.querySelectorAll('[data-testid="enrollment"]')).toHaveLength(2)
  })

  test('reads again by itself once back online, then sends frame.ready', async () => {
    let isOnline = true
    const { root, typesSent, connectWithToken } = setup((url) => {
      if (!isOnline) throw new TypeError('Failed to fetch')

      return Response.json(bodies[url])
    })
    const port = await connectWithToken()
    isOnline = false
    root.querySelector<HTMLElement>('[data-testid="refresh"]')?.click()
    await vi.waitFor(() => expect(typesSent(port)).toContain('frame.error'))

    isOnline = true
    window.dispatchEvent(new Event('online'))
    await vi.waitFor(() =>
      expect(
        typesSent(port).filter((type) => type === 'frame.ready'),
      ).toHaveLength(2),
    )

    expect(root.querySelectorAll('[data-testid="enrollment"]')).toHaveLength(2)
    expect(root.querySelector('[data-testid="error"]')).toBeNull()
  })

  test('reads a failed view again on host.retry', async () => {
    let status = 404
    const { root, fetch, typesSent, connectWithToken } = setup((url) =>
      status === 404
        ? Response.json(
            { error: { code: 'not_found', message: 'Gone' } },
            { status },
          )
        : Response.json(bodies[url]),
    )
    const port = await connectWithToken('frame.error')

    status = 200
    port.deliver(envelope(ID, { type: 'host.retry' }))
    await vi.waitFor(() => expect(typesSent(port)).toContain('frame.ready'))

    expect(fetch).toHaveBeenCalledTimes(4)
    expect(root.querySelectorAll('[data-testid="enrollment"]')).toHaveLength(2)
  })

  test('ignores host.retry while it shows data', async () => {
    const { fetch, connectWithToken } = setup()
    const port = await connectWithToken()

    port.deliver(envelope(ID, { type: 'host.retry' }))
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(fetch).toHaveBeenCalledTimes(3)
  })

  test('turns Spanish in place on a host.update with a locale', async () => {
    const { root, fetch, connectWithToken } = setup()
    const port = await connectWithToken()
    const name = root.querySelector('[data-testid="employee-name"]')
    const sent = port.sent.length

    port.deliver(envelope(ID, { type: 'host.update', locale: 'es' }))

    const refresh = root.querySelector('[data-testid="refresh"]')
    expect(document.documentElement.lang).toBe('es')
    expect(refresh?.textContent).toBe('Actualizar')
    expect(root.querySelector('[data-testid="employee-name"]')).toBe(name)
    expect(fetch).toHaveBeenCalledTimes(3)
    expect(port.sent).toHaveLength(sent)
  })

  test('keeps its locale on an appearance-only host.update', async () => {
    const { root, fetch, connectWithToken } = setup()
    const port = await connectWithToken('frame.ready', 'es')
    const name = root.querySelector('[data-testid="employee-name"]')

    port.deliver(
      envelope(ID, { type: 'host.update', appearance: { accent: 'teal' } }),
    )

    expect(document.documentElement.lang).toBe('es')
    expect(root.querySelector('[data-testid="employee-name"]')).toBe(name)
    expect(fetch).toHaveBeenCalledTimes(3)
  })

  test('applies the appearance of a host.update, and drops it on the next', async () => {
    const { connectWithToken } = setup()
    const port = await connectWithToken()
    const style = document.documentElement.style
    const appearance = { variables: { colorPrimary: '#7a1fa2' } }

    port.deliver(envelope(ID, { type: 'host.update', appearance }))
    const applied = style.getPropertyValue('--accent')
    port.deliver(envelope(ID, { type: 'host.update', appearance: {} }))

    expect(applied).toBe('#7a1fa2')
    expect(style.getPropertyValue('--accent')).toBe('')
  })
})
