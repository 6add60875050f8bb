import { once } from 'node:events'
import { connect } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import type { TestSandbox } from './testSandbox.js'

/** How the abandoned body is framed on the wire. */
export type Framing = 'content-length' | 'chunked'

type Server = ReturnType<typeof createAdaptorServer>

const PART = '{"event_type":'

const WAIT_MS = 2000

// Promises 100 bytes (or more chunks) and sends only the first few.
function requestText(path: string, apiKey: string, framing: Framing) {
  const head = [
    `POST ${path} HTTP/1.1`,
    'Host: 127.0.0.1',
    `Authorization: Bearer ${apiKey}`,
    'Content-Type: application/json',
    framing === 'chunked'
      ? 'Transfer-Encoding: chunked'
      : 'Content-Length: 100',
  ]
  const body =
    framing === 'chunked' ? `${PART.length.toString(16)}\r\n${PART}\r\n` : PART

  return `${head.join('\r\n')}\r\n\r\n${body}`
}

async function listen(sandbox: TestSandbox): Promise<Server> {
  const server = createAdaptorServer({ fetch: sandbox.app.fetch })

  server.listen(0, '127.0.0.1')
  await once(server, 'listening')

  return server
}

function portOf(server: Server): number {
  const address = server.address()

  return typeof address === 'object' && address ? address.port : 0
}

async function logged(sandbox: TestSandbox): Promise<void> {
  const deadline = Date.now() + WAIT_MS

  while (!sandbox.logs.some((line) => line.includes('"status"'))) {
    if (Date.now() > deadline) throw new Error('The request was not logged.')

    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * Serves `sandbox` on a free loopback port, POSTs to `path` with the API
 * key, sends only part of the body the headers promise, hangs up, and
 * resolves once the sandbox has logged the request. The client is gone by
 * then, so the log is all there is to read.
 */
export async function abandonRequest(
  sandbox: TestSandbox,
  path: string,
  framing: Framing,
): Promise<void> {
  const server = await listen(sandbox)

  try {
    const socket = connect(portOf(server), '127.0.0.1')
    const text = requestText(path, sandbox.config.apiKey, framing)

    await once(socket, 'connect')
    await new Promise((resolve) => socket.write(text, resolve))
    socket.destroy()
    await logged(sandbox)
  } finally {
    if ('closeAllConnections' in server) server.closeAllConnections()
    server.close()
  }
}
