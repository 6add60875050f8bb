import { expect, type Page, test } from '@playwright/test'
import {
  type ApiRequest,
  findWidgetFrame,
  fixtureUrl,
  readEmployeeName,
  readEventNames,
  readWidgetId,
  recordApiRequests,
  recordMintedTokens,
  waitForEvent,
  widgetFrame,
} from './fixturePage.js'
import { API_ORIGIN } from './origins.js'
import { spyOnMessages } from './spyOnMessages.js'

const WIDGETS = ['maria', 'liam'] as const

function readEmployeeId(page: Page, name: string) {
  return page.evaluate(
    (name) => window.fixture?.widgets[name]?.employeeId ?? '',
    name,
  )
}

function readState(page: Page, name: string) {
  return page.evaluate(
    (name) => window.fixture?.widgets[name]?.dashboard.state,
    name,
  )
}

// Each request carries a token minted for the employee of its own widget.
function expectOwnTokens(
  requests: ApiRequest[],
  minted: Map<string, string>,
  employeeOf: Map<string, string>,
) {
  for (const request of requests) {
    const employee = employeeOf.get(request.widgetId ?? '')

    expect(employee).toBeDefined()
    expect(minted.get(request.bearer ?? '')).toBe(employee)
    expect(request.status).toBe(200)
  }
}

test('two widgets for two employees keep to their own tokens, messages and events, and one outlives the other', async ({
  page,
  context,
}) => {
  const minted = recordMintedTokens(page)
  const requests = recordApiRequests(context, API_ORIGIN)
  const employeeOf = new Map<string, string>()
  const widgetIdOf = new Map<string, string>()
  await spyOnMessages(context)

  await page.goto(fixtureUrl('two-widgets.html'))
  for (const name of WIDGETS) await waitForEvent(page, 'ready', name)
  for (const name of WIDGETS) {
    const frame = await findWidgetFrame(page, name)
    const employeeId = await readEmployeeId(page, name)
    const id = readWidgetId(frame.url()) ?? ''
    const seen = await frame.evaluate(() =>
      (window.__seen ?? []).filter((message) => message.isOurs),
    )

    employeeOf.set(id, employeeId)
    widgetIdOf.set(name, id)
    await expect(
      widgetFrame(page, name).getByTestId('employee-name'),
    ).toHaveText(await readEmployeeName(employeeId))
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.every((message) => message.id === id)).toBe(true)
    expect(await readEventNames(page, name)).not.toContain('error')
  }
  expect(new Set(employeeOf.values()).size).toBe(2)
  expect(new Set(requests.map((request) => request.widgetId)).size).toBe(2)
  expectOwnTokens(requests, minted, employeeOf)
  const mariaEvents = (await readEventNames(page, 'maria')).length
  const before = requests.length

  await page.evaluate(() => window.fixture?.widgets.maria?.dashboard.unmount())
  await widgetFrame(page, 'liam').getByTestId('refresh').click()
  await expect.poll(() => requests.length).toBeGreaterThanOrEqual(before + 3)
  await expect(
    widgetFrame(page, 'liam').getByTestId('enrollment').first(),
  ).toBeVisible()

  expect(await page.locator('iframe').count()).toBe(1)
  expect(await readState(page, 'maria')).toBe('unmounted')
  expect(await readState(page, 'liam')).toBe('ready')
  expect(await readEventNames(page, 'maria')).toHaveLength(mariaEvents)
  expect(await readEventNames(page, 'liam')).not.toContain('error')
  const after = requests.slice(before)
  for (const request of after) {
    expect(request.widgetId).toBe(widgetIdOf.get('liam'))
  }
  expectOwnTokens(after, minted, employeeOf)
})
