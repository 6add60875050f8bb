/**
 * Load check of the sandbox: token issuance and employee reads from this
 * process against a sandbox running in another, on loopback, for a bounded
 * time. Numbers are reported, never asserted.
 */

import type { ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startProcess } from '../demo/startProcess.js'

/**
 * One load phase: requests made, requests per second, median and 99th
 * percentile latency in milliseconds, and failed requests.
 */
export interface LoadResult {
  name: string
  requests: number
  perSecond: number
  p50Ms: number
  p99Ms: number
  errors: number
}

const API_PORT = 4910
const WIDGET_PORT = 4911
const API_KEY = 'vit_apk_sandbox_bench_000000000000000000000000'
const CONCURRENCY = 8

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(
    sorted.length - 1,
    Math.floor(sorted.length * fraction),
  )

  return Math.round((sorted[index] ?? 0) * 100) / 100
}

/** Whether `child` has already exited, by itself or by a signal. */
function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

/**
 * Stops `child` with SIGTERM and waits for it to exit; resolves at once
 * if it already has (its `exit` event would never come again).
 */
export async function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return

  const exited = once(child, 'exit')

  child.kill('SIGTERM')
  await exited
}

async function hammer(
  name: string,
  seconds: number,
  request: () => Promise<Response>,
): Promise<LoadResult> {
  const latencies: number[] = []
  const deadline = performance.now() + seconds * 1000
  let errors = 0

  const worker = async () => {
    while (performance.now() < deadline) {
      const started = performance.now()
      const response = await request().catch(() => undefined)

      await response?.arrayBuffer()
      latencies.push(performance.now() - started)
      if (!response?.ok) errors += 1
    }
  }

  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  latencies.sort((a, b) => a - b)

  return {
    name,
    requests: latencies.length,
    perSecond: Math.round(latencies.length / seconds),
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
    errors,
  }
}

/** Runs both load phases for `seconds` each and returns their numbers. */
export async function runSandboxLoad(seconds = 10): Promise<LoadResult[]> {
  const folder = mkdtempSync(join(tmpdir(), 'vitable-bench-'))
  const api = `http://127.0.0.1:${API_PORT}`
  const { child } = await startProcess(
    'demo/sandbox/main.ts',
    {
      ...process.env,
      VITABLE_SANDBOX_API_PORT: String(API_PORT),
      VITABLE_SANDBOX_WIDGET_PORT: String(WIDGET_PORT),
      VITABLE_API_KEY: API_KEY,
      VITABLE_SANDBOX_DB: join(folder, 'bench.db'),
      VITABLE_SANDBOX_QUIET: '1',
      // The bench's own lifetime, whatever the caller's shell exports.
      VITABLE_TOKEN_TTL: '900',
    },
    ['Sandbox API:', 'Sandbox widget:', 'Sandbox API key (dev only):'],
  )

  try {
    const employers = await fetch(`${api}/v1/employers`, {
      headers: { Authorization: `Bearer ${API_KEY}` },
    }).then((response) => response.json())
    const employer = employers.data[0].id
    const employees = await fetch(`${api}/v1/employers/${employer}/employees`, {
      headers: { Authorization: `Bearer ${API_KEY}` },
    }).then((response) => response.json())
    const employee = employees.data[0].id
    const mint = () =>
      fetch(`${api}/v1/auth/access-tokens`, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${API_KEY}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          bound_entity: { type: 'employee', id: employee },
        }),
      })
    const token = (await mint().then((response) => response.json()))
      .access_token as string
    const read = () =>
      fetch(`${api}/v1/employees/${employee}`, {
        headers: { Authorization: `Bearer ${token}` },
      })

    return [
      await hammer('token issuance', seconds, mint),
      await hammer('employee read (bound token)', seconds, read),
    ]
  } finally {
    await stopChild(child)
    rmSync(folder, { recursive: true, force: true })
  }
}
