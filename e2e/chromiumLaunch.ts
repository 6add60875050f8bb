import { existsSync } from 'node:fs'
import type { LaunchOptions } from '@playwright/test'

// Debian's Chromium where it is installed (CI); Playwright's own elsewhere.
const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * How the e2e suite and the benchmarks start Chromium. The flags keep it
 * from reaching for the network, which these machines do not have.
 */
export function chromiumLaunchOptions(): LaunchOptions {
  return {
    ...(existsSync(DEBIAN_CHROMIUM) ? { executablePath: DEBIAN_CHROMIUM } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  }
}
