import fc from 'fast-check'
import { expect, test, vi } from 'vitest'
import { type Clock, MAX_TIMER_DELAY } from './clock.js'
import type { TokenResult } from './normalizeToken.js'
import {
  type FetchToken,
  type Token,
  TokenManager,
  type TokenReason,
} from './TokenManager.js'

// Fake timers through the clock seam: a sorted queue on a virtual clock.
// Between timers a real setImmediate lets every promise chain settle, which
// keeps simulated days fast (vi's async timers yield a real 1 ms each).

const START = Date.UTC(2030, 0, 7, 9)
const SECOND = 1_000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const TIMEOUT = 15 * SECOND
const API_KEY = 'vit_apk_live_0123456789'
const STEADY_REASONS: TokenReason[] = ['initial', 'scheduled', 'resume']

interface Timer {
  id: number
  at: number
  callback: () => void
}

function createRandom(seed: number): () => number {
  let state = seed >>> 0

  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 2 ** 32
  }
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function createVirtualTime(seed: number) {
  let now = START
  let lastId = 0
  let longestDelay = 0
  let timers: Timer[] = []

  const clock: Clock = {
    now: () => now,
    random: createRandom(seed),
    setTimeout(callback, delay) {
      longestDelay = Math.max(longestDelay, delay)
      // Like a browser: a delay past what the timer holds fires at once.
      const at = delay > MAX_TIMER_DELAY ? now : now + Math.max(0, delay)
      const timer = { id: ++lastId, at, callback }

      timers.push(timer)
      timers.sort((a, b) => a.at - b.at || a.id - b.id)
      return timer.id
    },
    clearTimeout(handle) {
      timers = timers.filter((timer) => timer.id !== handle)
    },
  }

  async function advance(ms: number): Promise<void> {
    const target = now + ms

    await settle()
    for (let next = timers[0]; next && next.at <= target; next = timers[0]) {
      timers.shift()
      now = Math.max(now, next.at)
      next.callback()
      await settle()
    }
    now = target
  }

  // A sleep moves the wall clock; `frozen` timers wait the sleep out too,
  // otherwise they are overdue and fire on the next advance.
  function sleep(ms: number, frozen: boolean): void {
    now += ms
    if (frozen) for (const timer of timers) timer.at += ms
  }

  return {
    clock,
    advance,
    sleep,
    pending: () => timers.length,
    longestDelay: () => longestDelay,
  }
}

type Behaviour =
  | { kind: 'ok'; latency: number; lifetime: number }
  | { kind: 'fail'; latency: number }
  | { kind: 'malformed'; latency: number }
  | { kind: 'hang' }

type Command =
  | { type: 'advance'; ms: number }
  | { type: 'sleep'; ms: number; frozen: boolean }
  | { type: 'visibility'; state: 'visible' | 'hidden' }
  | { type: 'wake'; event: 'focus' | 'pageshow' | 'online' }
  | { type: 'get'; count: number }
  | { type: 'reject' }
  | { type: 'retry' }
  | { type: 'destroy' }

const latency = fc.integer({ min: 0, max: 20 * SECOND })

const behaviourArbitrary: fc.Arbitrary<Behaviour> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('ok' as const),
      latency,
      lifetime: fc.constantFrom(120, 900, 3600),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('fail' as const), latency }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('malformed' as const), latency }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'hang' as const }) },
)

const commandArbitrary: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 15,
    arbitrary: fc.record({
      type: fc.constant('advance' as const),
      ms: fc.oneof(
        fc.integer({ min: 0, max: 30 * SECOND }),
        fc.integer({ min: 0, max: 20 * MINUTE }),
        fc.integer({ min: 0, max: 12 * HOUR }),
      ),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('sleep' as const),
      ms: fc.oneof(
        fc.integer({ min: SECOND, max: 20 * MINUTE }),
        fc.integer({ min: SECOND, max: 8 * HOUR }),
      ),
      frozen: fc.boolean(),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('visibility' as const),
      state: fc.constantFrom('visible' as const, 'hidden' as const),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      type: fc.constant('wake' as const),
      event: fc.constantFrom(
        'focus' as const,
        'pageshow' as const,
        'online' as const,
      ),
    }),
  },
  {
    weight: 12,
    arbitrary: fc.record({
      type: fc.constant('get' as const),
      count: fc.integer({ min: 1, max: 3 }),
    }),
  },
  { weight: 3, arbitrary: fc.constant({ type: 'reject' as const }) },
  { weight: 3, arbitrary: fc.constant({ type: 'retry' as const }) },
  { weight: 1, arbitrary: fc.constant({ type: 'destroy' as const }) },
)

function malformed(n: number): unknown {
  const shapes = [
    { access_token: API_KEY, expires_in: 900 },
    { access_token: `vit_at_bad${n}xxxxxxxx` },
    `not-a-token-${n}`,
    { token: `vit_at_bad${n}xxxxxxxx`, expiresIn: -1 },
  ]

  return shapes[n % shapes.length]
}

// The host's backend: answers after `latency` as the cycle of behaviours
// says, remembers when each token it issued really expires, and counts
// the calls the manager still waits on.
function createBackend(time: ReturnType<typeof createVirtualTime>) {
  const state = {
    behaviours: [] as Behaviour[],
    calls: [] as TokenReason[],
    inFlight: 0,
    overlaps: 0,
    realExpiry: new Map<string, number>(),
  }

  const fetchToken: FetchToken = ({ reason, signal }) => {
    const n = state.calls.length
    const behaviour = state.behaviours[n % state.behaviours.length]

    if (state.inFlight > 0) state.overlaps += 1
    state.calls.push(reason)
    state.inFlight += 1

    return new Promise((resolve, reject) => {
      let done = false
      const finish = () => {
        if (!done) state.inFlight -= 1
        done = true
      }

      if (!behaviour || behaviour.kind === 'hang') {
        signal.addEventListener('abort', finish)
        return
      }

      const timer = time.clock.setTimeout(() => {
        finish()
        if (behaviour.kind === 'fail') {
          reject(new Error('host server is down'))
        } else if (behaviour.kind === 'malformed') {
          resolve(malformed(n) as TokenResult)
        } else {
          const value = `vit_at_prop${String(n).padStart(8, '0')}`
          const expiry = time.clock.now() + behaviour.lifetime * SECOND

          state.realExpiry.set(value, expiry)
          resolve({ access_token: value, expires_in: behaviour.lifetime })
        }
      }, behaviour.latency)

      signal.addEventListener('abort', () => {
        time.clock.clearTimeout(timer)
        finish()
        reject(signal.reason)
      })
    })
  }

  return { state, fetchToken }
}

interface Received extends Token {
  receivedAt: number
}

// A fifth of the lifetime, at most three minutes: the widest margin the
// schedule may refresh a token in. The jitter only makes it narrower.
function isInsideMargin(token: Received, now: number): boolean {
  const lifetime = token.expiresAt - token.receivedAt
  const margin = Math.min(lifetime / 5, 3 * MINUTE)

  return token.expiresAt - now <= margin
}

function createPage() {
  return {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), {
      visibilityState: 'visible' as string,
    }),
  }
}

async function runScenario(
  seed: number,
  behaviours: Behaviour[],
  commands: Command[],
): Promise<void> {
  const time = createVirtualTime(seed)
  const backend = createBackend(time)
  const page = createPage()
  const problems: string[] = []
  let steadyCalls = 0

  // Calls that are neither a retry nor a 401: at most one per token, and
  // only once that token is inside its refresh margin.
  const fetchToken: FetchToken = (context) => {
    const isSteady = STEADY_REASONS.includes(context.reason)

    if (isSteady) steadyCalls += 1
    if (steadyCalls > 1) problems.push('two steady calls for one lifetime')
    if (isSteady && latest && !isInsideMargin(latest, time.clock.now())) {
      problems.push('a steady call before the refresh margin')
    }
    return backend.fetchToken(context)
  }
  const manager = new TokenManager({
    fetchToken,
    tokenTimeout: TIMEOUT,
    assumedTokenLifetime: 900,
    log: () => {},
    clock: time.clock,
    page,
  })
  const allSucceed = behaviours.every(
    (behaviour) => behaviour.kind === 'ok' && behaviour.latency < TIMEOUT,
  )
  let held: Token | undefined
  let latest: Received | undefined
  let disrupted = true
  let destroyedAt: number | undefined

  backend.state.behaviours = behaviours
  manager.on('token', (token) => {
    latest = { ...token, receivedAt: time.clock.now() }
    held = token
    disrupted = false
    steadyCalls = 0
  })
  manager.on('expired', () => {
    if (allSucceed && !disrupted) problems.push('expired while healthy')
  })

  // An API read: ask for a token, then use it at once against the backend.
  const read = () => {
    const askedAt = time.clock.now()
    const mustNotWait = allSucceed && !disrupted && held !== undefined

    manager.getToken().then(
      (token) => {
        const now = time.clock.now()

        if (token.expiresAt <= now) problems.push('resolved a dead token')
        if (!((backend.state.realExpiry.get(token.value) ?? 0) > now)) {
          problems.push('an API call met an expired token')
        }
        if (mustNotWait && now !== askedAt) problems.push('a read waited')
        held = token
      },
      () => {
        if (allSucceed) problems.push('a read failed while healthy')
      },
    )
  }

  const check = (step: string) => {
    if (backend.state.overlaps > 0) problems.push('two calls in flight')
    if (time.longestDelay() > MAX_TIMER_DELAY) problems.push('long timer')
    if (destroyedAt !== undefined) {
      if (backend.state.calls.length !== destroyedAt) {
        problems.push('a call after destroy')
      }
      if (time.pending() > 0) problems.push('a timer after destroy')
    }
    expect(problems, step).toEqual([])
  }

  manager.start()
  await time.advance(0)
  check('start')

  for (const command of [...commands, { type: 'destroy' } as const]) {
    switch (command.type) {
      case 'advance':
        await time.advance(command.ms)
        break
      case 'sleep':
        disrupted = true
        time.sleep(command.ms, command.frozen)
        break
      case 'visibility':
        page.document.visibilityState = command.state
        page.document.dispatchEvent(new Event('visibilitychange'))
        break
      case 'wake':
        page.window.dispatchEvent(new Event(command.event))
        break
      case 'get':
        for (let i = 0; i < command.count; i++) read()
        break
      case 'reject':
        if (held) {
          disrupted = true
          manager.reject(held.id).catch(() => {})
        }
        break
      case 'retry':
        manager.retry()
        break
      case 'destroy':
        manager.destroy()
        destroyedAt ??= backend.state.calls.length
        break
    }
    await time.advance(0)
    check(JSON.stringify(command))
  }

  await time.advance(2 * HOUR)
  check('after the end')
}

test('keeps its invariants over random days of use', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {})

  await fc.assert(
    fc.asyncProperty(
      fc.integer(),
      fc.array(behaviourArbitrary, { minLength: 1, maxLength: 12 }),
      fc.array(commandArbitrary, { minLength: 1, maxLength: 60, size: 'max' }),
      runScenario,
    ),
    { numRuns: 100 },
  )
}, 60_000)

test('keeps its invariants while the callback always succeeds', async () => {
  const healthy = fc.record({
    kind: fc.constant('ok' as const),
    latency: fc.integer({ min: 0, max: TIMEOUT - 1 }),
    lifetime: fc.constantFrom(120, 900, 3600),
  })
  const calm = commandArbitrary.filter((command) => command.type !== 'destroy')

  await fc.assert(
    fc.asyncProperty(
      fc.integer(),
      fc.array(healthy, { minLength: 1, maxLength: 6 }),
      fc.array(calm, { minLength: 1, maxLength: 60, size: 'max' }),
      runScenario,
    ),
    { numRuns: 100 },
  )
}, 60_000)
