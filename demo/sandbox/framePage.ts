import type { SandboxConfig } from './config.js'

/** What the frame app reads from `#vitable-config` at start. */
export interface FrameConfig {
  apiBaseUrl: string
  allowedOrigins: string[]
}

const HEAD_END = /<\/head>/i

const OPEN_TAG = '<script type="application/json" id="vitable-config">'

/** The config the widget server hands the frame app. */
export function frameConfig(config: SandboxConfig): FrameConfig {
  return { apiBaseUrl: config.apiOrigin, allowedOrigins: config.allowedOrigins }
}

/**
 * Injects the frame config as `<script type="application/json"
 * id="vitable-config">` just before `</head>` (or at the top when the
 * page has none), with `<` escaped so the JSON cannot close the tag.
 */
export function injectFrameConfig(html: string, config: FrameConfig): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c')
  const tag = `${OPEN_TAG}${json}</script>`

  if (!HEAD_END.test(html)) return `${tag}\n${html}`

  return html.replace(HEAD_END, (end) => `${tag}\n${end}`)
}

/**
 * Security headers of the dashboard page: a strict CSP whose
 * `connect-src` is the API origin and whose `frame-ancestors` are the
 * allowed portal origins, no referrer, no sniffing, no caching.
 */
export function framePageHeaders(
  config: SandboxConfig,
): Record<string, string> {
  const policy = [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${config.apiOrigin}`,
    `frame-ancestors ${config.allowedOrigins.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
  ]

  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': policy.join('; '),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  }
}
