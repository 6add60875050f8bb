/** Receives one plain sentence per protocol or token step; never a token. */
export type Logger = (message: string) => void

const silent: Logger = () => {}

/** Turns the `debug` option into a logger: silent unless asked. */
export function createLogger(debug: boolean | Logger | undefined): Logger {
  if (typeof debug === 'function') return debug

  if (debug !== true) return silent

  return (message) => console.debug(`[vitable] ${message}`)
}

/**
 * Warns about a setup that works but is probably a mistake. Bundlers drop
 * the call from production builds.
 */
export function warnInDevelopment(message: string): void {
  if (
    typeof process !== 'undefined' &&
    process.env?.NODE_ENV === 'production'
  ) {
    return
  }

  console.warn(`[vitable] ${message}`)
}
