import type { Page } from '@playwright/test'

/** What the page holds now: listeners and pending timers it added. */
export interface ResourceCounts {
  /** Listeners on `window` and `document`, added and not yet removed. */
  listeners: number
  /** Timeouts and intervals set and neither fired nor cleared. */
  timers: number
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
 * minus those removed, cleared or fired. Read with `readResourceCounts`.
 */
export async function countResources(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window !== window.top) return

    const listeners = new Map<EventTarget, Map<string, Set<unknown>>>()
    const timers = new Set<unknown>()
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
    window.__countResources = () => {
      let count = 0

      for (const byType of listeners.values()) {
        for (const set of byType.values()) count += set.size
      }

      return { listeners: count, timers: timers.size }
    }
  })
}

/** Reads the counts `countResources` keeps, plus the iframes in the page. */
export function readResourceCounts(page: Page): Promise<ResourceCounts> {
  return page.evaluate(() => ({
    ...(window.__countResources?.() ?? { listeners: -1, timers: -1 }),
    iframes: document.querySelectorAll('iframe').length,
  }))
}
