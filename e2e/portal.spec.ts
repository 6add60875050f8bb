import { expect, type Request, test } from '@playwright/test'
import { recordApiRequests } from './fixturePage.js'
import {
  API_KEY,
  API_ORIGIN,
  PORTAL_ORIGIN,
  TOKEN_TTL,
  WIDGET_ORIGIN,
} from './origins.js'
import { type SeenMessage, spyOnMessages } from './spyOnMessages.js'

interface SeenRequest {
  url: string
  authorization: string | undefined
}

function record(requests: SeenRequest[]) {
  return (request: Request) => {
    requests.push({
      url: request.url(),
      authorization: request.headers().authorization,
    })
  }
}

async function readStats(): Promise<{ expired_token_rejections: number }> {
  const response = await fetch(`${API_ORIGIN}/__sandbox/stats`, {
    headers: { Authorization: `Bearer ${API_KEY}` },
  })
  const body = await response.json()

  return body.data
}

test('the portal shows the signed-in employee and their enrollments', async ({
  page,
  context,
}) => {
  const requests: SeenRequest[] = []
  const consoleLines: string[] = []
  context.on('request', record(requests))
  page.on('console', (message) => consoleLines.push(message.text()))
  await spyOnMessages(context)

  await page.goto(PORTAL_ORIGIN)
  const employee =
    (await page.locator('#employee option:checked').textContent()) ?? ''
  const frame = page.frameLocator('#vitable-dashboard iframe')

  expect(employee).toMatch(/\S/)
  await expect(frame.getByTestId('employee-name')).toContainText(employee)
  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  const iframe = page.locator('#vitable-dashboard iframe')
  const src = (await iframe.getAttribute('src')) ?? ''
  const height = (await iframe.boundingBox())?.height ?? 0
  const seen = await Promise.all(
    page.frames().map((item) => item.evaluate(() => window.__seen ?? [])),
  )
  const messages: SeenMessage[] = seen.flat()

  expect(new URL(src).origin).toBe(WIDGET_ORIGIN)
  expect(src).not.toContain('vit_at_')
  expect(height).toBeGreaterThan(200)
  const withToken = messages.filter((message) => message.hasToken)
  expect(withToken.length).toBeGreaterThan(0)
  expect(withToken.every((message) => message.kind === 'port-send')).toBe(true)
  expect(new Set(withToken.map((message) => message.realm))).toEqual(
    new Set([PORTAL_ORIGIN]),
  )
  const portHandovers = messages.filter(
    (message) => message.isOurs && (message.portCount ?? 0) > 0,
  )
  expect(portHandovers.length).toBeGreaterThan(0)
  for (const handover of portHandovers) {
    expect(handover).toMatchObject({
      realm: WIDGET_ORIGIN,
      origin: PORTAL_ORIGIN,
    })
  }
  const bearers = requests.filter((request) =>
    request.authorization?.includes('vit_at_'),
  )
  expect(bearers.length).toBeGreaterThan(0)
  for (const request of bearers) {
    expect(new URL(request.url).origin).toBe(API_ORIGIN)
  }
  expect(requests.some((request) => request.url.includes('vit_at_'))).toBe(
    false,
  )
  expect(consoleLines.some((line) => line.includes('vit_at_'))).toBe(false)
})

test('Refresh reads the data again after the first token has expired', async ({
  page,
}) => {
  const before = await readStats()
  await page.goto(PORTAL_ORIGIN)
  const frame = page.frameLocator('#vitable-dashboard iframe')
  await expect(frame.getByTestId('enrollment').first()).toBeVisible()

  // Outlive the first token; the SDK should have replaced it by then.
  await page.waitForTimeout((TOKEN_TTL + 5) * 1000)
  const reads: string[] = []
  page.on('response', (response) => {
    if (response.url().startsWith(`${API_ORIGIN}/v1/employees/`)) {
      reads.push(`${response.status()}`)
    }
  })
  await frame.getByTestId('refresh').click()

  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  await expect.poll(() => reads.length).toBeGreaterThan(0)
  expect(reads.every((status) => status === '200')).toBe(true)
  const after = await readStats()
  expect(after.expired_token_rejections).toBe(before.expired_token_rejections)
})

test('switching employee mounts a fresh widget that never sees the old token', async ({
  page,
  context,
}) => {
  const requests = recordApiRequests(context, API_ORIGIN)
  await page.goto(PORTAL_ORIGIN)
  const frame = page.frameLocator('#vitable-dashboard iframe')
  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  const before = new Set(requests.map((request) => request.bearer))
  const widgetBefore = requests[0]?.widgetId
  const options = page.locator('#employee option')
  const next = (await options.nth(1).getAttribute('value')) ?? ''
  const name = (await options.nth(1).textContent()) ?? ''

  const logins: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/login')) logins.push(request.method())
  })
  // Choosing a name alone signs no one in: keyboard users step through.
  await page.locator('#employee').selectOption(next)
  await page.locator('#employee').press('ArrowDown')
  await page.locator('#employee').selectOption(next)
  const loginsBeforeSwitch = logins.length
  await page.getByRole('button', { name: 'Switch' }).click()
  await expect(frame.getByTestId('employee-name')).toContainText(name)
  await expect(frame.getByTestId('enrollment').first()).toBeVisible()

  const after = requests.filter((request) => request.widgetId !== widgetBefore)
  expect(before.size).toBeGreaterThan(0)
  expect(after.length).toBeGreaterThan(0)
  expect(after.every((request) => !before.has(request.bearer))).toBe(true)
  expect(after.every((request) => request.status === 200)).toBe(true)
  expect(await page.locator('#vitable-dashboard iframe').count()).toBe(1)
  expect(loginsBeforeSwitch).toBe(0)
  expect(logins).toEqual(['POST'])
  await page.reload()
  await expect(page.locator('#employee')).toHaveValue(next)
})

test('the language picker turns the dashboard Spanish in place', async ({
  page,
}) => {
  const tokenCalls: string[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/vitable-token')) {
      tokenCalls.push(request.url())
    }
  })
  await page.goto(PORTAL_ORIGIN)
  const frame = page.frameLocator('#vitable-dashboard iframe')
  await expect(frame.getByTestId('refresh')).toHaveText('Refresh')
  const navigations: string[] = []
  page.on('framenavigated', (item) => navigations.push(item.url()))
  const callsBefore = tokenCalls.length

  await page.locator('#language').selectOption('es')

  await expect(frame.locator('html')).toHaveAttribute('lang', 'es')
  await expect(frame.getByTestId('refresh')).toHaveText('Actualizar')
  await expect(page.locator('#vitable-dashboard iframe')).toHaveAttribute(
    'title',
    'Panel de beneficios de Vitable',
  )
  expect(navigations).toEqual([])
  expect(tokenCalls.length).toBe(callsBefore)
})
