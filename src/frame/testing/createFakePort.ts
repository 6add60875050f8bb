import type { PortLike } from '../HostLink.js'

/** A `MessagePort` stand-in that records what the frame posts. */
export interface FakePort extends PortLike {
  readonly sent: unknown[]
  isStarted: boolean
  isClosed: boolean
  /** Delivers `data` to the frame, as the host's end of the channel would. */
  deliver(data: unknown): void
}

/** A fresh fake port; deliveries stop once the frame closes it. */
export function createFakePort(): FakePort {
  const port: FakePort = {
    onmessage: null,
    sent: [],
    isStarted: false,
    isClosed: false,
    postMessage(message) {
      port.sent.push(message)
    },
    start() {
      port.isStarted = true
    },
    close() {
      port.isClosed = true
    },
    deliver(data) {
      if (port.isClosed) return

      port.onmessage?.(new MessageEvent('message', { data }))
    },
  }

  return port
}
