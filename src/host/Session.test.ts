// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { init, mount } from './mount.js'
import type { TokenResult } from './normalizeToken.js'
import type { FetchToken, TokenContext } from './TokenManager.js'

const BASE_URL = 'https://widget.example'
const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

interface Call extends TokenContext {
  resolve: (result: TokenResult) => void
  reject: (error: unknown) => void
}

function issuing(lifetime = 900) {
  let issued = 0

  return vi.fn<FetchToken>(async () => ({
    access_token: `vit_at_session${String(++issued).padStart(8, '0')}`,
    expires_in: lifetime,
  }))
}

// A host backend whose calls the test settles by hand.
function deferred() {
  const calls: Call[] = []
  const fetchToken = vi.fn<FetchToken>(
    (context) =>
      new Promise<TokenResult>((resolve, reject) => {
        calls.push({ ...context, resolve, reject })
      }),
  )

  return { fetchToken, calls }
}

function slots(count: number): string[] {
  const ids = Array.from({ length: count }, (_, i) => `slot${i}`)

  document.body.innerHTML = ids.map((id) => `<div id="${id}"></div>`).join('')

  return ids.map((id) => `#${id}`)
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  document.body.replaceChildren()
  vi.useRealTimers()
})

describe('Session', () => {
  test('five widgets on one session make one fetchToken call per token', async () => {
    const fetchToken = issuing()
    const session = init({ fetchToken, baseUrl: BASE_URL })
    const refreshed: unknown[] = []
    session.on('token.refreshed', (payload) => refreshed.push(payload))

    for (const slot of slots(5)) session.mount(slot, { loadTimeout: HOUR })
    await vi.advanceTimersByTimeAsync(HOUR)
    session.destroy()

    // A 900 s token is refreshed 12 to 13 minutes in: five tokens an hour.
    expect(fetchToken).toHaveBeenCalledTimes(refreshed.length)
    expect(fetchToken.mock.calls.length).toBeGreaterThanOrEqual(4)
    expect(fetchToken.mock.calls.length).toBeLessThanOrEqual(5)
  })

  test('forwards token events and reads the token state', async () => {
    // The latest refresh and the longest first backoff the jitter allows.
    vi.spyOn(Math, 'random').mockReturnValue(0.999)
    const { fetchToken, calls } = deferred()
    const session = init({ fetchToken, baseUrl: BASE_URL })
    const events: string[] = []
    session.on('token.refreshed', ({ reason }) => events.push(reason))
    session.on('token.expired', () => events.push('expired'))
    session.on('error', (error) => events.push(error.code))
    const states = [session.tokenState]

    session.mount(slots(1)[0] as string, { loadTimeout: HOUR })
    await vi.advanceTimersByTimeAsync(0)
    states.push(session.tokenState)
    calls[0]?.resolve({ access_token: 'vit_at_abcdefghijkl', expires_in: 20 })
    await vi.advanceTimersByTimeAsync(0)
    states.push(session.tokenState)
    // A 20 s token is refreshed 16 to 17.3 s in, whatever the jitter.
    await vi.advanceTimersByTimeAsync(18 * SECOND)
    states.push(session.tokenState)
    calls[1]?.reject(new Error('down'))
    await vi.advanceTimersByTimeAsync(4 * SECOND)
    calls.at(-1)?.reject(new Error('still down'))
    await vi.advanceTimersByTimeAsync(0)
    states.push(session.tokenState)
    session.destroy()

    expect(states).toEqual([
      'idle',
      'fetching',
      'ready',
      'refreshing',
      'failed',
    ])
    expect(events.slice(0, 4)).toEqual([
      'initial',
      'token_fetch_failed',
      'expired',
      'token_expired',
    ])
  })

  test('retry leaves a fresh token alone', async () => {
    const fetchToken = issuing()
    const session = init({ fetchToken, baseUrl: BASE_URL })
    session.mount(slots(1)[0] as string)
    await vi.advanceTimersByTimeAsync(0)

    session.retry()
    await vi.advanceTimersByTimeAsync(2 * SECOND)
    session.destroy()

    expect(fetchToken).toHaveBeenCalledTimes(1)
  })

  test('a widget unmounted from a shared session hears nothing more', async () => {
    const fetchToken = vi
      .fn<FetchToken>()
      .mockResolvedValueOnce({
        access_token: 'vit_at_first000000',
        expires_in: 20,
      })
      .mockRejectedValue(new Error('down'))
    const session = init({ fetchToken, baseUrl: BASE_URL })
    const [first, second] = slots(2).map((slot) =>
      session.mount(slot as string, { loadTimeout: HOUR }),
    )
    const heard: string[] = []
    first?.on('error', () => heard.push('first'))
    second?.on('error', () => heard.push('second'))
    await vi.advanceTimersByTimeAsync(0)

    first?.unmount()
    await vi.advanceTimersByTimeAsync(30 * SECOND)
    const secondState = second?.state
    session.destroy()

    expect(first?.state).toBe('unmounted')
    expect(secondState).toBe('error')
    expect(heard.length).toBeGreaterThan(0)
    expect(new Set(heard)).toEqual(new Set(['second']))
  })
})

describe('teardown during the first fetch', () => {
  const endings: [string, (call: Call) => void][] = [
    ['resolves', (call) => call.resolve('vit_at_abcdefghijkl')],
    ['rejects', (call) => call.reject(new Error('late'))],
    ['rejects with the abort', (call) => call.reject(call.signal.reason)],
  ]
  const teardowns: [string, (fetchToken: FetchToken) => () => void][] = [
    [
      'session.destroy()',
      (fetchToken) => {
        const session = init({ fetchToken, baseUrl: BASE_URL })
        session.mount(slots(1)[0] as string)
        return () => session.destroy()
      },
    ],
    [
      'dashboard.unmount() of a mounted widget',
      (fetchToken) => {
        const dashboard = mount(slots(1)[0] as string, fetchToken, {
          baseUrl: BASE_URL,
        })
        return () => dashboard.unmount()
      },
    ],
  ]

  for (const [teardownName, arrange] of teardowns) {
    for (const [endingName, end] of endings) {
      test(`${teardownName}, then a call that ${endingName}, leaves nothing`, async () => {
        const unhandled = vi.fn()
        process.on('unhandledRejection', unhandled)
        const { fetchToken, calls } = deferred()
        const teardown = arrange(fetchToken)
        await vi.advanceTimersByTimeAsync(0)

        teardown()
        teardown()
        const call = calls[0] as Call
        expect(() => end(call)).not.toThrow()
        await vi.advanceTimersByTimeAsync(HOUR)
        const timers = vi.getTimerCount()
        vi.useRealTimers()
        await new Promise((resolve) => setTimeout(resolve, 0))
        process.off('unhandledRejection', unhandled)

        expect(call.signal.aborted).toBe(true)
        expect(fetchToken).toHaveBeenCalledTimes(1)
        expect(timers).toBe(0)
        expect(document.querySelectorAll('iframe')).toHaveLength(0)
        expect(unhandled).not.toHaveBeenCalled()
      })
    }
  }
})
