import type { MiddlewareHandler } from 'hono'
import type { SandboxConfig } from './config.js'

/** Writes one log line; the default prints it to stdout. */
export type LogLine = (line: string) => void

// A credential pasted into a URL path must not reach the log either, in
// any case and under any depth of percent-encoding (`vit%255Fat%255F…`).
const CREDENTIAL = /vit_(apk|at)_/i

// Enough for `%25255F` (three encodings deep) and then some.
const MAX_DECODINGS = 5

function decodings(segment: string): string[] {
  const forms = [segment]

  for (let depth = 0; depth < MAX_DECODINGS; depth += 1) {
    const last = forms[forms.length - 1] as string
    let next: string

    try {
      next = decodeURIComponent(last)
    } catch {
      break
    }

    if (next === last) break

    forms.push(next)
  }

  return forms
}

function redactSegment(segment: string): string {
  for (const form of decodings(segment)) {
    const kind = CREDENTIAL.exec(form)?.[1]

    if (kind) return `vit_${kind.toLowerCase()}_[redacted]`
  }

  return segment
}

function redactPath(url: string): string {
  const path = new URL(url).pathname

  return path.split('/').map(redactSegment).join('/')
}

/** Prints to stdout, or nothing when `VITABLE_SANDBOX_QUIET=1`. */
export function defaultLog(config: SandboxConfig): LogLine {
  if (config.quiet) return () => {}

  return (line) => process.stdout.write(`${line}\n`)
}

/**
 * Logs one JSON line per request: time, server, method, path, status and
 * duration in ms. Never headers (so never a key or token) and never the
 * query string; a path segment that holds a credential, raw or
 * percent-encoded, is logged as `vit_at_[redacted]` (or `vit_apk_…`).
 */
export function requestLog(server: string, log: LogLine): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now()

    await next()

    const duration = Math.round((performance.now() - started) * 10) / 10
    const path = redactPath(c.req.url)

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
