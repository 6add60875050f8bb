/**
 * Keeps one bound access token fresh for every widget of a session.
 *
 * 1. Requirements: the host's `fetchToken` may fail, hang or return junk;
 *    timers do not fire on time in background tabs or on sleeping laptops;
 *    an expired token is never handed out; at most one call is in flight;
 *    a failure never ends the chain for good; destroy leaves nothing behind.
 * 2. Expiry is local receipt time plus the lifetime, never a server clock.
 * 3. The refresh is due a fifth of the lifetime early, with jitter
 *    (`refreshPolicy.ts`). No call starts sooner than a second after the
 *    last token arrived, whatever asks for it, so a tiny lifetime cannot
 *    spin.
 * 4. One timer at a time, aimed at the next moment something is due (the
 *    refresh, the retry, or the expiry, which is watched even while a call
 *    is in flight); when it fires, and on every wake-up event, `check()`
 *    looks at the clock and decides afresh. A timer is only a hint. A clock
 *    set back behind the last receipt or failure makes every deadline
 *    meaningless, so whatever was waiting is due at once.
 * 5. A failure retries with capped exponential backoff and jitter, reports
 *    an `error`, and keeps the old token while it is valid. Until the retry
 *    is due, `getToken()` answers with that error rather than calling
 *    again, so demand cannot defeat the backoff. Coming back online or to
 *    a visible tab cuts the wait to a second after the failure; `focus`
 *    and `pageshow` only re-check.
 * 6. Destroy drops late results: callers still waiting never settle.
 */

import { type Clock, systemClock } from './clock.js'
import { createEmitter } from './createEmitter.js'
import type { Logger } from './logger.js'
import {
  normalizeToken,
  reportApiKey,
  type TokenResult,
} from './normalizeToken.js'
import {
  backoffDelay,
  MIN_REFRESH_DELAY,
  refreshDueAt,
} from './refreshPolicy.js'
import { isVitableError, VitableError } from './VitableError.js'
import { defaultPage, type WakeUpPage, watchWakeUps } from './watchWakeUps.js'

/** Why `fetchToken` is being called. */
export type TokenReason =
  | 'initial'
  | 'scheduled'
  | 'rejected'
  | 'resume'
  | 'retry'

/** What `fetchToken` receives. `signal` aborts on timeout or teardown. */
export interface TokenContext {
  reason: TokenReason
  signal: AbortSignal
}

/** The host's callback that gets a fresh token from its own server. */
export type FetchToken = (
  context: TokenContext,
) => Promise<TokenResult> | TokenResult

/** Where the session's token stands. */
export type TokenState =
  | 'idle'
  | 'fetching'
  | 'ready'
  | 'refreshing'
  | 'expired'
  | 'failed'

/** A token as the manager holds it. `expiresAt` is local epoch ms. */
export interface Token {
  value: string
  id: number
  expiresAt: number
}

export interface TokenManagerEvents {
  token: (token: Token) => void
  refreshed: (payload: { expiresAt: number; reason: TokenReason }) => void
  expired: () => void
  error: (error: VitableError) => void
}

export interface TokenManagerOptions {
  fetchToken: FetchToken
  /** Bound on each call, in ms. */
  tokenTimeout: number
  /** Lifetime assumed for a bare string, in seconds. */
  assumedTokenLifetime: number
  log: Logger
  clock?: Clock
  /** Where wake-up events come from; the page's window by default. */
  page?: WakeUpPage
}

function toVitableError(cause: unknown): VitableError {
  if (isVitableError(cause)) return cause

  return new VitableError(
    'token_fetch_failed',
    'fetchToken failed; the dashboard keeps retrying.',
    { retryable: true, cause },
  )
}

function expiredError(): VitableError {
  return new VitableError(
    'token_expired',
    'The access token expired before fetchToken gave a new one; the ' +
      'dashboard keeps retrying.',
    { retryable: true },
  )
}

function pending<T>(): Promise<T> {
  return new Promise(() => {})
}

/** The session's token lifecycle: fetch, schedule, recover, report. */
export class TokenManager {
  #options: TokenManagerOptions
  #clock: Clock
  #emitter = createEmitter<TokenManagerEvents>()
  #token: Token | undefined
  #receivedAt = Number.NEGATIVE_INFINITY
  #refreshAt = 0
  #lastId = 0
  #failures = 0
  #lastError: VitableError | undefined
  #failedAt = 0
  #retryAt = 0
  #flight: Promise<Token> | undefined
  #abort: AbortController | undefined
  #timer: unknown
  #callTimer: unknown
  #delayTimer: unknown
  #hasReportedApiKey = false
  #started = false
  #destroyed = false
  #announcedExpiry = false
  #detach: (() => void) | undefined

  constructor(options: TokenManagerOptions) {
    this.#options = options
    this.#clock = options.clock ?? systemClock()
  }

  /** Where the token stands now, read from the clock. */
  get state(): TokenState {
    const valid = this.#validToken() !== undefined

    if (this.#flight) return valid ? 'refreshing' : 'fetching'

    if (valid) return 'ready'

    if (this.#failures > 0) return 'failed'

    return this.#token ? 'expired' : 'idle'
  }

  /** Subscribes to manager events; returns the unbind function. */
  on<E extends keyof TokenManagerEvents>(
    event: E,
    listener: TokenManagerEvents[E],
  ): () => void {
    return this.#emitter.on(event, listener)
  }

  /** Starts listening for wake-ups and fetches the first token. */
  start(): void {
    if (this.#started || this.#destroyed) return

    this.#started = true
    this.#detach = this.#listen()
    this.#refresh('initial').catch(() => {})
  }

  /**
   * Resolves with a token that has not expired, fetching one if needed.
   * Rejects with the fetch's `VitableError` when none can be had now.
   */
  getToken(): Promise<Token> {
    const token = this.#validToken()

    if (token) return Promise.resolve(token)

    const error = this.#backoffError()

    if (error) return Promise.reject(error)

    return this.#refresh(this.#demandReason())
  }

  /**
   * The frame's API call was refused with the token `id`. Refreshes only if
   * that token is still the current one; otherwise the newer token answers.
   */
  reject(id: number): Promise<Token> {
    if (this.#token?.id === id) {
      this.#options.log(`token ${id} was rejected by the API; refreshing`)
      this.#token = undefined
      return this.#refresh('rejected')
    }

    return this.getToken()
  }

  /**
   * Tries again now, skipping any backoff wait, though never sooner than a
   * second after the last failure: a host that retries from its `error`
   * listener must not spin. Does nothing while the token is fresh and no
   * fetch has failed.
   */
  retry(): void {
    if (this.#destroyed) return

    if (!this.#lastError) {
      if (!this.#validToken()) this.#refresh('retry').catch(() => {})
      return
    }

    this.#retryAt = Math.min(this.#retryAt, this.#failedAt + MIN_REFRESH_DELAY)
    this.#check('resume')
  }

  /** Milliseconds `token` has left by this manager's clock, at least 1. */
  timeLeft(token: Token): number {
    return Math.max(1, token.expiresAt - this.#clock.now())
  }

  /** Cancels timers, aborts the call in flight, removes every listener. */
  destroy(): void {
    if (this.#destroyed) return

    this.#destroyed = true
    this.#clock.clearTimeout(this.#timer)
    this.#clock.clearTimeout(this.#callTimer)
    this.#clock.clearTimeout(this.#delayTimer)
    this.#timer = undefined
    this.#callTimer = undefined
    this.#delayTimer = undefined
    this.#abort?.abort()
    this.#detach?.()
    this.#token = undefined
    this.#flight = undefined
    this.#emitter.events = {}
  }

  #validToken(): Token | undefined {
    const token = this.#token
    const now = this.#clock.now()

    if (!token || now >= token.expiresAt || now < this.#receivedAt) {
      return undefined
    }

    return token
  }

  // Between a failure and its retry, demand hears the failure instead of
  // starting a call of its own.
  #backoffError(): VitableError | undefined {
    if (this.#destroyed || this.#flight) return undefined

    return this.#isRetryDue() ? undefined : this.#lastError
  }

  // A clock set back behind the failure would otherwise hold the retry
  // for as long as it went back.
  #isRetryDue(): boolean {
    const now = this.#clock.now()

    return now >= this.#retryAt || now < this.#failedAt
  }

  #demandReason(): TokenReason {
    if (this.#lastError) return 'retry'

    return this.#lastId > 0 ? 'resume' : 'initial'
  }

  #listen(): () => void {
    const page = this.#options.page ?? defaultPage()

    if (!page) return () => {}

    return watchWakeUps(page, {
      onCheck: () => this.#wake(false),
      onRetry: () => this.#wake(true),
    })
  }

  #wake(shouldRetry: boolean): void {
    if (this.#destroyed) return

    if (this.#lastError && shouldRetry && !this.#flight) {
      this.#options.log('page is back; retrying the failed fetch soon')
      this.retry()
      return
    }

    this.#options.log('page may have slept; checking the token deadline')
    this.#check('resume')
  }

  #check(reason: 'scheduled' | 'resume'): void {
    if (this.#destroyed) return

    const now = this.#clock.now()
    const token = this.#token

    if (token && now >= token.expiresAt && !this.#announcedExpiry) {
      this.#announcedExpiry = true
      this.#options.log(`token ${token.id} expired before a new one arrived`)
      this.#emitter.emit('expired')
      // Refreshes kept failing: the widgets go down now, not at the next
      // failure, up to a backoff step away.
      if (this.#lastError) this.#emitter.emit('error', expiredError())
    }

    if (this.#flight) {
      this.#schedule()
      return
    }

    if (this.#lastError && this.#isRetryDue()) {
      this.#refresh('retry').catch(() => {})
      return
    }

    const hasClockGoneBack = now < this.#receivedAt

    if (
      !this.#lastError &&
      token &&
      (now >= this.#refreshAt || hasClockGoneBack)
    ) {
      this.#refresh(reason).catch(() => {})
      return
    }

    this.#schedule()
  }

  #schedule(): void {
    this.#clock.clearTimeout(this.#timer)
    this.#timer = undefined

    const token = this.#token
    const isIdle = !this.#flight
    const never = Number.POSITIVE_INFINITY
    // While a call is in flight only the expiry is watched; its outcome
    // sets the next refresh or retry.
    const candidates = [
      isIdle && this.#lastError ? this.#retryAt : never,
      isIdle && !this.#lastError && token ? this.#refreshAt : never,
      token && !this.#announcedExpiry ? token.expiresAt : never,
    ]
    const next = Math.min(...candidates)

    if (next === Number.POSITIVE_INFINITY) return

    // Rounded up, so the timer never lands a fraction short of the moment.
    // The clock clamps it to what setTimeout can hold.
    const delay = Math.max(0, Math.ceil(next - this.#clock.now()))

    this.#timer = this.#clock.setTimeout(() => {
      this.#timer = undefined
      this.#check('scheduled')
    }, delay)
  }

  #refresh(reason: TokenReason): Promise<Token> {
    if (this.#destroyed) return pending()

    if (this.#flight) return this.#flight

    const sinceReceipt = this.#clock.now() - this.#receivedAt
    // Behind the last receipt the clock was set back: no wait means much.
    const wait = sinceReceipt < 0 ? 0 : MIN_REFRESH_DELAY - sinceReceipt
    const call =
      wait > 0
        ? this.#sleep(wait).then(() => this.#call(reason))
        : this.#call(reason)
    const flight = call.then(
      (token) => this.#settle(reason, token),
      (error: unknown) => this.#settle(reason, toVitableError(error)),
    )

    this.#flight = flight
    this.#schedule()

    return flight
  }

  #sleep(delay: number): Promise<void> {
    this.#options.log(`next fetch waits ${delay} ms after the last token`)

    return new Promise((resolve) => {
      this.#delayTimer = this.#clock.setTimeout(() => {
        this.#delayTimer = undefined
        resolve()
      }, delay)
    })
  }

  async #call(reason: TokenReason): Promise<Token> {
    const { fetchToken, assumedTokenLifetime, log } = this.#options
    const abort = new AbortController()

    this.#abort = abort
    log(`fetching a token (reason: ${reason})`)

    try {
      const result = await Promise.race([
        Promise.resolve().then(() => {
          // Destroyed in the same tick: the host is not called at all.
          abort.signal.throwIfAborted()
          return fetchToken({ reason, signal: abort.signal })
        }),
        this.#timeout(abort),
      ])

      // Destroyed while the host worked: the result is dropped unread.
      abort.signal.throwIfAborted()

      const grant = normalizeToken(result, assumedTokenLifetime, () =>
        this.#reportApiKey(),
      )

      return {
        value: grant.value,
        id: ++this.#lastId,
        expiresAt: this.#clock.now() + grant.lifetime * 1000,
      }
    } finally {
      this.#clock.clearTimeout(this.#callTimer)
      this.#callTimer = undefined
    }
  }

  #timeout(abort: AbortController): Promise<never> {
    const { tokenTimeout } = this.#options

    return new Promise((_, reject) => {
      this.#callTimer = this.#clock.setTimeout(() => {
        abort.abort()
        reject(
          new VitableError(
            'token_fetch_timeout',
            `fetchToken did not settle within ${tokenTimeout} ms; ` +
              'it was aborted and will be retried.',
            { retryable: true },
          ),
        )
      }, tokenTimeout)
    })
  }

  // Once per manager: a retry that meets the same key again adds nothing.
  #reportApiKey(): void {
    if (this.#hasReportedApiKey) return

    this.#hasReportedApiKey = true
    reportApiKey()
  }

  // The next timer is set before any listener runs, so a listener that
  // throws cannot end the chain. After destroy the outcome is dropped.
  #settle(reason: TokenReason, outcome: Token | VitableError): Promise<Token> {
    if (this.#destroyed) return pending()

    this.#flight = undefined
    this.#abort = undefined

    if (isVitableError(outcome)) {
      this.#fail(outcome)
      this.#schedule()
      this.#emitter.emit('error', outcome)
      return Promise.reject(outcome)
    }

    this.#accept(outcome)
    this.#schedule()
    this.#emitter.emit('token', outcome)
    this.#emitter.emit('refreshed', { expiresAt: outcome.expiresAt, reason })
    return Promise.resolve(outcome)
  }

  #accept(token: Token): void {
    const now = this.#clock.now()
    const lifetime = token.expiresAt - now

    this.#token = token
    this.#receivedAt = now
    this.#refreshAt = refreshDueAt(now, token.expiresAt, this.#clock.random())
    this.#failures = 0
    this.#lastError = undefined
    this.#announcedExpiry = false
    this.#options.log(
      `token ${token.id} received; expires in ` +
        `${Math.round(lifetime / 1000)} s, refresh in ` +
        `${Math.round((this.#refreshAt - now) / 1000)} s`,
    )
  }

  #fail(error: VitableError): void {
    const now = this.#clock.now()

    this.#failures += 1
    this.#lastError = error
    this.#failedAt = now
    this.#retryAt = now + backoffDelay(this.#failures, this.#clock.random())

    const delay = this.#retryAt - now

    this.#options.log(
      `token fetch failed (${error.code}); retry ${this.#failures} ` +
        `in ${Math.round(delay / 1000)} s`,
    )
  }
}
