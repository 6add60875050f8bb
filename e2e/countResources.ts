import type { Page } from '@playwright/test'

/** What the page holds now: listeners, timers and ports it added. */
export interface ResourceCounts {
  /** Listeners on `window` and `document`, added and not yet removed. */
  listeners: number
  /** Timeouts and intervals set and neither fired nor cleared. */
  timers: number
  /**
   * Ends of a `MessageChannel` made here, neither closed nor handed to
   * another realm.
   */
  ports: number
  iframes: number
}

declare global {
  interface Window {
    __countResources?: () => Omit<ResourceCounts, 'iframes'>
  }
}

/**
 * Counts, in the page's top frame from before any of its scripts run,
 * listeners added to `window` and `document` and timers set on `window`,
 * minus those removed, cleared or fired, and the ports of every
 * `MessageChannel` made, minus those closed or transferred. Read with
 * `readResourceCounts`.
 */
export async function countResources(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window !== window.top) return

    const listeners = new Map<EventTarget, Map<string, Set<unknown>>>()
    const timers = new Set<unknown>()
    const ports = new Set<MessagePort>()
    const add = EventTarget.prototype.addEventListener
    const remove = EventTarget.prototype.removeEventListener
    const { setTimeout, clearTimeout, setInterval, clearInterval } = window

    const slot = (target: EventTarget, type: string, options: unknown) => {
      const capture =
        typeof options === 'boolean'
          ? options
          : Boolean((options as { capture?: boolean } | undefined)?.capture)
      const byType = listeners.get(target) ?? new Map()
      const key = `${type}:${capture}`

      listeners.set(target, byType)
      if (!byType.has(key)) byType.set(key, new Set())

      return byType.get(key) as Set<unknown>
    }
    const isCounted = (target: EventTarget) =>
      target === window || target === document
    // Playwright's own injected script adds listeners too; count only
    // those added by code the page loaded over http.
    const isFromPage = () => /https?:\/\//.test(new Error().stack ?? '')

    EventTarget.prototype.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: unknown,
      options?: unknown,
    ) {
      if (isCounted(this) && listener && isFromPage()) {
        slot(this, type, options).add(listener)
      }
      return add.call(this, type, listener as EventListener, options as never)
    }
    EventTarget.prototype.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: unknown,
      options?: unknown,
    ) {
      if (isCounted(this)) slot(this, type, options).delete(listener)
      return remove.call(
        this,
        type,
        listener as EventListener,
        options as never,
      )
    }

    window.setTimeout = ((handler: unknown, ...rest: unknown[]) => {
      let id: unknown
      const callback =
        typeof handler === 'function'
          ? (...args: unknown[]) => {
              timers.delete(id)
              handler(...args)
            }
          : handler

      id = setTimeout(callback as TimerHandler, ...(rest as [number]))
      timers.add(id)

      return id
    }) as typeof window.setTimeout
    window.clearTimeout = ((id?: number) => {
      timers.delete(id)
      clearTimeout(id)
    }) as typeof window.clearTimeout
    window.setInterval = ((...args: Parameters<typeof setInterval>) => {
      const id = setInterval(...args)

      timers.add(id)

      return id
    }) as typeof window.setInterval
    window.clearInterval = ((id?: number) => {
      timers.delete(id)
      clearInterval(id)
    }) as typeof window.clearInterval
    // A port leaves this realm in the transfer list of a postMessage
    // call, whichever of its two forms the caller used.
    const release = (transfer: unknown) => {
      const list = Array.isArray(transfer)
        ? transfer
        : (transfer as { transfer?: unknown[] } | undefined)?.transfer

      for (const item of list ?? []) ports.delete(item as MessagePort)
    }
    const NativeChannel = window.MessageChannel
    const closePort = MessagePort.prototype.close
    const sendOnPort = MessagePort.prototype.postMessage
    const sendOnWindow = window.postMessage.bind(window)
    // (message, targetOrigin, transfer) or (message, { transfer }).
    type WindowPost = [unknown, string, Transferable[]]

    window.MessageChannel = class extends NativeChannel {
      constructor() {
        super()
        ports.add(this.port1)
        ports.add(this.port2)
      }
    }
    MessagePort.prototype.close = function (this: MessagePort) {
      ports.delete(this)
      return closePort.call(this)
    }
    MessagePort.prototype.postMessage = function (
      this: MessagePort,
      ...args: Parameters<MessagePort['postMessage']>
    ) {
      release(args[1])
      return sendOnPort.apply(this, args)
    } as MessagePort['postMessage']
    window.postMessage = ((...args: WindowPost) => {
      release(args[2] ?? args[1])
      return sendOnWindow(...args)
    }) as Window['postMessage']

    // A cross-origin window's postMessage cannot be patched, so the two
    // ways the page reaches one, `iframe.contentWindow` and
    // `event.source`, hand out one proxy per window, keeping `===` true.
    const proxies = new WeakMap<object, object>()
    const proxy = (target: object | null) => {
      if (target === null || target instanceof MessagePort) return target

      let wrapped = proxies.get(target)

      if (!wrapped) {
        const windowTarget = target as Window
        const postMessage = (...args: WindowPost) => {
          release(args[2] ?? args[1])
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

    wrapGetter(HTMLIFrameElement.prototype, 'contentWindow')
    wrapGetter(MessageEvent.prototype, 'source')

    window.__countResources = () => {
      let count = 0

      for (const byType of listeners.values()) {
        for (const set of byType.values()) count += set.size
      }

      return { listeners: count, timers: timers.size, ports: ports.size }
    }
  })
}

/** Reads the counts `countResources` keeps, plus the iframes in the page. */
export function readResourceCounts(page: Page): Promise<ResourceCounts> {
  return page.evaluate(() => ({
    ...(window.__countResources?.() ?? {
      listeners: -1,
      timers: -1,
      ports: -1,
    }),
    iframes: document.querySelectorAll('iframe').length,
  }))
}
