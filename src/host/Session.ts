import { createEmitter } from './createEmitter.js'
import { Dashboard, type DashboardUpdate } from './Dashboard.js'
import { createLogger } from './logger.js'
import {
  type MountOptions,
  readNumber,
  readUpdate,
  resolveMountOptions,
  type SessionOptions,
  warnOfUnknownOptions,
} from './options.js'
import { resolveTarget } from './resolveTarget.js'
import {
  type TokenManager as Manager,
  TokenManager,
  type TokenReason,
  type TokenState,
} from './TokenManager.js'
import { VitableError } from './VitableError.js'

/** What a session tells the host page, whichever widget is showing. */
export interface SessionEvents {
  error: (error: VitableError) => void
  'token.refreshed': (payload: {
    expiresAt: number
    reason: TokenReason
  }) => void
  'token.expired': (payload: Record<string, never>) => void
}

function checkFetchToken(options: SessionOptions): void {
  if (typeof options?.fetchToken === 'function') return

  throw new VitableError(
    'invalid_option',
    '`fetchToken` must be a function that resolves with an access token ' +
      `from your server; received ${typeof options?.fetchToken}.`,
  )
}

/**
 * One employee's token shared by any number of widgets: N widgets cost one
 * refresh per token lifetime, not N.
 */
export class Session {
  #options: SessionOptions
  #manager: Manager
  #emitter = createEmitter<SessionEvents>()
  #dashboards = new Set<Dashboard>()
  #isDestroyed = false

  /** Use `init()`; this is not public API. */
  constructor(options: SessionOptions) {
    checkFetchToken(options)
    warnOfUnknownOptions(options)
    resolveMountOptions({}, options)

    this.#options = { ...options }
    this.#manager = new TokenManager({
      fetchToken: options.fetchToken,
      tokenTimeout: readNumber(options.tokenTimeout, 'tokenTimeout', 15_000, 1),
      assumedTokenLifetime: readNumber(
        options.assumedTokenLifetime,
        'assumedTokenLifetime',
        900,
        1,
      ),
      log: createLogger(options.debug),
    })
    this.#manager.on('error', (error) => this.#emitter.emit('error', error))
    this.#manager.on('refreshed', (payload) =>
      this.#emitter.emit('token.refreshed', payload),
    )
    this.#manager.on('expired', () => this.#emitter.emit('token.expired', {}))
  }

  /** Where the shared token stands. */
  get tokenState(): TokenState {
    return this.#manager.state
  }

  /** Subscribes to a session event; returns the function that unsubscribes. */
  on<E extends keyof SessionEvents>(
    event: E,
    listener: SessionEvents[E],
  ): () => void {
    return this.#emitter.on(event, listener)
  }

  /** Mounts a widget that shares this session's token. */
  mount(target: Element | string, options: MountOptions = {}): Dashboard {
    warnOfUnknownOptions(options)

    return this.attach(target, options, () => {})
  }

  /** Mounts a widget; `onUnmount` runs after it is removed. Internal. */
  attach(
    target: Element | string,
    options: MountOptions,
    onUnmount: () => void,
  ): Dashboard {
    if (this.#isDestroyed) {
      throw new VitableError(
        'invalid_option',
        'This session was destroyed; create a new one with init().',
      )
    }

    const element = resolveTarget(target)
    const resolved = resolveMountOptions(options, this.#options)
    const dashboard = new Dashboard(element, resolved, this.#manager, () => {
      this.#dashboards.delete(dashboard)
      onUnmount()
    })

    this.#dashboards.add(dashboard)
    this.#manager.start()

    return dashboard
  }

  /** Changes theme or language for every widget of the session. */
  update(update: DashboardUpdate): void {
    const checked = readUpdate(update)

    this.#options = { ...this.#options, ...checked }
    for (const dashboard of this.#dashboards) dashboard.update(checked)
  }

  /** Fetches a token now, skipping any backoff wait. */
  retry(): void {
    this.#manager.retry()
  }

  /** Unmounts every widget and stops the token. Safe to call twice. */
  destroy(): void {
    if (this.#isDestroyed) return

    this.#isDestroyed = true
    for (const dashboard of [...this.#dashboards]) dashboard.unmount()
    this.#manager.destroy()
    this.#emitter.events = {}
  }
}
