import { expect, type Page, test } from '@playwright/test'
import { countResources, readResourceCounts } from './countResources.js'
import { fixtureUrl, readEventNames, waitForEvent } from './fixturePage.js'

const CYCLES = 200

function mountInSlot(page: Page, name: string) {
  return page.evaluate((name) => {
    const slot = document.getElementById('slot')

    if (slot) window.fixture?.mount(slot, name)
  }, name)
}

function readState(page: Page, name: string) {
  return page.evaluate(
    (name) => window.fixture?.widgets[name]?.dashboard.state,
    name,
  )
}

function unmount(page: Page, name: string) {
  return page.evaluate(
    (name) => window.fixture?.widgets[name]?.dashboard.unmount(),
    name,
  )
}

test(`mounting and unmounting ${CYCLES} times leaves no iframe, listener, timer or port`, async ({
  page,
}) => {
  test.setTimeout(240_000)
  await countResources(page)
  await page.goto(fixtureUrl('lifecycle.html'))
  await page.waitForFunction(() => window.runCycles !== undefined)
  const baseline = await readResourceCounts(page)
  await mountInSlot(page, 'probe')
  await waitForEvent(page, 'ready', 'probe')
  const mounted = await readResourceCounts(page)
  await unmount(page, 'probe')

  await page.evaluate((count) => window.runCycles?.(count), CYCLES)

  expect(mounted.iframes).toBe(1)
  expect(mounted.listeners).toBeGreaterThan(baseline.listeners)
  expect(mounted.timers).toBeGreaterThan(baseline.timers)
  expect(mounted.ports).toBe(baseline.ports + 1)
  expect(await readResourceCounts(page)).toEqual({ ...baseline, iframes: 0 })
})

test('a widget goes loading, ready, unmounted, and unmounts once', async ({
  page,
}) => {
  await page.goto(fixtureUrl('lifecycle.html'))
  await page.waitForFunction(() => window.fixture !== undefined)

  await mountInSlot(page, 'one')
  const first = await readState(page, 'one')
  await waitForEvent(page, 'ready', 'one')
  const second = await readState(page, 'one')
  await unmount(page, 'one')
  await unmount(page, 'one')

  expect([first, second, await readState(page, 'one')]).toEqual([
    'loading',
    'ready',
    'unmounted',
  ])
  await expect(page.locator('iframe')).toHaveCount(0)
})

test('mounting into an element that holds a widget replaces it', async ({
  page,
}) => {
  await page.goto(fixtureUrl('lifecycle.html'))
  await page.waitForFunction(() => window.fixture !== undefined)

  await mountInSlot(page, 'first')
  await waitForEvent(page, 'ready', 'first')
  await mountInSlot(page, 'second')
  await waitForEvent(page, 'ready', 'second')

  await expect(page.locator('iframe')).toHaveCount(1)
  expect(await readState(page, 'first')).toBe('unmounted')
  expect(await readEventNames(page, 'second')).not.toContain('error')
  await expect(
    page.frameLocator('#slot iframe').getByTestId('employee-name'),
  ).toBeVisible()
})

test('importing the ESM entry does nothing to the page', async ({ page }) => {
  await countResources(page)

  await page.goto(fixtureUrl('esm-import.html'))
  await page.waitForFunction(() => window.esmExports !== undefined)

  expect(await page.evaluate(() => window.esmExports)).toEqual(
    expect.arrayContaining(['init', 'isVitableError', 'mount', 'version']),
  )
  expect(await page.evaluate(() => 'Vitable' in window)).toBe(false)
  expect(await readResourceCounts(page)).toEqual({
    listeners: 0,
    timers: 0,
    ports: 0,
    iframes: 0,
  })
})

test('the script bundle, loaded twice, mounts a declared widget once', async ({
  page,
}) => {
  await page.goto(fixtureUrl('declarative.html'))

  await expect(
    page
      .frameLocator('[data-vitable-dashboard] iframe')
      .getByTestId('employee-name'),
  ).toBeVisible()
  await expect(page.locator('iframe')).toHaveCount(1)
  expect(
    await page.evaluate(() => Object.keys(window.Vitable ?? {}).sort()),
  ).toEqual(expect.arrayContaining(['init', 'mount', 'version']))
})
