import { TOKEN_ERROR_CODES } from '../protocol/errorCodes.js'
import type { Appearance, FrameMessage } from '../protocol/messages.js'
import { createEmitter } from './createEmitter.js'
import { createFrame, frameUrl, retitleFrame } from './createFrame.js'
import { FrameChannel } from './FrameChannel.js'
import { FrameSizer } from './FrameSizer.js'
import { type FrameLoad, loadFrame } from './loadFrame.js'
import { createLogger, type Logger } from './logger.js'
import { type ResolvedMountOptions, readUpdate } from './options.js'
import type { Token, TokenManager, TokenReason } from './TokenManager.js'
import { VitableError } from './VitableError.js'

/** Where a widget stands. */
export type DashboardState = 'loading' | 'ready' | 'error' | 'unmounted'

/** Ids and statuses only: business events never carry personal data. */
export type DashboardEventData = Record<
  string,
  string | number | boolean | null
>

/** Everything a dashboard tells the host page. */
export interface DashboardEvents {
  ready: (payload: Record<string, never>) => void
  resize: (payload: { height: number }) => void
  error: (error: VitableError) => void
  'token.refreshed': (payload: {
    expiresAt: number
    reason: TokenReason
  }) => void
  'token.expired': (payload: Record<string, never>) => void
  'enrollment.elected': (payload: DashboardEventData) => void
  'enrollment.waived': (payload: DashboardEventData) => void
  'qle.submitted': (payload: DashboardEventData) => void
}

/** Values a live widget can change without a reload. */
export interface DashboardUpdate {
  appearance?: Appearance
  locale?: string
}

// Least time between two retries a host asks for, in ms.
const MIN_RETRY_GAP = 1_000

// Which widget an element holds, so a second mount replaces the first.
const mounted = new WeakMap<Element, Dashboard>()

function createId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12))

  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join(
    '',
  )
}

function pageLocale(document: Document): string {
  return document.documentElement.lang || 'en'
}

/** One mounted Employee Dashboard: its iframe, its port, its events. */
export class Dashboard {
  #state: DashboardState = 'loading'
  #emitter = createEmitter<DashboardEvents>()
  #target: Element
  #options: ResolvedMountOptions
  #manager: TokenManager
  #onUnmount: () => void
  #log: Logger
  #id = createId()
  #iframe: HTMLIFrameElement
  #channel: FrameChannel
  #sizer: FrameSizer
  #load: FrameLoad
  #unbind: Array<() => void>
  #isShowingData = false
  #retriedAt = Number.NEGATIVE_INFINITY
  #retryTimer: ReturnType<typeof setTimeout> | undefined

  /** Use `mount()` or `session.mount()`; this is not public API. */
  constructor(
    target: Element,
    options: ResolvedMountOptions,
    manager: TokenManager,
    onUnmount: () => void,
  ) {
    const document = target.ownerDocument
    const window = document.defaultView as Window

    this.#target = target
    this.#options = options
    this.#manager = manager
    this.#onUnmount = onUnmount
    this.#log = createLogger(options.debug)
    this.#iframe = createFrame(
      document,
      frameUrl(options.baseUrl, window.location.origin, this.#id),
      this.#locale(),
    )
    this.#sizer = new FrameSizer(this.#iframe, options)
    this.#sizer.apply(options.minHeight || 150)
    this.#channel = new FrameChannel({
      id: this.#id,
      widgetOrigin: options.widgetOrigin,
      iframe: this.#iframe,
      window,
      log: this.#log,
      describe: () => this.#describe(),
      onConnect: () => this.#handleConnect(),
      onMessage: (message) => this.#handleFrameMessage(message),
      onMismatch: (error) => this.#fail(VitableError.from(error)),
    })
    this.#unbind = [
      manager.on('token', (token) => this.#sendToken(token)),
      manager.on('refreshed', (payload) =>
        this.#emitter.emit('token.refreshed', payload),
      ),
      manager.on('expired', () => this.#emitter.emit('token.expired', {})),
      manager.on('error', (error) => this.#handleTokenError(error)),
    ]

    mounted.get(target)?.unmount()
    mounted.set(target, this)
    target.replaceChildren(this.#iframe)
    this.#load = loadFrame({
      ...options,
      iframe: this.#iframe,
      target,
      locale: this.#locale(),
      onFail: (error) => this.#fail(error),
    })
    this.#log(`widget ${this.#id} mounted; waiting for the frame`)
  }

  /** `loading` until the dashboard shows data, then `ready` or `error`. */
  get state(): DashboardState {
    return this.#state
  }

  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends keyof DashboardEvents>(
    event: E,
    listener: DashboardEvents[E],
  ): () => void {
    return this.#emitter.on(event, listener)
  }

  /**
   * Changes the theme or language without reloading the frame. A bad value
   * throws `invalid_option`, as it would at mount.
   */
  update(update: DashboardUpdate): void {
    const checked = readUpdate(update)

    if (this.#state === 'unmounted') return

    this.#options = { ...this.#options, ...checked }
    retitleFrame(this.#iframe, this.#locale())
    this.#channel.send({ type: 'host.update', ...this.#describe() })
  }

  /**
   * Tries again now: a connected frame reads a failed view again, a frame
   * that never loaded reloads, a failed token is fetched again. Calls less
   * than a second apart are folded into one, a second after the last, so
   * a host retrying from its `error` listener cannot spin.
   */
  retry(): void {
    if (this.#state === 'unmounted' || this.#retryTimer) return

    const wait = this.#retriedAt + MIN_RETRY_GAP - Date.now()

    if (wait > 0) {
      this.#retryTimer = setTimeout(() => {
        this.#retryTimer = undefined
        this.retry()
      }, wait)
      return
    }

    this.#retriedAt = Date.now()
    if (!this.#channel.send({ type: 'host.retry' })) this.#load.reload()

    // Leaves a fresh token alone unless its last fetch failed.
    this.#manager.retry()
  }

  /** Removes the widget and everything it holds. Safe to call any time. */
  unmount(): void {
    if (this.#state === 'unmounted') return

    this.#state = 'unmounted'
    clearTimeout(this.#retryTimer)
    this.#load.stop()
    this.#channel.close()
    for (const unbind of this.#unbind) unbind()
    this.#iframe.remove()
    if (mounted.get(this.#target) === this) mounted.delete(this.#target)
    this.#emitter.events = {}
    this.#log(`widget ${this.#id} unmounted`)
    this.#onUnmount()
  }

  #locale(): string {
    return this.#options.locale ?? pageLocale(this.#target.ownerDocument)
  }

  #describe() {
    const { appearance } = this.#options

    return { locale: this.#locale(), ...(appearance ? { appearance } : {}) }
  }

  #fail(error: VitableError): void {
    this.#state = 'error'
    this.#emitter.emit('error', error)
  }

  #handleConnect(): void {
    this.#load.stop()
    this.#deliver(this.#manager.getToken())
  }

  #deliver(token: Promise<Token>): void {
    token.then(
      (token) => this.#sendToken(token),
      (error: VitableError) => this.#sendError(error),
    )
  }

  #sendToken(token: Token): void {
    if (this.#state === 'unmounted') return

    // A frame that kept its data through a token failure shows it again;
    // one that showed the failure reloads and says `frame.ready`.
    if (this.#state === 'error' && this.#isShowingData) this.#state = 'ready'

    this.#channel.send({
      type: 'token.update',
      token: token.value,
      tokenId: token.id,
      expiresIn: this.#manager.timeLeft(token),
    })
  }

  // The state changes before the host hears, so a listener that unmounts
  // or retries sees where the widget stands and has the last word.
  #handleTokenError(error: VitableError): void {
    const isDown = this.#manager.state === 'failed'

    if (isDown) this.#state = 'error'
    this.#emitter.emit('error', error)
    if (isDown) this.#sendError(error)
  }

  #sendError(error: VitableError): void {
    const { code, message, retryable } = error

    this.#channel.send({
      type: 'token.error',
      error: { code, message, retryable },
    })
  }

  // A token failure the frame shows was reported when the host met it.
  #handleFrameError(error: VitableError): void {
    this.#isShowingData = false
    this.#state = 'error'

    if (!TOKEN_ERROR_CODES.includes(error.code)) {
      this.#emitter.emit('error', error)
    }
  }

  #handleFrameMessage(message: FrameMessage): void {
    switch (message.type) {
      case 'frame.ready':
        this.#isShowingData = true
        this.#state = 'ready'
        this.#emitter.emit('ready', {})
        return
      case 'frame.resize': {
        const height = this.#sizer.apply(message.height)

        if (height !== undefined) this.#emitter.emit('resize', { height })
        return
      }
      case 'token.request':
        this.#deliver(
          message.reason === 'rejected' && message.tokenId !== undefined
            ? this.#manager.reject(message.tokenId)
            : this.#manager.getToken(),
        )
        return
      case 'frame.error':
        this.#handleFrameError(VitableError.from(message.error))
        return
      case 'frame.retry':
        this.#manager.retry()
        return
      case 'frame.event':
        this.#emitter.emit(message.name, message.data)
        return
    }
  }
}
