import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import type { PortalConfig } from './config.js'
import { renderPage } from './renderPage.js'
import type { EmployeeSummary, VitableServer } from './VitableServer.js'

const COOKIE = 'portal_session'
const root = fileURLToPath(new URL('../..', import.meta.url))

function securityHeaders(widgetOrigin: string): Record<string, string> {
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self'",
      `frame-src ${widgetOrigin}`,
      "connect-src 'self'",
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; '),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Content-Type-Options': 'nosniff',
  }
}

/**
 * The example employer portal: a page, a demo login and the one route that
 * turns the portal's own session into a Vitable access token.
 */
export function createPortalApp(config: PortalConfig, vitable: VitableServer) {
  const app = new Hono()
  // The portal's login sessions: session id → employee id.
  const sessions = new Map<string, string>()
  let employees: EmployeeSummary[] | undefined
  const headers = securityHeaders(new URL(config.widgetUrl).origin)

  const listEmployees = async () => {
    employees ??= await vitable.listEmployees()
    return employees
  }

  const signIn = (employeeId: string) => {
    const id = randomBytes(18).toString('base64url')

    sessions.set(id, employeeId)

    return id
  }

  app.get('/', async (c) => {
    const list = await listEmployees()
    let employeeId = sessions.get(getCookie(c, COOKIE) ?? '')

    if (!employeeId) {
      employeeId = list[0]?.id ?? ''
      setCookie(c, COOKIE, signIn(employeeId), {
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
      })
    }

    return c.html(renderPage(list, employeeId, config.widgetUrl), 200, headers)
  })

  app.post('/login', async (c) => {
    const body = await c.req.parseBody()
    const employeeId = String(body.employee_id ?? '')
    const list = await listEmployees()

    if (!list.some((employee) => employee.id === employeeId)) {
      return c.json(
        { error: { code: 'invalid_request', message: 'Unknown employee_id.' } },
        400,
      )
    }

    setCookie(c, COOKIE, signIn(employeeId), {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
    })

    return c.req.header('accept')?.includes('application/json')
      ? c.json({ employee_id: employeeId })
      : c.redirect('/', 303)
  })

  app.post('/api/vitable-token', async (c) => {
    const origin = c.req.header('origin')
    const employeeId = sessions.get(getCookie(c, COOKIE) ?? '')

    c.header('Cache-Control', 'no-store')

    if (origin && origin !== config.origin) {
      return c.json(
        {
          error: { code: 'forbidden', message: 'Cross-origin token request.' },
        },
        403,
      )
    }

    if (!employeeId) {
      return c.json(
        {
          error: {
            code: 'unauthorized',
            message: 'Sign in to the portal first.',
          },
        },
        401,
      )
    }

    try {
      return c.json(await vitable.issueEmployeeToken(employeeId))
    } catch {
      return c.json(
        {
          error: {
            code: 'upstream_error',
            message: 'Could not reach Vitable.',
          },
        },
        502,
      )
    }
  })

  app.get('/favicon.ico', (c) => c.body(null, 204))
  app.get('/vitable.js', serveStatic({ path: 'dist/vitable.js', root }))
  app.get(
    '/portal.js',
    serveStatic({ path: 'demo/portal/public/portal.js', root }),
  )
  app.get(
    '/portal.css',
    serveStatic({ path: 'demo/portal/public/portal.css', root }),
  )

  return app
}
