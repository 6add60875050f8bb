import type { Page } from '@playwright/test'

/** One `postMessage` call made by the host page, without its data. */
export interface PostedMessage {
  via: 'window' | 'port'
  /** The target origin of a window call; a port call has none. */
  targetOrigin: string | undefined
  hasToken: boolean
  isOurs: boolean
  type: string | undefined
  portCount: number
}

declare global {
  interface Window {
    __posted?: PostedMessage[]
  }
}

/**
 * Records every `postMessage` call the host page's own realm makes: on its
 * window, on the MessagePorts it holds, and on the cross-origin windows it
 * reaches through `iframe.contentWindow` or `event.source`. A cross-origin
 * window's `postMessage` cannot be patched, so those two getters hand out
 * one recording proxy per window, which keeps `===` between them true.
 */
export async function spyOnPostMessage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window !== window.top) return

    const posted: PostedMessage[] = []
    const proxies = new WeakMap<object, object>()

    const record = (
      via: PostedMessage['via'],
      data: unknown,
      targetOrigin: unknown,
      transfer: unknown,
    ) => {
      let text = ''

      try {
        text = JSON.stringify(data) ?? ''
      } catch {}

      const type = (data as { type?: unknown } | null)?.type

      posted.push({
        via,
        targetOrigin:
          typeof targetOrigin === 'string'
            ? targetOrigin
            : (targetOrigin as { targetOrigin?: string } | undefined)
                ?.targetOrigin,
        hasToken: text.includes('vit_at_'),
        isOurs: text.includes('"ns":"vitable"'),
        type: typeof type === 'string' ? type : undefined,
        portCount: Array.isArray(transfer) ? transfer.length : 0,
      })
    }

    const proxy = (target: object | null) => {
      if (target === null || target instanceof MessagePort) return target

      let wrapped = proxies.get(target)

      if (!wrapped) {
        const windowTarget = target as Window
        const postMessage = (...args: [unknown, string, Transferable[]]) => {
          record('window', args[0], args[1], args[2])
          return windowTarget.postMessage(...args)
        }

        wrapped = new Proxy(target, {
          get: (object, key) =>
            key === 'postMessage'
              ? postMessage
              : (object as Record<PropertyKey, unknown>)[key],
        })
        proxies.set(target, wrapped)
      }

      return wrapped
    }

    const wrapGetter = (prototype: object, key: string) => {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, key)
      const get = descriptor?.get as (this: unknown) => object | null

      Object.defineProperty(prototype, key, {
        ...descriptor,
        get(this: unknown) {
          return proxy(get.call(this))
        },
      })
    }

    const sendOnPort = MessagePort.prototype.postMessage
    const sendOnWindow = window.postMessage.bind(window)

    window.__posted = posted
    wrapGetter(HTMLIFrameElement.prototype, 'contentWindow')
    wrapGetter(MessageEvent.prototype, 'source')
    MessagePort.prototype.postMessage = function (
      this: MessagePort,
      ...args: Parameters<MessagePort['postMessage']>
    ) {
      record('port', args[0], undefined, args[1])
      return sendOnPort.apply(this, args)
    } as MessagePort['postMessage']
    window.postMessage = ((...args: [unknown, string, Transferable[]]) => {
      record('window', args[0], args[1], args[2])
      return sendOnWindow(...args)
    }) as Window['postMessage']
  })
}
