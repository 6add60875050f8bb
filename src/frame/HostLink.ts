/**
 * The frame's end of the host ⇄ frame channel.
 *
 * 1. Requirements: talk only to the host origin named in our URL (already
 *    checked against the allowlist), never to "*"; accept only our own
 *    messages from `window.parent`; after the handshake use the private
 *    port alone; drop everything else without a word.
 * 2. `start()` adds the window listener, then posts `frame.hello`, in the
 *    newest version we speak, to the host origin, so no answer can arrive
 *    before we listen.
 * 3. A `host.connect` from that origin and source, for our id, in a
 *    supported version, carrying a port, hands us the port; a later one
 *    replaces it and the old port is closed.
 * 4. We remember the version of the connect we accepted: port messages
 *    must be in it, and everything we send is stamped with it, since an
 *    older host understands only its own.
 * 5. A host newer than us gets `protocol_mismatch` over its port, if it
 *    sent one, stamped with its version so it can read it, and is
 *    otherwise ignored.
 * 6. Port messages are validated too, then passed on; `send()` wraps ours
 *    in an envelope and posts it over the port.
 */

import * as v from 'valibot'

import {
  envelope,
  type FrameMessage,
  SUPPORTED_VERSIONS,
} from '../protocol/messages.js'
import {
  type ConnectMessage,
  EnvelopeSchema,
  type PortMessage,
  schemasFor,
} from './hostSchemas.js'

/** The part of a message event the link reads. */
export type LinkEvent = Pick<MessageEvent, 'data' | 'origin' | 'source'> & {
  readonly ports: readonly PortLike[]
}

/** The part of `MessagePort` the link uses. */
export interface PortLike {
  onmessage: ((event: MessageEvent) => void) | null
  postMessage(message: unknown): void
  start(): void
  close(): void
}

/** Where the link listens: the frame's own window. */
export interface MessageTarget {
  addEventListener(type: 'message', listener: (event: LinkEvent) => void): void
  removeEventListener(
    type: 'message',
    listener: (event: LinkEvent) => void,
  ): void
}

/** Whom the link greets: `window.parent`. */
export interface ParentTarget {
  postMessage(message: unknown, targetOrigin: string): void
}

/** Everything the link needs; tests pass fakes. */
export interface HostLinkOptions {
  window: MessageTarget
  parent: ParentTarget
  hostOrigin: string
  id: string
  onConnect: (message: ConnectMessage) => void
  onMessage: (message: PortMessage) => void
  /** Protocol versions the frame speaks; default `SUPPORTED_VERSIONS`. */
  supportedVersions?: readonly number[]
}

/** The frame side of the handshake and of the private port. */
export class HostLink {
  readonly #options: HostLinkOptions
  readonly #versions: readonly number[]
  readonly #newest: number
  #port: PortLike | undefined
  #version: number

  constructor(options: HostLinkOptions) {
    this.#options = options
    this.#versions = options.supportedVersions ?? SUPPORTED_VERSIONS
    this.#newest = Math.max(...this.#versions)
    this.#version = this.#newest
  }

  /** Listens, then greets the host. Call once. */
  start(): void {
    const { window, parent, hostOrigin, id } = this.#options

    window.addEventListener('message', this.#handleWindowMessage)

    parent.postMessage(
      envelope(id, { type: 'frame.hello' }, this.#newest),
      hostOrigin,
    )
  }

  /** Posts over the port; returns false (and drops it) before a port. */
  send(message: FrameMessage): boolean {
    if (!this.#port) return false

    this.#port.postMessage(envelope(this.#options.id, message, this.#version))

    return true
  }

  /** Stops listening and closes the port. */
  stop(): void {
    this.#options.window.removeEventListener(
      'message',
      this.#handleWindowMessage,
    )
    this.#closePort()
  }

  #handleWindowMessage = (event: LinkEvent): void => {
    const { parent, hostOrigin } = this.#options

    if (event.origin !== hostOrigin || event.source !== parent) return

    const version = this.#readVersion(event.data)
    const port = event.ports[0]

    if (version === undefined) return

    if (version > this.#newest) {
      if (port) this.#reportMismatch(port, version)
      return
    }

    if (!this.#versions.includes(version) || !port) return

    const connect = v.safeParse(schemasFor(version).connect, event.data)

    if (!connect.success) return

    this.#closePort()
    this.#port = port
    this.#version = version
    port.onmessage = this.#handlePortMessage
    // A real MessagePort starts when onmessage is assigned; start() keeps
    // ports that follow addEventListener rules working as well.
    port.start()

    this.#options.onConnect(connect.output)
  }

  #handlePortMessage = (event: MessageEvent): void => {
    const version = this.#readVersion(event.data)

    if (version !== this.#version) return

    const message = v.safeParse(schemasFor(version).port, event.data)

    if (!message.success) return

    this.#options.onMessage(message.output)
  }

  #readVersion(data: unknown): number | undefined {
    const parsed = v.safeParse(EnvelopeSchema, data)

    if (!parsed.success || parsed.output.id !== this.#options.id) return

    return parsed.output.v
  }

  #reportMismatch(port: PortLike, version: number): void {
    const message =
      `The dashboard speaks protocol versions up to ${this.#newest} ` +
      `and the host sent ${version}; use an SDK release this widget ` +
      'server supports.'

    port.postMessage(
      envelope(
        this.#options.id,
        {
          type: 'frame.error',
          error: { code: 'protocol_mismatch', message, retryable: false },
        },
        version,
      ),
    )
    port.close()
  }

  #closePort(): void {
    if (!this.#port) return

    this.#port.onmessage = null
    this.#port.close()
    this.#port = undefined
  }
}
