import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/chromiumLaunch.js'
import {
  API_KEY,
  API_ORIGIN,
  API_PORT,
  FIXTURE_ORIGIN,
  FIXTURE_PORT,
  HOSTILE_PORT,
  PORTAL_ORIGIN,
  PORTAL_PORT,
  TOKEN_TTL,
  WIDGET_ORIGIN,
  WIDGET_PORT,
} from './e2e/origins.js'

const sandboxEnv = {
  VITABLE_SANDBOX_API_PORT: String(API_PORT),
  VITABLE_SANDBOX_WIDGET_PORT: String(WIDGET_PORT),
  VITABLE_API_KEY: API_KEY,
  VITABLE_TOKEN_TTL: String(TOKEN_TTL),
  VITABLE_SANDBOX_DB: `.data/e2e-sandbox-${API_PORT}.db`,
  // The fixture origin may embed the widget; the hostile origin may not.
  VITABLE_ALLOWED_ORIGINS: `${PORTAL_ORIGIN},${FIXTURE_ORIGIN}`,
  VITABLE_SANDBOX_QUIET: '1',
}

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 90_000,
  reporter: [['list'], ['json', { outputFile: '.reports/playwright.json' }]],
  use: {
    browserName: 'chromium',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: [
    {
      command: 'node --import tsx demo/sandbox/main.ts --reset',
      env: sandboxEnv,
      url: `${WIDGET_ORIGIN}/embed/employee-dashboard`,
      reuseExistingServer: false,
      stdout: 'pipe',
    },
    {
      command: 'node --import tsx demo/portal/main.ts',
      env: {
        VITABLE_DEMO_PORTAL_PORT: String(PORTAL_PORT),
        VITABLE_CONNECT_API_KEY: API_KEY,
        VITABLE_CONNECT_BASE_URL: API_ORIGIN,
        VITABLE_DEMO_WIDGET_URL: WIDGET_ORIGIN,
      },
      url: `${PORTAL_ORIGIN}/portal.css`,
      reuseExistingServer: false,
    },
    {
      command: 'node --import tsx e2e/fixtures/server.ts',
      env: {
        VITABLE_FIXTURE_PORT: String(FIXTURE_PORT),
        VITABLE_HOSTILE_PORT: String(HOSTILE_PORT),
        VITABLE_API_ORIGIN: API_ORIGIN,
        VITABLE_WIDGET_ORIGIN: WIDGET_ORIGIN,
        VITABLE_API_KEY: API_KEY,
      },
      url: `${FIXTURE_ORIGIN}/fixture.css`,
      reuseExistingServer: false,
    },
  ],
})
