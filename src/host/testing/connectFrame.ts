import { envelope } from '../../protocol/messages.js'

/** What the frame end of the private port has received. */
export interface ConnectedFrame {
  received: Array<{ type: string }>
  port: MessagePort
}

/**
 * Plays the dashboard frame of the iframe in `target` (happy-dom): posts
 * `frame.hello` from the iframe's window at `widgetOrigin` and keeps the
 * port the host hands over, recording every message on it.
 */
export function connectFrame(
  target: Element,
  widgetOrigin: string,
): ConnectedFrame {
  const iframe = target.querySelector('iframe') as HTMLIFrameElement
  const frame = iframe.contentWindow as Window
  const id = new URLSearchParams(new URL(iframe.src).hash.slice(1)).get('id')
  const ports: MessagePort[] = []
  const received: Array<{ type: string }> = []

  frame.postMessage = ((_data: unknown, _origin: string, transfer = []) => {
    ports.push(...(transfer as MessagePort[]))
  }) as Window['postMessage']
  window.dispatchEvent(
    new MessageEvent('message', {
      data: envelope(id ?? '', { type: 'frame.hello' }),
      origin: widgetOrigin,
      source: frame,
    }),
  )

  const port = ports[0] as MessagePort

  port.onmessage = (event) => received.push(event.data)

  return { received, port }
}
