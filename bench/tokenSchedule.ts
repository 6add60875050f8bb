/**
 * How many `fetchToken` calls a day of use costs, and whether any API read
 * meets an expired token. Runs on a simulated clock, so 24 hours take well
 * under a second.
 *
 * 1. One TokenManager shared by five widgets; 900 s tokens.
 * 2. Each widget reads the API every 30 s and again on every wake-up; a read
 *    is `getToken()` and then the token is used at once.
 * 3. The host's server mints each token when the call arrives and answers
 *    50–800 ms later, so the manager's receipt-time deadline runs a little
 *    past the real one; the refresh margin must absorb that.
 * 4. The same day runs twice: a healthy callback, then one that fails one
 *    call in ten.
 * 5. Goals: no call beyond one per token and the retries of failed calls
 *    (`extraCalls` 0), and no API read with an expired token
 *    (`expiredApiCalls` 0). Each token is used for about 80% of its
 *    lifetime before the next arrives, so a day of 96 lifetimes costs
 *    about 116 tokens.
 *
 * Run with `npx tsx bench/tokenSchedule.ts`.
 */

import { pathToFileURL } from 'node:url'
import type { Clock } from '../src/host/clock.js'
import { type FetchToken, TokenManager } from '../src/host/TokenManager.js'

/** One simulated day, as the bench reports it. */
export interface TokenScheduleReport {
  scenario: string
  hours: number
  widgets: number
  /** How many token lifetimes fit in the day. */
  lifetimes: number
  fetchCalls: number
  failedCalls: number
  tokensReceived: number
  /** Calls that were neither a token received nor a failure's retry. */
  extraCalls: number
  /** Mean minutes between one token's arrival and the next. */
  minutesPerToken: number
  apiCalls: number
  expiredApiCalls: number
  failedReads: number
}

interface Scenario {
  name: string
  failureRate: number
}

interface Timer {
  id: number
  at: number
  callback: () => void
}

const SECOND = 1_000
const HOUR = 3_600 * SECOND
const DAY = 24 * HOUR
const LIFETIME = 900
const WIDGETS = 5
const READ_EVERY = 30 * SECOND
const WAKE_EVERY = 20 * 60 * SECOND
const START = Date.UTC(2030, 0, 7, 9)
const SCENARIOS: Scenario[] = [
  { name: 'healthy callback', failureRate: 0 },
  { name: 'callback fails 10% of calls', failureRate: 0.1 },
]

function createRandom(seed: number): () => number {
  let state = seed || 1

  return () => {
    state ^= state << 13
    state ^= state >>> 17
    state ^= state << 5
    return (state >>> 0) / 2 ** 32
  }
}

// A min-heap of timers ordered by due time, then by creation.
class TimerQueue {
  #heap: Timer[] = []

  get size(): number {
    return this.#heap.length
  }

  peek(): Timer | undefined {
    return this.#heap[0]
  }

  push(timer: Timer): void {
    const heap = this.#heap

    heap.push(timer)
    for (let i = heap.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1

      if (!this.#before(i, parent)) break
      this.#swap(i, parent)
      i = parent
    }
  }

  pop(): Timer | undefined {
    const heap = this.#heap
    const top = heap[0]
    const last = heap.pop()

    if (!top || !last || heap.length === 0) return top

    heap[0] = last
    for (let i = 0; ; ) {
      const left = 2 * i + 1
      const right = left + 1
      let smallest = i

      if (left < heap.length && this.#before(left, smallest)) smallest = left
      if (right < heap.length && this.#before(right, smallest)) {
        smallest = right
      }
      if (smallest === i) break
      this.#swap(i, smallest)
      i = smallest
    }

    return top
  }

  #before(a: number, b: number): boolean {
    const x = this.#heap[a]
    const y = this.#heap[b]

    if (!x || !y) return false

    return x.at < y.at || (x.at === y.at && x.id < y.id)
  }

  #swap(a: number, b: number): void {
    const heap = this.#heap
    const x = heap[a]
    const y = heap[b]

    if (!x || !y) return

    heap[a] = y
    heap[b] = x
  }
}

function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve))
}

function createSimulatedClock(random: () => number) {
  const queue = new TimerQueue()
  const cancelled = new Set<number>()
  let now = START
  let lastId = 0

  const clock: Clock = {
    now: () => now,
    random,
    setTimeout(callback, delay) {
      const timer = { id: ++lastId, at: now + Math.max(0, delay), callback }

      queue.push(timer)
      return timer.id
    },
    clearTimeout(handle) {
      if (typeof handle === 'number') cancelled.add(handle)
    },
  }

  // Fires every timer due before `until`, letting promises settle between.
  async function runUntil(until: number): Promise<void> {
    await settle()
    for (let next = queue.peek(); next && next.at <= until; ) {
      queue.pop()
      if (!cancelled.delete(next.id)) {
        now = Math.max(now, next.at)
        next.callback()
        await settle()
      }
      next = queue.peek()
    }
    now = until
  }

  return { clock, runUntil }
}

function createPage() {
  return {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), { visibilityState: 'visible' }),
  }
}

async function runScenario(
  scenario: Scenario,
  seed: number,
): Promise<TokenScheduleReport> {
  const random = createRandom(seed)
  const { clock, runUntil } = createSimulatedClock(random)
  const page = createPage()
  const realExpiry = new Map<string, number>()
  const report: TokenScheduleReport = {
    scenario: scenario.name,
    hours: DAY / HOUR,
    widgets: WIDGETS,
    lifetimes: DAY / (LIFETIME * SECOND),
    fetchCalls: 0,
    failedCalls: 0,
    tokensReceived: 0,
    extraCalls: 0,
    minutesPerToken: 0,
    apiCalls: 0,
    expiredApiCalls: 0,
    failedReads: 0,
  }

  const fetchToken: FetchToken = () => {
    const n = ++report.fetchCalls
    const value = `vit_at_bench${String(n).padStart(8, '0')}`
    const fails = random() < scenario.failureRate

    realExpiry.set(value, clock.now() + LIFETIME * SECOND)

    return new Promise((resolve, reject) => {
      clock.setTimeout(
        () => {
          if (!fails) {
            resolve({ access_token: value, expires_in: LIFETIME })
            return
          }

          report.failedCalls += 1
          reject(new Error('host server error'))
        },
        50 + 750 * random(),
      )
    })
  }

  const manager = new TokenManager({
    fetchToken,
    tokenTimeout: 15 * SECOND,
    assumedTokenLifetime: LIFETIME,
    log: () => {},
    clock,
    page,
  })

  const read = () => {
    report.apiCalls += 1
    manager.getToken().then(
      (token) => {
        const expiry = realExpiry.get(token.value) ?? 0

        if (clock.now() >= expiry) report.expiredApiCalls += 1
      },
      () => {
        report.failedReads += 1
      },
    )
  }

  const readEvery30Seconds = () => {
    read()
    clock.setTimeout(readEvery30Seconds, READ_EVERY)
  }

  const wakeAtRandom = () => {
    const event = random() < 0.5 ? 'focus' : 'visibilitychange'
    const target = event === 'focus' ? page.window : page.document

    target.dispatchEvent(new Event(event))
    for (let i = 0; i < WIDGETS; i++) read()
    clock.setTimeout(wakeAtRandom, 2 * WAKE_EVERY * random())
  }

  manager.on('token', () => {
    report.tokensReceived += 1
  })
  manager.start()
  for (let i = 0; i < WIDGETS; i++) {
    clock.setTimeout(readEvery30Seconds, READ_EVERY * random())
  }
  clock.setTimeout(wakeAtRandom, 2 * WAKE_EVERY * random())
  await runUntil(START + DAY)
  manager.destroy()

  const answered = report.fetchCalls - report.failedCalls

  report.extraCalls = answered - report.tokensReceived
  report.minutesPerToken =
    Math.round((DAY / report.tokensReceived / 60_000) * 10) / 10

  return report
}

/** Runs the simulated day for each scenario and returns the numbers. */
export async function runTokenScheduleBench(
  seed = 20_300_107,
): Promise<TokenScheduleReport[]> {
  const reports: TokenScheduleReport[] = []

  for (const scenario of SCENARIOS) {
    reports.push(await runScenario(scenario, seed))
  }

  return reports
}

const entry = process.argv[1]

if (entry && import.meta.url === pathToFileURL(entry).href) {
  for (const report of await runTokenScheduleBench()) {
    console.log(JSON.stringify(report))
  }
}
