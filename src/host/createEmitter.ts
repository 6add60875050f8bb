import { createNanoEvents, type Emitter } from 'nanoevents'

// What nanoevents accepts as an event map; its own type is not exported.
// biome-ignore lint/suspicious/noExplicitAny: as nanoevents declares it.
type EventsMap = { [event: string]: any }

// As an uncaught error would be: on the console and to `error` handlers,
// without unwinding the code that emitted.
function reportListenerError(error: unknown): void {
  if (typeof reportError === 'function') {
    reportError(error)
    return
  }

  setTimeout(() => {
    throw error
  })
}

/**
 * A nanoevents emitter for the host's code to listen to. A listener that
 * throws is reported and the others still run; one unbound by an earlier
 * listener of the same event, say by an `unmount()`, is not called.
 */
export function createEmitter<Events extends EventsMap>(): Emitter<Events> {
  const emitter = createNanoEvents<Events>()

  emitter.emit = (event, ...args) => {
    for (const listener of emitter.events[event]?.slice() ?? []) {
      if (!emitter.events[event]?.includes(listener)) continue

      try {
        ;(listener as (...values: unknown[]) => void)(...args)
      } catch (error) {
        reportListenerError(error)
      }
    }
  }

  return emitter
}
