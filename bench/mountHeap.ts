/**
 * Memory of the mount/unmount cycle: the e2e lifecycle fixture page mounts
 * and unmounts one widget many times in real Chromium, against the sandbox
 * and the fixture server started here on their own ports. The host page's
 * JS heap is read after a forced collection, before and after. Reported,
 * never asserted. A heap snapshot diff over 300 cycles showed no object of
 * the SDK's kept: the residue is the browser's performance timeline and
 * DevTools' own network records, which the measuring itself turns on.
 */

import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from '@playwright/test'
import { startProcess } from '../demo/startProcess.js'
import { chromiumLaunchOptions } from '../e2e/chromiumLaunch.js'

export interface HeapResult {
  cycles: number
  heapBeforeKiB: number
  heapAfterKiB: number
  growthPerCycleBytes: number
  iframesLeft: number
}

const API_PORT = 4920
const WIDGET_PORT = 4921
const FIXTURE_PORT = 4922
const HOSTILE_PORT = 4923
const API_KEY = 'vit_apk_sandbox_bench_000000000000000000000000'

declare global {
  interface Window {
    runCycles?: (count: number) => Promise<void>
  }
}

async function readHeap(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page)

  // Resource timing entries of the page's own fetches are not the SDK's.
  await page.evaluate(() => performance.clearResourceTimings())

  await session.send('HeapProfiler.collectGarbage')
  const { usedSize } = await session.send('Runtime.getHeapUsage')
  await session.detach()

  return usedSize
}

function launch(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions())
}

/** Runs `cycles` mount/unmount cycles and reports the heap around them. */
export async function runMountHeapBench(cycles = 200): Promise<HeapResult> {
  const folder = mkdtempSync(join(tmpdir(), 'vitable-heap-'))
  const apiOrigin = `http://127.0.0.1:${API_PORT}`
  const widgetOrigin = `http://127.0.0.1:${WIDGET_PORT}`
  const fixtureOrigin = `http://localhost:${FIXTURE_PORT}`
  const children: ChildProcess[] = []

  try {
    const sandbox = await startProcess(
      'demo/sandbox/main.ts',
      {
        ...process.env,
        VITABLE_SANDBOX_API_PORT: String(API_PORT),
        VITABLE_SANDBOX_WIDGET_PORT: String(WIDGET_PORT),
        VITABLE_API_KEY: API_KEY,
        VITABLE_SANDBOX_DB: join(folder, 'heap.db'),
        VITABLE_ALLOWED_ORIGINS: fixtureOrigin,
        VITABLE_SANDBOX_QUIET: '1',
      },
      ['Sandbox API:', 'Sandbox widget:', 'Sandbox API key (dev only):'],
    )
    children.push(sandbox.child)
    const fixtures = await startProcess(
      'e2e/fixtures/server.ts',
      {
        ...process.env,
        VITABLE_FIXTURE_PORT: String(FIXTURE_PORT),
        VITABLE_HOSTILE_PORT: String(HOSTILE_PORT),
        VITABLE_API_ORIGIN: apiOrigin,
        VITABLE_WIDGET_ORIGIN: widgetOrigin,
        VITABLE_API_KEY: API_KEY,
      },
      ['Fixtures:', 'Hostile:'],
    )
    children.push(fixtures.child)

    const browser = await launch()

    try {
      const page = await browser.newPage()

      await page.goto(`${fixtureOrigin}/lifecycle.html`)
      await page.waitForFunction(() => window.runCycles !== undefined)
      // Warm-up cycles, so code loading is not counted as growth.
      await page.evaluate(() => window.runCycles?.(3))
      const before = await readHeap(page)
      await page.evaluate((count) => window.runCycles?.(count), cycles)
      const after = await readHeap(page)
      const iframesLeft = await page.locator('iframe').count()

      return {
        cycles,
        heapBeforeKiB: Math.round(before / 1024),
        heapAfterKiB: Math.round(after / 1024),
        growthPerCycleBytes: Math.round((after - before) / cycles),
        iframesLeft,
      }
    } finally {
      await browser.close()
    }
  } finally {
    for (const child of children) {
      child.kill('SIGTERM')
      await new Promise((resolve) => child.once('exit', resolve))
    }
    rmSync(folder, { recursive: true, force: true })
  }
}
