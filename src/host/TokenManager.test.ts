import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { type Clock, MAX_TIMER_DELAY, systemClock } from './clock.js'
import type { TokenResult } from './normalizeToken.js'
import {
  type FetchToken,
  type TokenContext,
  TokenManager,
  type TokenReason,
} from './TokenManager.js'
import type { VitableError } from './VitableError.js'

const START = Date.UTC(2030, 0, 7, 9)
const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR
const API_KEY = 'vit_apk_live_s3cr3tk3y0123456789'

interface Call extends TokenContext {
  at: number
  resolve: (result: TokenResult) => void
  reject: (error: unknown) => void
}

interface Setup {
  fetchToken?: FetchToken
  random?: number
  tokenTimeout?: number
}

function tokenText(n: number): string {
  return `vit_at_s3cr3t${String(n).padStart(8, '0')}`
}

function grant(n: number, lifetime = 900): TokenResult {
  return { access_token: tokenText(n), expires_in: lifetime }
}

// A host backend that answers at once with a new token each time.
function issuing(lifetime = 900) {
  let issued = 0

  return vi.fn<FetchToken>(async () => grant(++issued, lifetime))
}

// A host backend that is down.
function failing() {
  return vi.fn<FetchToken>(async () => {
    throw new Error('down')
  })
}

// A host backend whose calls the test settles by hand.
function deferred() {
  const calls: Call[] = []
  const fetchToken = vi.fn<FetchToken>(
    (context) =>
      new Promise<TokenResult>((resolve, reject) => {
        calls.push({ ...context, at: Date.now(), resolve, reject })
      }),
  )

  return { fetchToken, calls }
}

function createPage() {
  return {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), {
      visibilityState: 'visible' as string,
    }),
  }
}

function setup(options: Setup = {}) {
  const page = createPage()
  const clock: Clock = {
    ...systemClock(),
    random: () => options.random ?? 0.5,
  }
  const setTimeoutSpy = vi.spyOn(clock, 'setTimeout')
  const lines: string[] = []
  const fetchToken = options.fetchToken ?? issuing()
  const manager = new TokenManager({
    fetchToken,
    tokenTimeout: options.tokenTimeout ?? 15_000,
    assumedTokenLifetime: 900,
    log: (line) => lines.push(line),
    clock,
    page,
  })
  const events: [string, unknown][] = []

  manager.on('token', (token) => events.push(['token', token]))
  manager.on('refreshed', (payload) => events.push(['refreshed', payload]))
  manager.on('expired', () => events.push(['expired', undefined]))
  manager.on('error', (error) => events.push(['error', error]))

  return { manager, page, fetchToken, setTimeoutSpy, lines, events }
}

type Page = ReturnType<typeof createPage>

function named(events: [string, unknown][], name: string): unknown[] {
  return events.filter(([event]) => event === name).map(([, value]) => value)
}

function flush() {
  return vi.advanceTimersByTimeAsync(0)
}

function advance(ms: number) {
  return vi.advanceTimersByTimeAsync(ms)
}

// The laptop sleeps: the clock jumps and no timer fires meanwhile.
function sleep(ms: number): void {
  vi.setSystemTime(Date.now() + ms)
}

function wake(page: Page, event: string): void {
  if (event === 'visibilitychange') {
    page.document.visibilityState = 'visible'
    page.document.dispatchEvent(new Event(event))
    return
  }

  page.window.dispatchEvent(new Event(event))
}

function track<T>(promise: Promise<T>) {
  const seen: { status: string; value: unknown } = {
    status: 'pending',
    value: undefined,
  }

  promise.then(
    (value) => Object.assign(seen, { status: 'resolved', value }),
    (value) => Object.assign(seen, { status: 'rejected', value }),
  )

  return seen
}

function reasons(fetchToken: FetchToken): TokenReason[] {
  return vi.mocked(fetchToken).mock.calls.map(([context]) => context.reason)
}

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})

afterEach(() => {
  vi.useRealTimers()
})

describe('TokenManager input', () => {
  const shapes: [string, TokenResult, number][] = [
    ['{ access_token, expires_in }', grant(1, 600), 600],
    ['{ token, expiresIn }', { token: tokenText(1), expiresIn: 300 }, 300],
    ['a bare string', tokenText(1), 900],
  ]

  for (const [name, result, lifetime] of shapes) {
    test(`accepts ${name}`, async () => {
      const { manager, events } = setup({ fetchToken: async () => result })

      manager.start()
      await flush()

      expect(named(events, 'token')).toEqual([
        { value: tokenText(1), id: 1, expiresAt: START + lifetime * SECOND },
      ])
    })
  }

  type Fetch = ReturnType<typeof issuing>
  const triggers: [TokenReason, string, (fetch: Fetch) => Promise<void>][] = [
    [
      'initial',
      'on start',
      async (fetchToken) => {
        setup({ fetchToken }).manager.start()
        await flush()
      },
    ],
    [
      'scheduled',
      'when the refresh timer fires',
      async (fetchToken) => {
        setup({ fetchToken }).manager.start()
        await advance(14 * MINUTE)
      },
    ],
    [
      'rejected',
      'after the frame reports a 401',
      async (fetchToken) => {
        const { manager } = setup({ fetchToken })
        manager.start()
        await flush()
        manager.reject(1)
        await advance(SECOND)
      },
    ],
    [
      'resume',
      'when the page wakes after a sleep',
      async (fetchToken) => {
        const { manager, page } = setup({ fetchToken })
        manager.start()
        await flush()
        sleep(15 * MINUTE)
        wake(page, 'focus')
        await flush()
      },
    ],
    [
      'retry',
      'when the host calls retry() after a failure',
      async (fetchToken) => {
        fetchToken.mockRejectedValueOnce(new Error('down'))
        const { manager } = setup({ fetchToken })
        manager.start()
        await flush()
        manager.retry()
        await advance(SECOND)
      },
    ],
    [
      'retry',
      'after a failure',
      async (fetchToken) => {
        fetchToken.mockRejectedValueOnce(new Error('down'))
        setup({ fetchToken }).manager.start()
        await advance(5 * SECOND)
      },
    ],
  ]

  for (const [reason, when, run] of triggers) {
    test(`passes reason ${reason} ${when}, with a live signal`, async () => {
      const fetchToken = issuing()

      await run(fetchToken)

      const last = fetchToken.mock.lastCall?.[0]
      expect(last?.reason).toBe(reason)
      expect(last?.signal).toBeInstanceOf(AbortSignal)
      expect(last?.signal.aborted).toBe(false)
    })
  }
})

describe('TokenManager validation', () => {
  test('refuses an API key loudly, never emits it, and retries', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const fetchToken = vi
      .fn<FetchToken>()
      .mockResolvedValueOnce({ access_token: API_KEY, expires_in: 900 })
      .mockResolvedValue(grant(1))
    const { manager, events, lines } = setup({ fetchToken })

    manager.start()
    await flush()
    const answer = manager.getToken()

    await expect(answer).rejects.toMatchObject({ code: 'invalid_token' })
    expect(consoleError).toHaveBeenCalledTimes(1)
    expect(named(events, 'token')).toEqual([])
    expect(named(events, 'error')).toMatchObject([{ code: 'invalid_token' }])
    expect(JSON.stringify([events, lines])).not.toContain(API_KEY)

    await advance(5 * SECOND)

    expect(fetchToken).toHaveBeenCalledTimes(2)
    expect(named(events, 'token')).toMatchObject([{ value: tokenText(1) }])
  })

  const malformed: [string, unknown][] = [
    ['a missing lifetime', { access_token: tokenText(9) }],
    ['a zero lifetime', { token: tokenText(9), expiresIn: 0 }],
    ['a token without the prefix', { token: 'abcdefghijklm', expiresIn: 60 }],
    ['undefined', undefined],
  ]

  for (const [name, result] of malformed) {
    test(`treats ${name} as a failure: reports, then retries`, async () => {
      const fetchToken = vi
        .fn<FetchToken>()
        .mockResolvedValueOnce(result as TokenResult)
        .mockResolvedValue(grant(1))
      const { manager, events } = setup({ fetchToken })

      manager.start()
      await advance(5 * SECOND)

      expect(named(events, 'error')).toMatchObject([{ code: 'invalid_token' }])
      expect(reasons(fetchToken)).toEqual(['initial', 'retry'])
      expect(manager.state).toBe('ready')
    })
  }

  const absurd: [string, number, number, number][] = [
    ['30-day', 30 * 24 * 3600, 3 * DAY, 4],
    ['10^12-second', 1e12, 3 * DAY, 4],
    ['one-microsecond', 1e-6, 1 * MINUTE, 61],
  ]

  for (const [name, lifetime, span, most] of absurd) {
    test(`runs a ${name} lifetime without a loop`, async () => {
      const fetchToken = issuing(lifetime)
      const { manager, setTimeoutSpy } = setup({ fetchToken })

      manager.start()
      await advance(span)
      const delays = setTimeoutSpy.mock.calls.map(([, delay]) => delay)

      expect(fetchToken.mock.calls.length).toBeGreaterThan(1)
      expect(fetchToken.mock.calls.length).toBeLessThanOrEqual(most)
      for (const delay of delays) {
        expect(delay).toBeGreaterThanOrEqual(0)
        expect(delay).toBeLessThanOrEqual(MAX_TIMER_DELAY)
      }
    })
  }

  test('clamps a huge tokenTimeout to what a timer can hold', async () => {
    const { fetchToken } = deferred()
    const { manager } = setup({
      fetchToken,
      tokenTimeout: Number.POSITIVE_INFINITY,
    })
    const timers = vi.spyOn(globalThis, 'setTimeout')

    manager.start()
    await flush()

    const delays = timers.mock.calls.map(([, delay]) => delay)
    expect(delays).toEqual([MAX_TIMER_DELAY])
  })

  test('the system clock holds every delay to what setTimeout can', () => {
    const timers = vi.spyOn(globalThis, 'setTimeout')
    const clock = systemClock()

    const handles = [30 * DAY, Number.POSITIVE_INFINITY, 5].map((delay) =>
      clock.setTimeout(() => {}, delay),
    )

    const delays = timers.mock.calls.map(([, delay]) => delay)
    expect(delays).toEqual([MAX_TIMER_DELAY, MAX_TIMER_DELAY, 5])
    for (const handle of handles) clock.clearTimeout(handle)
  })

  test('reports an API key once however often it comes back', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const fetchToken = vi.fn<FetchToken>(async () => ({
      access_token: API_KEY,
      expires_in: 900,
    }))
    const { manager, events } = setup({ fetchToken })

    manager.start()
    await advance(10 * MINUTE)

    expect(fetchToken.mock.calls.length).toBeGreaterThan(5)
    expect(named(events, 'error').length).toBe(fetchToken.mock.calls.length)
    expect(consoleError).toHaveBeenCalledTimes(1)
  })

  test('drops an API key that arrives after destroy without a word', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { fetchToken, calls } = deferred()
    const { manager, events } = setup({ fetchToken })
    manager.start()
    await flush()

    manager.destroy()
    calls[0]?.resolve({ access_token: API_KEY, expires_in: 900 })
    await advance(MINUTE)

    expect(consoleError).not.toHaveBeenCalled()
    expect(events).toEqual([])
  })
})

describe('TokenManager schedule', () => {
  const cases: [string, number, number, number][] = [
    ['20 s token without jitter', 20, 0, 16 * SECOND],
    ['20 s token with jitter', 20, 0.75, 17 * SECOND],
    ['900 s token without jitter', 900, 0, 12 * MINUTE],
    ['900 s token with jitter', 900, 0.75, 12.75 * MINUTE],
    ['2 h token, margin capped', 7200, 0, 117 * MINUTE],
    ['1 s token, refresh floored', 1, 0.5, 1 * SECOND],
  ]

  for (const [name, lifetime, random, due] of cases) {
    test(`refreshes a ${name} at ${due / SECOND} s`, async () => {
      const fetchToken = issuing(lifetime)
      const { manager } = setup({ fetchToken, random })
      manager.start()
      await flush()

      await advance(due - 1)
      const before = fetchToken.mock.calls.length
      await advance(1)

      expect(before).toBe(1)
      expect(reasons(fetchToken)).toEqual(['initial', 'scheduled'])
    })
  }

  test('counts expiry from receipt, not from the call', async () => {
    const { fetchToken, calls } = deferred()
    const { manager, events } = setup({ fetchToken })
    manager.start()
    await flush()

    await advance(10 * SECOND)
    calls[0]?.resolve(grant(1, 900))
    await flush()

    expect(named(events, 'refreshed')).toEqual([
      { expiresAt: START + 910 * SECOND, reason: 'initial' },
    ])
  })

  test('re-checks the deadline when a timer fires early', async () => {
    const fetchToken = issuing()
    const { manager } = setup({ fetchToken, random: 0 })
    manager.start()
    await flush()

    // The wall clock steps back five minutes; the timer does not know.
    vi.setSystemTime(Date.now() - 5 * MINUTE)
    await advance(12 * MINUTE)
    const early = fetchToken.mock.calls.length
    await advance(5 * MINUTE)

    expect(early).toBe(1)
    expect(fetchToken).toHaveBeenCalledTimes(2)
  })

  test('keeps one timer however many wake-ups arrive', async () => {
    const { manager, page } = setup()
    manager.start()
    await flush()

    for (const event of ['focus', 'pageshow', 'online', 'focus']) {
      wake(page, event)
    }
    wake(page, 'visibilitychange')

    expect(vi.getTimerCount()).toBe(1)
  })
})

describe('TokenManager wake-up checks', () => {
  test('asks at most once a second for a token of a tiny lifetime', async () => {
    const fetchToken = issuing(0.001)
    const { manager } = setup({ fetchToken })
    manager.start()

    for (let step = 0; step < 100; step += 1) {
      manager.getToken().catch(() => {})
      await advance(10)
    }

    expect(fetchToken.mock.calls.length).toBeGreaterThanOrEqual(1)
    expect(fetchToken.mock.calls.length).toBeLessThanOrEqual(2)
  })

  test('focus and pageshow re-check but do not cut a backoff short', async () => {
    const fetchToken = failing()
    const { manager, page } = setup({ fetchToken })
    manager.start()
    await flush()

    for (let step = 0; step < 50; step += 1) {
      wake(page, step % 2 ? 'focus' : 'pageshow')
    }
    await flush()

    expect(fetchToken).toHaveBeenCalledTimes(1)
    expect(manager.state).toBe('failed')
  })

  test('refreshes at once when the clock is set back past the receipt', async () => {
    const fetchToken = issuing()
    const { manager, page } = setup({ fetchToken })
    manager.start()
    await flush()

    vi.setSystemTime(Date.now() - 30 * DAY)
    const answer = track(manager.getToken())
    wake(page, 'focus')
    await flush()

    expect(reasons(fetchToken)).toEqual(['initial', 'resume'])
    expect(answer.value).toMatchObject({ id: 2 })
    expect(vi.getTimerCount()).toBe(1)
  })

  for (const event of ['visibilitychange', 'focus', 'pageshow', 'online']) {
    test(`refreshes at once on ${event} after a 15-minute sleep`, async () => {
      const fetchToken = issuing()
      const { manager, page, events } = setup({ fetchToken })
      manager.start()
      await flush()

      sleep(15 * MINUTE)
      wake(page, event)
      await flush()

      expect(reasons(fetchToken)).toEqual(['initial', 'resume'])
      expect(named(events, 'expired')).toHaveLength(1)
    })
  }

  test('never resolves the dead token after a sleep', async () => {
    const { fetchToken, calls } = deferred()
    const { manager, page } = setup({ fetchToken })
    manager.start()
    await flush()
    calls[0]?.resolve(grant(1))
    await flush()

    sleep(15 * MINUTE)
    const beforeWake = track(manager.getToken())
    wake(page, 'visibilitychange')
    const afterWake = track(manager.getToken())
    await flush()
    const whilePending = [beforeWake.status, afterWake.status]
    calls[1]?.resolve(grant(2))
    await flush()

    expect(fetchToken).toHaveBeenCalledTimes(2)
    expect(whilePending).toEqual(['pending', 'pending'])
    expect(beforeWake.value).toMatchObject({ value: tokenText(2) })
    expect(afterWake.value).toBe(beforeWake.value)
  })

  test('spaces retries a second apart when wake-ups crowd a failure', async () => {
    const fetchToken = failing()
    const { manager, page } = setup({ fetchToken })
    manager.start()
    await flush()

    for (let step = 0; step < 50; step += 1) {
      wake(page, step % 2 ? 'online' : 'visibilitychange')
      await advance(100)
    }

    // One call at start, then at most one a second for five seconds.
    expect(fetchToken.mock.calls.length).toBeGreaterThan(2)
    expect(fetchToken.mock.calls.length).toBeLessThanOrEqual(6)
  })

  test('keeps retrying when the clock is set back during a backoff', async () => {
    let up = false
    const fetchToken = vi.fn<FetchToken>(async () => {
      if (!up) throw new Error('down')
      return grant(1)
    })
    const { manager } = setup({ fetchToken })
    manager.start()
    await flush()

    vi.setSystemTime(Date.now() - HOUR)
    up = true
    await advance(10 * MINUTE)

    expect(manager.state).toBe('ready')
    await expect(manager.getToken()).resolves.toMatchObject({ id: 1 })
  })

  test('announces expiry on time while a refresh hangs', async () => {
    const fetchToken = vi
      .fn<FetchToken>()
      .mockResolvedValueOnce(grant(1))
      .mockReturnValue(new Promise<TokenResult>(() => {}))
    const { manager, events } = setup({
      fetchToken,
      random: 0,
      tokenTimeout: 30 * MINUTE,
    })
    manager.start()
    await flush()

    await advance(15 * MINUTE - 1)
    const before = named(events, 'expired').length
    const stateBefore = manager.state
    await advance(1)

    expect(fetchToken).toHaveBeenCalledTimes(2)
    expect(stateBefore).toBe('refreshing')
    expect(before).toBe(0)
    expect(named(events, 'expired')).toHaveLength(1)
    expect(manager.state).toBe('fetching')
  })

  test('ignores a visibilitychange to hidden', async () => {
    const fetchToken = issuing()
    const { manager, page } = setup({ fetchToken })
    manager.start()
    await flush()

    sleep(15 * MINUTE)
    page.document.visibilityState = 'hidden'
    page.document.dispatchEvent(new Event('visibilitychange'))
    await flush()

    expect(fetchToken).toHaveBeenCalledTimes(1)
  })

  test('leaves a fresh token alone on wake-up', async () => {
    const fetchToken = issuing()
    const { manager, page } = setup({ fetchToken })
    manager.start()
    await flush()

    sleep(5 * MINUTE)
    wake(page, 'focus')
    await flush()

    expect(fetchToken).toHaveBeenCalledTimes(1)
  })
})

describe('TokenManager single flight', () => {
  test('shares one call among a timer, a wake-up and three requests', async () => {
    const { fetchToken, calls } = deferred()
    const { manager, page } = setup({ fetchToken, random: 0 })
    manager.start()
    await flush()
    calls[0]?.resolve(grant(1, 20))
    await flush()

    // Synchronous: the timer fires and the rest follow in the same tick.
    vi.advanceTimersByTime(16 * SECOND)
    wake(page, 'visibilitychange')
    const answers = [manager.reject(1), manager.getToken(), manager.getToken()]
    await flush()
    calls[1]?.resolve(grant(2, 20))
    const tokens = await Promise.all(answers)

    expect(reasons(fetchToken)).toEqual(['initial', 'scheduled'])
    expect(tokens.map((token) => token.value)).toEqual([
      tokenText(2),
      tokenText(2),
      tokenText(2),
    ])
  })

  test('shares one failure among every waiting caller', async () => {
    const { fetchToken, calls } = deferred()
    const { manager, page, events } = setup({ fetchToken })
    manager.start()
    const answers = [manager.getToken(), manager.getToken(), manager.reject(7)]
    wake(page, 'online')
    await flush()

    const failure = new Error('down')
    calls[0]?.reject(failure)
    const outcomes = await Promise.allSettled(answers)

    expect(fetchToken).toHaveBeenCalledTimes(1)
    const [error] = named(events, 'error')
    expect(outcomes).toEqual([
      { status: 'rejected', reason: error },
      { status: 'rejected', reason: error },
      { status: 'rejected', reason: error },
    ])
  })
})

describe('TokenManager timeout', () => {
  test('aborts a call that never settles, reports it, and retries', async () => {
    const fetchToken = vi
      .fn<FetchToken>()
      .mockReturnValueOnce(new Promise<TokenResult>(() => {}))
      .mockResolvedValue(grant(1))
    const { manager, events } = setup({ fetchToken })
    manager.start()
    await flush()

    await advance(15 * SECOND - 1)
    const signal = vi.mocked(fetchToken).mock.calls[0]?.[0].signal
    const abortedEarly = signal?.aborted
    await advance(1)
    const errors = named(events, 'error')
    await advance(5 * SECOND)

    expect(abortedEarly).toBe(false)
    expect(signal?.aborted).toBe(true)
    expect(errors).toMatchObject([
      { code: 'token_fetch_timeout', retryable: true },
    ])
    expect(reasons(fetchToken)).toEqual(['initial', 'retry'])
    expect(manager.state).toBe('ready')
  })

  test('drops a result that arrives after the timeout', async () => {
    const { fetchToken, calls } = deferred()
    const { manager, events } = setup({ fetchToken, tokenTimeout: 1_000 })
    manager.start()
    await advance(1_000)

    calls[0]?.resolve(grant(1))
    await flush()

    expect(named(events, 'token')).toEqual([])
    expect(manager.state).toBe('failed')
  })
})

describe('TokenManager failure', () => {
  const demands: [string, number][] = [
    ['with no demand', 0],
    ['while frames ask every 5 s', 5 * SECOND],
  ]

  for (const [name, every] of demands) {
    test(`backs off a callback that always rejects ${name}`, async () => {
      const times: number[] = []
      const fetchToken = vi.fn<FetchToken>(async () => {
        times.push(Date.now())
        throw new Error('down')
      })
      const { manager } = setup({ fetchToken })
      manager.start()

      for (let elapsed = 0; elapsed < 10 * MINUTE; elapsed += 5 * SECOND) {
        await advance(5 * SECOND)
        if (every > 0) manager.getToken().catch(() => {})
      }
      const calls = times.length
      manager.destroy()
      await advance(10 * MINUTE)

      const gaps = times.slice(1).map((time, i) => time - (times[i] ?? 0))
      expect(calls).toBeGreaterThanOrEqual(10)
      expect(calls).toBeLessThanOrEqual(20)
      for (const [i, gap] of gaps.entries()) {
        expect(gap).toBeGreaterThanOrEqual(gaps[i - 1] ?? 0)
        expect(gap).toBeLessThanOrEqual(60 * SECOND)
      }
      expect(times).toHaveLength(calls)
    })
  }

  const failures: [string, () => unknown, string, boolean][] = [
    [
      'rejects',
      () => Promise.reject(new Error('down')),
      'token_fetch_failed',
      true,
    ],
    [
      'throws synchronously',
      () => {
        throw new Error('down')
      },
      'token_fetch_failed',
      true,
    ],
    [
      'never settles',
      () => new Promise(() => {}),
      'token_fetch_timeout',
      false,
    ],
  ]

  for (const [name, outcome, code, hasCause] of failures) {
    test(`reports ${code} when the callback ${name}`, async () => {
      const fetchToken = vi.fn(outcome) as unknown as FetchToken
      const { manager, events } = setup({ fetchToken })

      manager.start()
      await advance(15 * SECOND)

      const [error] = named(events, 'error') as VitableError[]
      expect(error).toMatchObject({ code, retryable: true })
      expect(error?.cause instanceof Error).toBe(hasCause)
    })
  }

  test('keeps the old token while the refresh fails', async () => {
    const fetchToken = vi
      .fn<FetchToken>()
      .mockResolvedValueOnce(grant(1))
      .mockRejectedValue(new Error('down'))
    const { manager, events } = setup({ fetchToken, random: 0 })
    manager.start()
    await flush()

    await advance(13 * MINUTE)
    const during = await manager.getToken()
    const stateDuring = manager.state
    await advance(2 * MINUTE)

    const codes = (named(events, 'error') as VitableError[]).map(
      (error) => error.code,
    )
    expect(during.value).toBe(tokenText(1))
    expect(stateDuring).toBe('ready')
    expect(codes.length).toBeGreaterThan(3)
    expect(codes.filter((code) => code === 'token_expired')).toHaveLength(1)
    expect(named(events, 'expired')).toHaveLength(1)
    expect(manager.state).toBe('failed')
    await expect(manager.getToken()).rejects.toMatchObject({
      code: 'token_fetch_failed',
    })
  })

  const prompts: [string, (manager: TokenManager, page: Page) => void][] = [
    ['online', (_, page) => wake(page, 'online')],
    ['visibilitychange', (_, page) => wake(page, 'visibilitychange')],
    ['retry()', (manager) => manager.retry()],
  ]

  for (const [name, prompt] of prompts) {
    test(`retries at once on ${name} during a long backoff`, async () => {
      let up = false
      const fetchToken = vi.fn<FetchToken>(async () => {
        if (!up) throw new Error('down')
        return grant(1)
      })
      const { manager, page } = setup({ fetchToken })
      manager.start()
      await advance(1 * MINUTE)
      const before = fetchToken.mock.calls.length

      up = true
      prompt(manager, page)
      await flush()

      expect(fetchToken).toHaveBeenCalledTimes(before + 1)
      expect(manager.state).toBe('ready')
    })
  }

  test('starts the backoff over after a success', async () => {
    const times: number[] = []
    let down = true
    const fetchToken = vi.fn<FetchToken>(async () => {
      times.push(Date.now())
      if (down) throw new Error('down')
      return grant(times.length, 20)
    })
    const { manager } = setup({ fetchToken, random: 0 })
    manager.start()
    await advance(2 * MINUTE)
    down = false
    manager.retry()
    await flush()

    down = true
    const failedAt = Date.now() + 16 * SECOND
    await advance(16 * SECOND + 500)

    expect(times.at(-1)).toBe(failedAt + 500)
  })

  test('keeps the schedule, and the other listeners, when one throws', async () => {
    const reported = vi.fn()
    vi.stubGlobal('reportError', reported)
    const fetchToken = issuing(20)
    const { manager, events } = setup({ fetchToken, random: 0 })
    const bug = new Error('host bug')
    manager.on('refreshed', () => {
      throw bug
    })
    const heard: unknown[] = []
    manager.on('refreshed', (payload) => heard.push(payload))

    manager.start()
    await advance(40 * SECOND)
    vi.unstubAllGlobals()

    expect(fetchToken).toHaveBeenCalledTimes(3)
    expect(heard).toEqual(named(events, 'refreshed'))
    expect(reported.mock.calls).toEqual([[bug], [bug], [bug]])
  })
})

describe('TokenManager reactive refresh', () => {
  test('refreshes when the rejected token is the current one', async () => {
    const fetchToken = issuing()
    const { manager } = setup({ fetchToken })
    manager.start()
    await flush()

    const answer = manager.reject(1)
    await advance(SECOND)
    const token = await answer

    expect(reasons(fetchToken)).toEqual(['initial', 'rejected'])
    expect(token).toMatchObject({ id: 2, value: tokenText(2) })
  })

  test('answers a stale rejection with the current token', async () => {
    const fetchToken = issuing()
    const { manager } = setup({ fetchToken })
    manager.start()
    await flush()
    manager.reject(1)
    await advance(SECOND)

    const token = await manager.reject(1)

    expect(fetchToken).toHaveBeenCalledTimes(2)
    expect(token).toMatchObject({ id: 2 })
  })
})

describe('TokenManager retry and time left', () => {
  test('retry() leaves a fresh token alone', async () => {
    const fetchToken = issuing()
    const { manager } = setup({ fetchToken })
    manager.start()
    await flush()

    manager.retry()
    await advance(5 * SECOND)

    expect(fetchToken).toHaveBeenCalledTimes(1)
  })

  test('retry() from an error listener asks at most once a second', async () => {
    const fetchToken = vi.fn<FetchToken>(async () => ({ junk: true }) as never)
    const { manager } = setup({ fetchToken })
    manager.on('error', () => manager.retry())

    manager.start()
    await advance(10 * SECOND)

    expect(fetchToken.mock.calls.length).toBeGreaterThan(5)
    expect(fetchToken.mock.calls.length).toBeLessThanOrEqual(11)
  })

  test('timeLeft reads the manager clock and never says less than 1 ms', async () => {
    const { manager } = setup()
    manager.start()
    const token = await manager.getToken()

    await advance(5 * MINUTE)
    const left = manager.timeLeft(token)
    sleep(1 * HOUR)

    expect(left).toBe(10 * MINUTE)
    expect(manager.timeLeft(token)).toBe(1)
  })
})

describe('TokenManager teardown', () => {
  const endings: [string, (call: Call) => void][] = [
    [
      'resolves, then rejects',
      (call) => {
        call.resolve(grant(1))
        call.reject(new Error('late'))
      },
    ],
    [
      'rejects, then resolves',
      (call) => {
        call.reject(new Error('late'))
        call.resolve(grant(1))
      },
    ],
    [
      'rejects with the abort',
      (call) => {
        call.reject(call.signal.reason)
      },
    ],
  ]

  for (const [name, end] of endings) {
    test(`drops a first fetch that ${name} after destroy`, async () => {
      const { fetchToken, calls } = deferred()
      const { manager, events } = setup({ fetchToken })
      manager.start()
      const answer = track(manager.getToken())
      await flush()

      manager.destroy()
      const aborted = calls[0]?.signal.aborted
      const call = calls[0]
      expect(() => call && end(call)).not.toThrow()
      await advance(1 * HOUR)

      expect(aborted).toBe(true)
      expect(answer.status).toBe('pending')
      expect(events).toEqual([])
      expect(fetchToken).toHaveBeenCalledTimes(1)
      expect(vi.getTimerCount()).toBe(0)
    })
  }

  const moments: [string, (page: Page, manager: TokenManager) => unknown][] = [
    ['before start', () => {}],
    ['in the tick it starts', (_, manager) => manager.start()],
    [
      'while the token is fresh, after wake-ups',
      async (page, manager) => {
        manager.start()
        await flush()
        wake(page, 'focus')
        wake(page, 'online')
      },
    ],
    [
      'while backing off',
      async (_, manager) => {
        manager.start()
        await flush()
        manager.reject(1).catch(() => {})
        await advance(SECOND)
        if (manager.state !== 'failed') throw new Error('not backing off')
      },
    ],
  ]

  for (const [name, arrange] of moments) {
    test(`leaves no timer and no listener when destroyed ${name}`, async () => {
      const fetchToken = vi
        .fn<FetchToken>()
        .mockResolvedValueOnce(grant(1))
        .mockRejectedValue(new Error('down'))
      const { manager, page } = setup({ fetchToken })
      const targets = [page.window, page.document]
      const added = targets.map((target) =>
        vi.spyOn(target, 'addEventListener'),
      )
      const removed = targets.map((target) =>
        vi.spyOn(target, 'removeEventListener'),
      )
      const arranging = arrange(page, manager)
      if (arranging instanceof Promise) await arranging

      manager.destroy()
      manager.destroy()
      const timersAtDestroy = vi.getTimerCount()
      const callsAtDestroy = fetchToken.mock.calls.length
      for (const event of ['visibilitychange', 'focus', 'online']) {
        wake(page, event)
      }
      manager.retry()
      const answer = track(manager.getToken())
      await advance(1 * DAY)

      expect(timersAtDestroy).toBe(0)
      expect(vi.getTimerCount()).toBe(0)
      for (const [i, spy] of removed.entries()) {
        expect(spy.mock.calls).toEqual(added[i]?.mock.calls)
      }
      expect(fetchToken).toHaveBeenCalledTimes(callsAtDestroy)
      expect(answer.status).toBe('pending')
    })
  }
})

describe('TokenManager privacy', () => {
  test('never writes token text to the log', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    let issued = 0
    const fetchToken = vi.fn<FetchToken>(async ({ reason }) => {
      issued += 1
      if (issued === 3) return { access_token: API_KEY, expires_in: 900 }
      if (issued === 5) throw new Error(`server said no to ${tokenText(4)}`)
      return reason === 'rejected' ? tokenText(issued) : grant(issued)
    })
    const { manager, page, lines } = setup({ fetchToken })
    manager.start()
    await flush()

    manager.reject(1)
    await advance(15 * MINUTE)
    sleep(20 * MINUTE)
    wake(page, 'visibilitychange')
    await advance(2 * MINUTE)
    const text = lines.join('\n')

    expect(fetchToken.mock.calls.length).toBeGreaterThanOrEqual(6)
    expect(lines.length).toBeGreaterThan(8)
    expect(text).not.toContain('s3cr3t')
    expect(text).not.toContain(API_KEY)
  })
})

describe('TokenManager events and state', () => {
  test('emits token, then refreshed with expiresAt and reason', async () => {
    const { manager, events } = setup()

    manager.start()
    await flush()

    const token = { value: tokenText(1), id: 1, expiresAt: START + 900_000 }
    expect(events).toEqual([
      ['token', token],
      ['refreshed', { expiresAt: token.expiresAt, reason: 'initial' }],
    ])
  })

  const states: [string, (setup: ReturnType<typeof deferred>) => unknown][] = [
    ['idle', () => {}],
    ['fetching', () => {}],
    ['ready', ({ calls }) => calls[0]?.resolve(grant(1))],
    [
      'refreshing',
      async ({ calls }) => {
        calls[0]?.resolve(grant(1))
        await advance(751 * SECOND)
      },
    ],
    [
      'expired',
      async ({ calls }) => {
        calls[0]?.resolve(grant(1))
        await flush()
        sleep(16 * MINUTE)
      },
    ],
    ['failed', ({ calls }) => calls[0]?.reject(new Error('down'))],
  ]

  for (const [state, arrange] of states) {
    test(`reads state ${state}`, async () => {
      const backend = deferred()
      const { manager } = setup({ fetchToken: backend.fetchToken })
      if (state !== 'idle') manager.start()
      await flush()

      await arrange(backend)
      await flush()

      expect(manager.state).toBe(state)
    })
  }
})
