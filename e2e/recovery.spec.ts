import { expect, test } from '@playwright/test'
import {
  fixtureUrl,
  readEvents,
  waitForEvent,
  widgetFrame,
} from './fixturePage.js'
import { TOKEN_TTL } from './origins.js'

test('a token route that fails past the lifetime shows Unable to connect, then recovers unasked', async ({
  page,
}) => {
  test.setTimeout((TOKEN_TTL + 60) * 1000)
  await page.goto(fixtureUrl('resize.html'))
  await waitForEvent(page, 'ready')
  const frame = widgetFrame(page)
  await page.route('**/token?*', (route) =>
    route.fulfill({ status: 503, body: 'down for maintenance' }),
  )

  await expect(frame.getByText('Unable to connect')).toBeVisible({
    timeout: (TOKEN_TTL + 20) * 1000,
  })
  const down = await readEvents(page)
  await page.unroute('**/token?*')
  await page.evaluate(() => window.dispatchEvent(new Event('online')))

  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  const codes = down
    .filter((event) => event.name === 'error')
    .map((event) => event.code)
  expect(codes).toContain('token_fetch_failed')
  expect(codes).toContain('token_expired')
  expect(down.map((event) => event.name)).toContain('token.expired')
  expect(down.at(-1)?.state).toBe('error')
  await expect
    .poll(() =>
      page.evaluate(() => window.fixture?.widgets.main?.dashboard.state),
    )
    .toBe('ready')
  const readies = (await readEvents(page)).filter(
    (event) => event.name === 'ready',
  )
  expect(readies).toHaveLength(2)
})
