/**
 * The host's end of the private line to one dashboard frame.
 *
 * 1. Requirements: talk only to our own iframe at the exact widget origin;
 *    never address "*"; survive the frame reloading; depend neither on the
 *    iframe `load` event nor on which side starts listening first.
 * 2. Listen on the window for `frame.hello` whose origin is the widget
 *    origin, whose source is our iframe's window and whose id is ours.
 * 3. Answer every such hello with `host.connect`, transferring one end of
 *    a fresh `MessageChannel`; close the previous port, if any.
 * 4. The hello's `v` is the newest version the frame speaks. A newer one
 *    than ours is still answered, in our version: the frame also speaks
 *    older ones and replies in the version of the connect it accepted. An
 *    older one gets `protocol_mismatch`. A `v` that is not a non-negative
 *    integer makes the message not ours.
 * 5. From then on, send and receive only over that port.
 */

import type { SerializedError } from '../protocol/errorCodes.js'
import {
  envelope,
  type FrameMessage,
  type HostConnect,
  type HostMessage,
  isEnvelope,
  PROTOCOL_VERSION,
} from '../protocol/messages.js'
import type { Logger } from './logger.js'
import { parseFrameMessage } from './parseFrameMessage.js'

export interface FrameChannelOptions {
  id: string
  widgetOrigin: string
  iframe: HTMLIFrameElement
  /** The host page's window, where the hello arrives. */
  window: Window
  log: Logger
  /** Builds the connect message when a hello arrives. */
  describe: () => Omit<HostConnect, 'type'>
  onConnect: () => void
  onMessage: (message: FrameMessage) => void
  onMismatch: (error: SerializedError) => void
}

/** One iframe's handshake listener and, once connected, its private port. */
export class FrameChannel {
  #options: FrameChannelOptions
  #port: MessagePort | undefined
  #listener = (event: MessageEvent) => this.#handleWindowMessage(event)

  constructor(options: FrameChannelOptions) {
    this.#options = options
    options.window.addEventListener('message', this.#listener)
  }

  /** True once the frame holds a port. */
  get isConnected(): boolean {
    return this.#port !== undefined
  }

  /** Sends over the port; returns false when the frame is not connected. */
  send(message: HostMessage): boolean {
    if (!this.#port) return false

    this.#port.postMessage(envelope(this.#options.id, message))

    return true
  }

  /** Stops listening and closes the port. Safe to call twice. */
  close(): void {
    this.#options.window.removeEventListener('message', this.#listener)
    this.#closePort()
  }

  #closePort(): void {
    if (!this.#port) return

    this.#port.onmessage = null
    this.#port.close()
    this.#port = undefined
  }

  #handleWindowMessage(event: MessageEvent): void {
    const { id, iframe, widgetOrigin, log } = this.#options
    const data: unknown = event.data

    if (event.origin !== widgetOrigin) return

    if (event.source === null || event.source !== iframe.contentWindow) return

    if (!isEnvelope(data) || data.id !== id || data.type !== 'frame.hello') {
      return
    }

    if (data.v < PROTOCOL_VERSION) {
      log(`frame speaks protocol ${data.v}; this SDK needs ${PROTOCOL_VERSION}`)
      this.#options.onMismatch({
        code: 'protocol_mismatch',
        message:
          `The dashboard frame speaks protocol version ${data.v}, older ` +
          `than this SDK's ${PROTOCOL_VERSION}; check \`baseUrl\`.`,
        retryable: false,
      })
      return
    }

    this.#connect(event.source as Window)
  }

  #connect(frame: Window): void {
    const { id, widgetOrigin, log } = this.#options
    const channel = new MessageChannel()
    const connect: HostConnect = {
      type: 'host.connect',
      ...this.#options.describe(),
    }

    this.#closePort()
    this.#port = channel.port1
    this.#port.onmessage = (event) => this.#handlePortMessage(event)
    frame.postMessage(envelope(id, connect), widgetOrigin, [channel.port2])
    log(`frame ${id} said hello; private port handed over`)
    this.#options.onConnect()
  }

  #handlePortMessage(event: MessageEvent): void {
    const message = parseFrameMessage(event.data, this.#options.id)

    if (!message) {
      this.#options.log('dropped a malformed message from the frame')
      return
    }

    this.#options.onMessage(message)
  }
}
