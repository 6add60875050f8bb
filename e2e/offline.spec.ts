import { expect, type Page, test } from '@playwright/test'
import { countResources, readResourceCounts } from './countResources.js'
import {
  fixtureUrl,
  readEvents,
  waitForEvent,
  widgetFrame,
} from './fixturePage.js'
import { API_ORIGIN } from './origins.js'

const FALLBACK = /could not load/

function readState(page: Page) {
  return page.evaluate(() => window.fixture?.widgets.main?.dashboard.state)
}

async function readErrors(page: Page) {
  const events = await readEvents(page)

  return events.filter((event) => event.name === 'error')
}

function mountMain(page: Page) {
  return page.evaluate(() => {
    const element = document.querySelector('[data-widget="main"]')

    if (element) window.fixture?.mount(element, 'main')
  })
}

async function waitForLoadTimeout(page: Page) {
  await expect
    .poll(async () => (await readErrors(page)).map((event) => event.code), {
      timeout: 20_000,
    })
    .toContain('frame_load_timeout')
}

test('a read that failed offline loads again by itself once back online', async ({
  page,
  context,
}) => {
  await page.goto(fixtureUrl('data-recovery.html'))
  await waitForEvent(page, 'ready')
  const frame = widgetFrame(page)

  await context.setOffline(true)
  await frame.getByTestId('refresh').click()
  await expect(frame.getByTestId('error')).toContainText(
    'We could not load your benefits.',
  )
  const buttons = await frame.getByRole('button').allTextContents()
  await context.setOffline(false)

  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  expect(buttons).toEqual(['Try again'])
  await expect.poll(() => readState(page)).toBe('ready')
  const names = (await readEvents(page)).map((event) =>
    event.name === 'error' ? event.code : event.name,
  )
  expect(names.filter((name) => name === 'ready')).toHaveLength(2)
  expect(names.indexOf('api_error')).toBeGreaterThan(names.indexOf('ready'))
  expect(names.lastIndexOf('ready')).toBeGreaterThan(
    names.lastIndexOf('api_error'),
  )
})

test('dashboard.retry() reads again in a frame that shows a failed read', async ({
  page,
  context,
}) => {
  await page.goto(fixtureUrl('data-recovery.html'))
  await waitForEvent(page, 'ready')
  const frame = widgetFrame(page)
  const employee = `${API_ORIGIN}/v1/employees/*`
  await context.route(employee, async (route) => {
    const response = await route.fetch()

    await route.fulfill({
      response,
      status: 404,
      json: { error: { code: 'not_found', message: 'No such employee.' } },
    })
  })
  await frame.getByTestId('refresh').click()
  await expect(frame.getByTestId('error')).toContainText('No such employee.')
  await context.unroute(employee)

  await page.evaluate(() => window.fixture?.widgets.main?.dashboard.retry())

  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  await expect.poll(() => readState(page)).toBe('ready')
})

test('a frame that could not load offline loads by itself once back online', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000)
  await page.goto(fixtureUrl('offline-mount.html'))
  await page.waitForFunction(() => window.fixture !== undefined)
  const iframe = page.locator('[data-widget="main"] iframe')

  await context.setOffline(true)
  await mountMain(page)
  await waitForLoadTimeout(page)
  await expect(page.getByRole('alert')).toHaveText(FALLBACK)
  await expect(iframe).toBeHidden()
  const errors = await readErrors(page)
  await context.setOffline(false)

  await expect(
    widgetFrame(page).getByTestId('enrollment').first(),
  ).toBeVisible()
  await expect(iframe).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect.poll(() => readState(page)).toBe('ready')
  const timeout = errors.find((event) => event.code === 'frame_load_timeout')
  expect(timeout?.message).toMatch(/offline/)
  expect(timeout?.message).not.toMatch(/baseUrl|allowlist/)
})

test('unmounting a widget whose frame could not load leaves no listener or timer', async ({
  page,
  context,
}) => {
  test.setTimeout(60_000)
  await countResources(page)
  await page.goto(fixtureUrl('offline-mount.html'))
  await page.waitForFunction(() => window.fixture !== undefined)
  const baseline = await readResourceCounts(page)

  await context.setOffline(true)
  await mountMain(page)
  await waitForLoadTimeout(page)
  const failed = await readResourceCounts(page)
  await page.evaluate(() => window.fixture?.widgets.main?.dashboard.unmount())

  expect(failed.timers).toBeGreaterThan(baseline.timers)
  expect(await readResourceCounts(page)).toEqual({ ...baseline, iframes: 0 })
})
