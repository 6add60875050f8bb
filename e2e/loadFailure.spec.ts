import { expect, test } from '@playwright/test'
import {
  fixtureUrl,
  readEventNames,
  readEvents,
  waitForEvent,
  widgetFrame,
} from './fixturePage.js'
import { FIXTURE_ORIGIN, HOSTILE_ORIGIN, WIDGET_ORIGIN } from './origins.js'

const FALLBACK = /could not load/

const failures: Array<[string, string, RegExp]> = [
  ['a wrong baseUrl', fixtureUrl('wrong-base-url.html'), /`baseUrl`/],
  [
    'a page off the allowlist',
    fixtureUrl('foreign-host.html', HOSTILE_ORIGIN),
    /allowlist/,
  ],
]

for (const [name, url, hint] of failures) {
  test(`${name} yields frame_load_timeout with a hint and the fallback text`, async ({
    page,
  }) => {
    await page.goto(url)
    await waitForEvent(page, 'error')

    const errors = (await readEvents(page)).filter(
      (event) => event.name === 'error',
    )
    expect(errors).toEqual([
      expect.objectContaining({ code: 'frame_load_timeout', state: 'error' }),
    ])
    expect(errors[0]?.message).toMatch(hint)
    await expect(page.getByRole('alert')).toHaveText(FALLBACK)
    await expect(page.locator('[data-widget="main"] iframe')).toHaveCount(1)
  })
}

test('a frame that announces itself after the load timeout still recovers', async ({
  page,
}) => {
  await page.goto(fixtureUrl('late-frame.html'))
  await waitForEvent(page, 'ready')

  const names = await readEventNames(page)
  expect(names.indexOf('error')).toBeGreaterThanOrEqual(0)
  expect(names.indexOf('error')).toBeLessThan(names.indexOf('ready'))
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(
    widgetFrame(page).getByTestId('enrollment').first(),
  ).toBeVisible()
  expect(
    await page.evaluate(() => window.fixture?.widgets.main?.dashboard.state),
  ).toBe('ready')
})

test('the dashboard page refuses to run outside a frame of an allowed page', async ({
  page,
}) => {
  const fragment = new URLSearchParams({ origin: FIXTURE_ORIGIN, id: 'x' })

  await page.goto(`${WIDGET_ORIGIN}/embed/employee-dashboard#${fragment}`)

  await expect(page.getByTestId('not-allowed')).toHaveText(
    /not allowed to embed the dashboard/,
  )
})
