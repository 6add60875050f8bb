/**
 * The frame's end of the host ⇄ frame channel.
 *
 * 1. Requirements: talk only to the host origin named in our URL (already
 *    checked against the allowlist), never to "*"; accept only our own
 *    messages from `window.parent`; after the handshake use the private
 *    port alone; drop everything else without a word.
 * 2. `start()` adds the window listener, then posts `frame.hello` to the
 *    host origin, so no answer can arrive before we listen.
 * 3. A `host.connect` from that origin and source, for our id, in a
 *    supported version, carrying a port, hands us the port; a later one
 *    replaces it and the old port is closed.
 * 4. A host newer than us gets `protocol_mismatch` over its port, if it
 *    sent one, and is otherwise ignored.
 * 5. Port messages are validated too, then passed on; `send()` wraps ours
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
  HostConnectSchema,
  HostMessageSchema,
  type PortMessage,
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
}

const NEWEST_VERSION = Math.max(...SUPPORTED_VERSIONS)

/** The frame side of the handshake and of the private port. */
export class HostLink {
  readonly #options: HostLinkOptions
  #port: PortLike | undefined

  constructor(options: HostLinkOptions) {
    this.#options = options
  }

  /** Listens, then greets the host. Call once. */
  start(): void {
    const { window, parent, hostOrigin, id } = this.#options

    window.addEventListener('message', this.#handleWindowMessage)

    parent.postMessage(envelope(id, { type: 'frame.hello' }), hostOrigin)
  }

  /** Posts over the port; returns false (and drops it) before a port. */
  send(message: FrameMessage): boolean {
    if (!this.#port) return false

    this.#port.postMessage(envelope(this.#options.id, message))

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

    if (version > NEWEST_VERSION) {
      if (port) this.#reportMismatch(port, version)
      return
    }

    if (!SUPPORTED_VERSIONS.includes(version) || !port) return

    const connect = v.safeParse(HostConnectSchema, event.data)

    if (!connect.success) return

    this.#closePort()
    this.#port = port
    port.onmessage = this.#handlePortMessage
    // A real MessagePort starts when onmessage is assigned; start() keeps
    // ports that follow addEventListener rules working as well.
    port.start()

    this.#options.onConnect(connect.output)
  }

  #handlePortMessage = (event: MessageEvent): void => {
    const version = this.#readVersion(event.data)

    if (version === undefined || !SUPPORTED_VERSIONS.includes(version)) return

    const message = v.safeParse(HostMessageSchema, event.data)

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
      `The dashboard speaks protocol versions up to ${NEWEST_VERSION} ` +
      `and the host sent ${version}; use an SDK release this widget ` +
      'server supports.'

    port.postMessage(
      envelope(this.#options.id, {
        type: 'frame.error',
        error: { code: 'protocol_mismatch', message, retryable: false },
      }),
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
