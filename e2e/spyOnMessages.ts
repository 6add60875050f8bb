import type { BrowserContext } from '@playwright/test'

/** One message seen by the spy, in whichever realm it ran. */
export interface SeenMessage {
  realm: string
  kind: 'window' | 'port-send'
  origin?: string
  hasToken: boolean
  portCount?: number
  isOurs: boolean
  /** Widget id and type of a message of ours. */
  id?: string
  type?: string
}

declare global {
  interface Window {
    __seen?: SeenMessage[]
  }
}

/**
 * Records, in every frame of every page, each window message received and
 * each message sent over a MessagePort, without the token text itself.
 */
export async function spyOnMessages(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: SeenMessage[] = []
    const realm = location.origin
    const inspect = (data: unknown) => {
      const text = (() => {
        try {
          return JSON.stringify(data) ?? ''
        } catch {
          return ''
        }
      })()

      const isOurs = text.includes('"ns":"vitable"')
      const { id, type } = (isOurs ? data : {}) as Record<string, unknown>

      return {
        hasToken: text.includes('vit_at_'),
        isOurs,
        ...(typeof id === 'string' ? { id } : {}),
        ...(typeof type === 'string' ? { type } : {}),
      }
    }
    const send = MessagePort.prototype.postMessage

    window.__seen = seen
    window.addEventListener(
      'message',
      (event) => {
        seen.push({
          realm,
          kind: 'window',
          origin: event.origin,
          portCount: event.ports.length,
          ...inspect(event.data),
        })
      },
      true,
    )
    MessagePort.prototype.postMessage = function (
      this: MessagePort,
      ...args: Parameters<MessagePort['postMessage']>
    ) {
      seen.push({ realm, kind: 'port-send', ...inspect(args[0]) })
      return send.apply(this, args)
    } as MessagePort['postMessage']
  })
}
