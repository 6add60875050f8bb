/**
 * Holds the access token the host hands the frame.
 *
 * 1. Requirements: the token lives in this object only (no storage,
 *    cookies, URL, DOM or console); an expired token, or one the API
 *    refused, is never handed out; one question to the host serves every
 *    waiting caller; a host failure reaches every waiting caller.
 * 2. A token's deadline is its local receipt time plus `expiresIn`; the
 *    server's clock is never consulted.
 * 3. `getToken()` answers from memory while the token has more than the
 *    safety margin left, otherwise asks the host (`missing`) and waits.
 * 4. `replaceToken(id)` marks a token the API answered 401 to as refused,
 *    asks the host (`rejected`, once per refused token) and waits.
 * 5. `receive()` resolves every waiting caller; `fail()` rejects them.
 */

import type { SerializedError } from '../protocol/errorCodes.js'
import type { TokenRequestReason } from '../protocol/messages.js'
import { FrameError } from './FrameError.js'

/** A token as callers see it: the bearer value and the host's id for it. */
export interface Token {
  value: string
  id: number
}

/** A `token.update` as it arrives from the host. */
export interface TokenUpdate {
  token: string
  tokenId: number
  /** Milliseconds the token had left when the host sent it. */
  expiresIn: number
}

/** How the store reaches the host and reads the clock. */
export interface TokenStoreOptions {
  request: (reason: TokenRequestReason, tokenId?: number) => void
  /** Epoch ms; defaults to `Date.now`, which keeps counting during sleep. */
  now?: () => number
  /** A token with less than this left is not handed out; default 5000 ms. */
  marginMs?: number
}

interface Waiter {
  resolve: (token: Token) => void
  reject: (error: FrameError) => void
}

/** The frame's only holder of the access token. */
export class TokenStore {
  readonly #request: TokenStoreOptions['request']
  readonly #now: () => number
  readonly #marginMs: number
  #current: (Token & { expiresAt: number }) | undefined
  #refused = new Set<number>()
  #waiters: Waiter[] = []

  constructor(options: TokenStoreOptions) {
    this.#request = options.request
    this.#now = options.now ?? (() => Date.now())
    this.#marginMs = options.marginMs ?? 5000
  }

  /** The current token, or the next one the host sends. */
  getToken(): Promise<Token> {
    const usable = this.#usable()

    if (usable) return Promise.resolve(usable)

    const isFirst = this.#waiters.length === 0
    const promise = this.#wait()

    // One question serves every caller waiting behind it.
    if (isFirst) this.#request('missing')

    return promise
  }

  /** A token other than `refusedId`, which the API just answered 401 to. */
  replaceToken(refusedId: number): Promise<Token> {
    const isNewRefusal = !this.#refused.has(refusedId)

    this.#refused.add(refusedId)
    if (this.#current?.id === refusedId) this.#current = undefined

    const usable = this.#usable()

    if (usable) return Promise.resolve(usable)

    const isFirst = this.#waiters.length === 0
    const promise = this.#wait()

    if (isNewRefusal) this.#request('rejected', refusedId)
    else if (isFirst) this.#request('missing')

    return promise
  }

  /** Takes a token from the host and hands it to every waiting caller. */
  receive(update: TokenUpdate): void {
    if (this.#refused.has(update.tokenId)) return

    const token = { value: update.token, id: update.tokenId }

    this.#current = { ...token, expiresAt: this.#now() + update.expiresIn }

    for (const waiter of this.#takeWaiters()) waiter.resolve(token)
  }

  /**
   * The host could not get a token: every waiting caller gets the error.
   * Returns how many were waiting.
   */
  fail(error: SerializedError): number {
    const failure = FrameError.fromSerialized(error)
    const waiters = this.#takeWaiters()

    for (const waiter of waiters) waiter.reject(failure)

    return waiters.length
  }

  /** True while a token with more than the margin left is held. */
  get hasUsableToken(): boolean {
    return this.#usable() !== undefined
  }

  /**
   * Forgets every token, since a new port may speak for another session
   * (whose token ids may start over), and asks the new host again for any
   * caller still waiting.
   */
  restart(): void {
    this.#current = undefined
    this.#refused.clear()

    if (this.#waiters.length > 0) this.#request('missing')
  }

  #usable(): Token | undefined {
    const current = this.#current

    if (!current || this.#now() >= current.expiresAt - this.#marginMs) return

    return { value: current.value, id: current.id }
  }

  #wait(): Promise<Token> {
    return new Promise<Token>((resolve, reject) => {
      this.#waiters.push({ resolve, reject })
    })
  }

  #takeWaiters(): Waiter[] {
    const waiters = this.#waiters

    this.#waiters = []

    return waiters
  }
}
