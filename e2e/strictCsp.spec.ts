import { type BrowserContext, expect, type Page, test } from '@playwright/test'
import {
  fixtureUrl,
  readEvents,
  waitForEvent,
  widgetFrame,
} from './fixturePage.js'
import { WIDGET_ORIGIN } from './origins.js'

interface Violation {
  directive: string
  blocked: string
}

declare global {
  interface Window {
    __violations?: Violation[]
  }
}

// Every frame, host and widget, notes each violation its policy reports.
async function recordViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const violations: Violation[] = []

    window.__violations = violations
    document.addEventListener(
      'securitypolicyviolation',
      (event) =>
        violations.push({
          directive: event.effectiveDirective,
          blocked: event.blockedURI,
        }),
      true,
    )
  })
}

async function readViolations(page: Page): Promise<Violation[]> {
  const lists = await Promise.all(
    page.frames().map((frame) => frame.evaluate(() => window.__violations)),
  )

  return lists.flatMap((list) => list ?? [])
}

test('a host page with a strict CSP mounts the widget with no violation', async ({
  page,
  context,
}) => {
  await recordViolations(context)

  const response = await page.goto(fixtureUrl('strict-csp.html'))
  await waitForEvent(page, 'ready')
  await expect(
    widgetFrame(page).getByTestId('enrollment').first(),
  ).toBeVisible()

  const policy = (await response?.headerValue('content-security-policy')) ?? ''
  expect(policy).toContain("script-src 'self'")
  expect(policy).toContain("style-src 'self'")
  expect(policy).not.toContain('unsafe-')
  expect(page.frames().map((frame) => new URL(frame.url()).origin)).toContain(
    WIDGET_ORIGIN,
  )
  expect(await readViolations(page)).toEqual([])
})

test('a CSP that blocks the widget is reported at once, not after the load timeout', async ({
  page,
  context,
}) => {
  await recordViolations(context)

  await page.goto(fixtureUrl('csp-blocked.html'))
  await waitForEvent(page, 'error')

  const [error] = (await readEvents(page)).filter(
    (event) => event.name === 'error',
  )
  expect(error).toMatchObject({ code: 'frame_load_timeout', state: 'error' })
  expect(error?.message).toContain('Content-Security-Policy (frame-src)')
  expect(error?.message).toContain(WIDGET_ORIGIN)
  await expect(page.getByRole('alert')).toHaveText(/could not load/)
  expect(await readViolations(page)).toContainEqual({
    directive: 'frame-src',
    blocked: expect.stringContaining(WIDGET_ORIGIN),
  })
})
