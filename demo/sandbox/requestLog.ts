import type { MiddlewareHandler } from 'hono'
import type { SandboxConfig } from './config.js'

/** Writes one log line; the default prints it to stdout. */
export type LogLine = (line: string) => void

// A credential pasted into a URL path must not reach the log either.
const CREDENTIAL = /vit_(apk|at)_[A-Za-z0-9_-]*/g

/** Prints to stdout, or nothing when `VITABLE_SANDBOX_QUIET=1`. */
export function defaultLog(config: SandboxConfig): LogLine {
  if (config.quiet) return () => {}

  return (line) => process.stdout.write(`${line}\n`)
}

/**
 * Logs one JSON line per request: time, server, method, path, status and
 * duration in ms. Never headers (so never a key or token) and never the
 * query string.
 */
export function requestLog(server: string, log: LogLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()

    await next()

    const duration = Math.round((performance.now() - started) * 10) / 10
    const path = c.req.path.replace(CREDENTIAL, 'vit_$1_[redacted]')

    log(
      JSON.stringify({
        time: new Date().toISOString(),
        server,
        method: c.req.method,
        path,
        status: c.res.status,
        duration_ms: duration,
      }),
    )
  }
}
