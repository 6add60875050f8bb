import { serve } from '@hono/node-server'
import { readConfig } from './config.js'
import { createPortalApp } from './createPortalApp.js'
import { VitableServer } from './VitableServer.js'

const config = readConfig()
const vitable = new VitableServer(config.apiBaseUrl, config.apiKey)
const app = createPortalApp(config, vitable)

const server = serve(
  { fetch: app.fetch, port: config.port, hostname: 'localhost' },
  () => console.log(`Portal: ${config.origin}`),
)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => process.exit(0)))
}
