import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { REPO_ROOT } from './paths.js'
import { SEED } from './seedIds.js'

const KEY = 'vit_apk_sandbox_0000000000000000000000000000'
const TIMEOUT_MS = 30_000

interface Run {
  child: ChildProcess
  stdout: string
  stderr: string
  exited: Promise<number | null>
}

const running: ChildProcess[] = []
const folders: string[] = []

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function start(env: Record<string, string>, args: string[] = []): Run {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'demo/sandbox/main.ts', ...args],
    { cwd: REPO_ROOT, env: { ...process.env, ...env } },
  )
  const run: Run = {
    child,
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.on('exit', resolve)),
  }

  child.stdout?.on('data', (chunk) => {
    run.stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    run.stderr += chunk
  })
  running.push(child)

  return run
}

async function ready(run: Run): Promise<void> {
  while (!run.stdout.includes('Sandbox API key')) {
    const exited = await Promise.race([
      run.exited.then(() => true),
      new Promise((resolve) => setTimeout(resolve, 50, false)),
    ])

    if (exited) throw new Error(`sandbox exited: ${run.stderr}`)
  }
}

async function sandboxEnv() {
  const folder = mkdtempSync(join(tmpdir(), 'vitable-main-'))
  folders.push(folder)

  return {
    VITABLE_SANDBOX_API_PORT: String(await freePort()),
    VITABLE_SANDBOX_WIDGET_PORT: String(await freePort()),
    VITABLE_SANDBOX_DB: join(folder, 'sandbox.db'),
    VITABLE_SANDBOX_QUIET: '1',
  }
}

function api(env: Record<string, string>, path: string, init?: RequestInit) {
  const url = `http://127.0.0.1:${env.VITABLE_SANDBOX_API_PORT}${path}`
  const headers = {
    Authorization: `Bearer ${KEY}`,
    'Content-Type': 'application/json',
  }

  return fetch(url, { ...init, headers })
}

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL')
  for (const folder of folders.splice(0)) {
    rmSync(folder, { recursive: true, force: true })
  }
})

describe('main.ts', () => {
  it(
    'prints its URLs and dev key, then exits 0 on SIGTERM',
    async () => {
      const env = await sandboxEnv()
      const run = start(env)

      await ready(run)
      run.child.kill('SIGTERM')

      const apiPort = env.VITABLE_SANDBOX_API_PORT
      const widgetPort = env.VITABLE_SANDBOX_WIDGET_PORT
      expect(run.stdout).toBe(
        `Sandbox API: http://127.0.0.1:${apiPort}\n` +
          `Sandbox widget: http://127.0.0.1:${widgetPort}\n` +
          `Sandbox API key (dev only): ${KEY}\n`,
      )
      expect(await run.exited).toBe(0)
    },
    TIMEOUT_MS,
  )

  it(
    'keeps an election across a restart, and --reset re-seeds',
    async () => {
      const env = await sandboxEnv()
      const path = `/v1/employees/${SEED.employees.maria}/enrollments/elect`
      const read = `/v1/enrollments/${SEED.enrollments.mariaMedical}`
      const election = {
        elections: [
          { enrollment_id: SEED.enrollments.mariaMedical, decision: 'Waived' },
        ],
        signature: { full_name: 'María José Peña', consent: true },
      }

      const first = start(env)
      await ready(first)
      await api(env, path, { method: 'POST', body: JSON.stringify(election) })
      first.child.kill('SIGINT')
      await first.exited
      const second = start(env)
      await ready(second)
      const kept = await (await api(env, read)).json()
      second.child.kill('SIGTERM')
      await second.exited
      const third = start(env, ['--reset'])
      await ready(third)
      const reset = await (await api(env, read)).json()
      third.child.kill('SIGTERM')

      expect(kept).toMatchObject({ data: { status: 'waived' } })
      expect(reset).toMatchObject({ data: { status: 'pending' } })
      expect(await third.exited).toBe(0)
    },
    TIMEOUT_MS,
  )

  it.each([
    ['VITABLE_SANDBOX_API_PORT', 'eighty', 'VITABLE_SANDBOX_API_PORT'],
    ['VITABLE_API_KEY', 'sk_live_123', 'VITABLE_API_KEY'],
    ['VITABLE_TOKEN_TTL', '0', 'VITABLE_TOKEN_TTL'],
    ['VITABLE_ALLOWED_ORIGINS', 'localhost:5173', 'VITABLE_ALLOWED_ORIGINS'],
  ])(
    'exits 1 with one line when %s is %s',
    async (name, value, fragment) => {
      const run = start({ ...(await sandboxEnv()), [name]: value })

      expect(await run.exited).toBe(1)
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringContaining(fragment),
      ])
    },
    TIMEOUT_MS,
  )
})
