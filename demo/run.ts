/**
 * `npm run demo`: the sandbox (API and widget server) and the example
 * portal, on three origins, as in production.
 */

import { startProcess } from './startProcess.js'

const portalPort = process.env.VITABLE_DEMO_PORTAL_PORT ?? '5173'
// The demo's own portal is always allowed; VITABLE_ALLOWED_ORIGINS adds
// the origins of a developer's own pages beside it.
const allowedOrigins = [
  `http://localhost:${portalPort}`,
  ...(process.env.VITABLE_ALLOWED_ORIGINS ?? '').split(','),
]
const env = {
  ...process.env,
  VITABLE_ALLOWED_ORIGINS: [
    ...new Set(allowedOrigins.map((origin) => origin.trim()).filter(Boolean)),
  ].join(','),
}

const sandbox = await startProcess('demo/sandbox/main.ts', env, [
  'Sandbox API:',
  'Sandbox widget:',
  'Sandbox API key (dev only):',
])
const api = sandbox.lines.get('Sandbox API:') as string
const widget = sandbox.lines.get('Sandbox widget:') as string

console.log(`Sandbox API: ${api}`)
console.log(`Sandbox widget: ${widget}`)
console.log(
  `Sandbox API key (dev only): ${sandbox.lines.get('Sandbox API key (dev only):')}`,
)

const portal = await startProcess(
  'demo/portal/main.ts',
  {
    ...env,
    VITABLE_DEMO_PORTAL_PORT: portalPort,
    VITABLE_CONNECT_BASE_URL: process.env.VITABLE_CONNECT_BASE_URL ?? api,
    VITABLE_DEMO_WIDGET_URL: widget,
  },
  ['Portal:'],
)

console.log(`Portal: ${portal.lines.get('Portal:')}`)
console.log('Open the portal URL in a browser. Ctrl+C stops everything.')

const stop = () => {
  portal.child.kill('SIGTERM')
  sandbox.child.kill('SIGTERM')
}

process.on('SIGINT', stop)
process.on('SIGTERM', stop)
for (const child of [portal.child, sandbox.child]) {
  child.on('exit', () => {
    stop()
    process.exitCode = process.exitCode ?? 0
  })
}
