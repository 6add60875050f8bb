import { expect, test } from '@playwright/test'
import { fixtureUrl } from './fixturePage.js'
import { PORTAL_ORIGIN } from './origins.js'

// Well inside the SDK's 15 s load timeout: the frame knows at once.
const AT_ONCE = 3_000

test('a frame whose fragment names another allowed page says at once it is not allowed', async ({
  page,
}) => {
  const query = new URLSearchParams({ host: PORTAL_ORIGIN })

  await page.goto(`${fixtureUrl('misnamed-host.html')}?${query}`)

  await expect(
    page.frameLocator('#dashboard').getByTestId('not-allowed'),
  ).toHaveText(/not allowed to embed the dashboard/, { timeout: AT_ONCE })
})
