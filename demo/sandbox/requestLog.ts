import type { MiddlewareHandler } from 'hono'
import type { SandboxConfig } from './config.js'
import { redactPath } from './redactPath.js'

/** Writes one log line; the default prints it to stdout. */
export type LogLine = (line: string) => void

/** Prints to stdout, or nothing when `VITABLE_SANDBOX_QUIET=1`. */
export function defaultLog(config: SandboxConfig): LogLine {
  if (config.quiet) return () => {}

  return (line) => process.stdout.write(`${line}\n`)
}

/**
 * Logs one JSON line per request: time, server, method, path, status and
 * duration in ms. Never headers (so never a key or token) and never the
 * query string; a path segment that holds a credential, raw or
 * percent-encoded, is logged as `vit_at_[redacted]` (or `vit_apk_…`), and
 * one that holds a secret part alone (a long opaque run, or that of a
 * credential in `known`) as `[redacted]`.
 */
export function requestLog(
  server: string,
  log: LogLine,
  known: string[] = [],
): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()

    await next()

    const duration = Math.round((performance.now() - started) * 10) / 10
    const path = redactPath(new URL(c.req.url).pathname, known)

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
