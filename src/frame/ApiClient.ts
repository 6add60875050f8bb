/**
 * Reads Vitable's API with the bound access token and nothing else.
 *
 * 1. Requirements: the token goes only in the Authorization header; no
 *    cookies; a 401 costs the host one refresh and the request one replay,
 *    never a loop; every failure is a typed `api_error`.
 * 2. Take a token, send the request.
 * 3. On 401: report the token as refused, wait for another, replay once.
 * 4. A non-2xx answer (the second 401 included) becomes an `api_error`
 *    with the API's message; a 2xx answer is checked against its schema.
 * 5. A request that takes longer than the timeout is aborted and fails as
 *    retryable, like a dropped connection.
 */

import * as v from 'valibot'

import { FrameError } from './FrameError.js'
import { readApiError } from './readApiError.js'
import type { Token } from './TokenStore.js'

/** Where the client gets tokens: the `TokenStore`, or a fake in tests. */
export interface TokenSource {
  getToken(): Promise<Token>
  replaceToken(refusedId: number): Promise<Token>
}

/** How the client reaches the API. */
export interface ApiClientOptions {
  /** Origin (and optional path prefix) of the API, e.g. `https://api…`. */
  baseUrl: string
  tokens: TokenSource
  fetch?: typeof fetch
  /** Ms one request may take before it fails as retryable. Default 20000. */
  timeout?: number
}

/** A small GET-only client for the API, with the 401 → replay flow. */
export class ApiClient {
  readonly #baseUrl: string
  readonly #tokens: TokenSource
  readonly #fetch: typeof fetch
  readonly #timeout: number

  constructor(options: ApiClientOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '')
    this.#tokens = options.tokens
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis)
    this.#timeout = options.timeout ?? 20_000
  }

  /** GETs `path` (starting with `/`) and checks the body against `schema`. */
  async get<T>(path: string, schema: v.GenericSchema<unknown, T>): Promise<T> {
    const token = await this.#tokens.getToken()
    let response = await this.#send(path, token)

    if (response.status === 401) {
      const replacement = await this.#tokens.replaceToken(token.id)

      response = await this.#send(path, replacement)
    }

    if (!response.ok) throw await readApiError(response)

    return this.#parse(response, schema)
  }

  // A request that hangs would leave the view loading for good: it fails
  // after the timeout, as a dropped connection does, and is read again.
  async #send(path: string, token: Token): Promise<Response> {
    const signal = AbortSignal.timeout(this.#timeout)

    try {
      return await this.#fetch(this.#baseUrl + path, {
        headers: { Authorization: `Bearer ${token.value}` },
        credentials: 'omit',
        cache: 'no-store',
        signal,
      })
    } catch (error) {
      throw new FrameError(
        'api_error',
        signal.aborted
          ? 'The benefits service took too long to answer.'
          : 'The benefits service could not be reached; check the connection.',
        { retryable: true, cause: error },
      )
    }
  }

  async #parse<T>(
    response: Response,
    schema: v.GenericSchema<unknown, T>,
  ): Promise<T> {
    const body: unknown = await response.json().catch(() => undefined)
    const parsed = v.safeParse(schema, body)

    if (parsed.success) return parsed.output

    // Paths only: issue messages quote values, which may be personal data.
    const paths = parsed.issues.map((issue) => v.getDotPath(issue) ?? 'body')

    throw new FrameError(
      'api_error',
      'The benefits service sent an answer the dashboard cannot read ' +
        `(at ${[...new Set(paths)].join(', ')}).`,
      { retryable: false, status: response.status },
    )
  }
}
