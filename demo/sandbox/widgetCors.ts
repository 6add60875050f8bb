import type { MiddlewareHandler } from 'hono'

const ALLOW_METHODS = 'GET, POST'
const ALLOW_HEADERS = 'Authorization, Content-Type'

/**
 * CORS for exactly one origin, the widget's: preflights and responses
 * from `widgetOrigin` get the CORS headers, every other origin gets none
 * (so browsers refuse it). No cookies are involved, so no credentials.
 */
export function widgetCors(widgetOrigin: string): MiddlewareHandler {
  return async (c, next) => {
    const isAllowed = c.req.header('origin') === widgetOrigin
    const isPreflight =
      c.req.method === 'OPTIONS' &&
      c.req.header('access-control-request-method') !== undefined

    if (isPreflight) {
      const headers = new Headers({ Vary: 'Origin' })

      if (isAllowed) {
        headers.set('Access-Control-Allow-Origin', widgetOrigin)
        headers.set('Access-Control-Allow-Methods', ALLOW_METHODS)
        headers.set('Access-Control-Allow-Headers', ALLOW_HEADERS)
        headers.set('Access-Control-Max-Age', '600')
      }

      return new Response(null, { status: 204, headers })
    }

    await next()

    c.header('Vary', 'Origin', { append: true })

    if (isAllowed) c.header('Access-Control-Allow-Origin', widgetOrigin)
  }
}
