import type { PortLike } from '../HostLink.js'

/** A window message as a test wants to forge it. */
export interface ForgedMessage {
  data: unknown
  origin: string
  source: unknown
  ports?: PortLike[]
}

/**
 * Dispatches a `message` event on `window` with an explicit origin, source
 * and ports, standing in for a cross-origin host that happy-dom cannot model.
 */
export function dispatchFromHost(message: ForgedMessage): void {
  const init = { ports: [], ...message } as unknown as MessageEventInit

  window.dispatchEvent(new MessageEvent('message', init))
}
