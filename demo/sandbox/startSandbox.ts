import { createAdaptorServer } from '@hono/node-server'
import { createApiApp } from './apiApp.js'
import type { SandboxConfig } from './config.js'
import { deleteDatabase, openDatabase } from './database.js'
import { isSeeded, seed } from './seed.js'
import { createWidgetApp } from './widgetApp.js'

/** A running sandbox: both servers listening on 127.0.0.1. */
export interface RunningSandbox {
  apiUrl: string
  widgetUrl: string
  /** Stops both servers and closes the database; safe to call twice. */
  close(): Promise<void>
}

type Server = ReturnType<typeof createAdaptorServer>

const HOST = '127.0.0.1'

type Fetch = (request: Request) => Response | Promise<Response>

function listen(fetch: Fetch, port: number, name: string): Promise<Server> {
  const server = createAdaptorServer({ fetch, hostname: HOST })

  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const reason =
        error.code === 'EADDRINUSE' ? 'is already in use' : error.message
      reject(new Error(`The ${name} port ${port} ${reason}.`))
    })
    server.listen(port, HOST, () => resolve(server))
  })
}

function stop(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve())

    if ('closeAllConnections' in server) server.closeAllConnections()
  })
}

/**
 * Opens (and on first start seeds; with `reset`, deletes and re-seeds) the
 * database, then serves the API and the widget apps on 127.0.0.1. Rejects
 * with a one-line message when a port is taken.
 */
export async function startSandbox(
  config: SandboxConfig,
  options: { reset?: boolean } = {},
): Promise<RunningSandbox> {
  if (options.reset) deleteDatabase(config.databaseFile)

  const db = openDatabase(config.databaseFile)

  if (!isSeeded(db)) seed(db)

  const servers: Server[] = []
  let closing: Promise<void> | null = null

  async function close(): Promise<void> {
    closing ??= Promise.all(servers.map(stop)).then(() => {
      db.close()
    })

    return closing
  }

  try {
    const api = createApiApp(db, config)
    const widget = createWidgetApp(config)

    servers.push(await listen(api.fetch, config.apiPort, 'API'))
    servers.push(await listen(widget.fetch, config.widgetPort, 'widget'))
  } catch (error) {
    await close()
    throw error
  }

  return { apiUrl: config.apiOrigin, widgetUrl: config.widgetOrigin, close }
}
