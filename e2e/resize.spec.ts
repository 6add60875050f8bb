import { expect, type Frame, test } from '@playwright/test'
import {
  findWidgetFrame,
  fixtureUrl,
  readFrameHeight,
  waitForEvent,
  widgetFrame,
} from './fixturePage.js'

const SPACER = 400

// The frame's content height, the figure the host should follow.
function readContentHeight(frame: Frame): Promise<number> {
  return frame.evaluate(() => {
    const root = document.getElementById('app')

    return Math.ceil(root?.getBoundingClientRect().height ?? 0)
  })
}

function addSpacer(frame: Frame, height: number): Promise<void> {
  return frame.evaluate((height) => {
    const spacer = document.createElement('div')

    spacer.id = 'e2e-spacer'
    spacer.style.height = `${height}px`
    document.getElementById('app')?.append(spacer)
  }, height)
}

function removeSpacer(frame: Frame): Promise<void> {
  return frame.evaluate(() => document.getElementById('e2e-spacer')?.remove())
}

test('the iframe follows its content as it grows and shrinks', async ({
  page,
}) => {
  await page.goto(fixtureUrl('resize.html'))
  await waitForEvent(page, 'ready')
  const frame = await findWidgetFrame(page)
  const settled = await readContentHeight(frame)
  await expect.poll(() => readFrameHeight(page)).toBe(settled)

  await addSpacer(frame, SPACER)
  await expect.poll(() => readFrameHeight(page)).toBe(settled + SPACER)
  await removeSpacer(frame)

  await expect.poll(() => readFrameHeight(page)).toBe(settled)
  expect(settled).toBeGreaterThan(150)
})

test('minHeight and maxHeight bound the iframe', async ({ page }) => {
  await page.goto(fixtureUrl('resize-bounds.html'))
  await waitForEvent(page, 'ready', 'tall')
  await waitForEvent(page, 'ready', 'short')

  const short = await findWidgetFrame(page, 'short')

  await expect.poll(() => readFrameHeight(page, 'tall')).toBe(1200)
  await expect.poll(() => readFrameHeight(page, 'short')).toBe(200)
  expect(await readContentHeight(short)).toBeGreaterThan(200)
})

test('a widget mounted in a hidden container sizes itself once shown', async ({
  page,
}) => {
  await page.goto(fixtureUrl('hidden.html'))
  await waitForEvent(page, 'ready', 'visible')
  await expect.poll(() => readFrameHeight(page, 'visible')).toBeGreaterThan(150)
  const expected = await readFrameHeight(page, 'visible')

  await page.locator('[data-widget="hidden"]').evaluate((element) => {
    element.removeAttribute('hidden')
  })

  await waitForEvent(page, 'ready', 'hidden')
  await expect.poll(() => readFrameHeight(page, 'hidden')).toBe(expected)
})

test('a frame that reloads itself announces again and gets a token', async ({
  page,
}) => {
  await page.goto(fixtureUrl('reload.html'))
  await waitForEvent(page, 'ready')
  const before = await findWidgetFrame(page)
  const fetches = await page.evaluate(
    () => window.fixture?.widgets.main?.tokenReasons.length ?? 0,
  )

  await Promise.all([
    page.waitForEvent('framenavigated', (frame) => frame === before),
    before.evaluate(() => setTimeout(() => location.reload(), 0)),
  ])

  await expect(
    widgetFrame(page).getByTestId('enrollment').first(),
  ).toBeVisible()
  await widgetFrame(page).getByTestId('refresh').click()
  await expect(
    widgetFrame(page).getByTestId('enrollment').first(),
  ).toBeVisible()
  expect(
    await page.evaluate(() => window.fixture?.widgets.main?.dashboard.state),
  ).toBe('ready')
  // The session's token was still fresh: the reloaded frame got it without
  // another fetchToken call.
  expect(
    await page.evaluate(
      () => window.fixture?.widgets.main?.tokenReasons.length ?? 0,
    ),
  ).toBe(fetches)
})
