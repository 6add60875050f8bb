import { expect, test } from '@playwright/test'
import { API_KEY, API_ORIGIN, PORTAL_ORIGIN, TOKEN_TTL } from './origins.js'

async function countExpiredRejections(): Promise<number> {
  const response = await fetch(`${API_ORIGIN}/__sandbox/stats`, {
    headers: { Authorization: `Bearer ${API_KEY}` },
  })
  const body = await response.json()

  return body.data.expired_token_rejections
}

test('a laptop that slept past the token lifetime recovers on wake-up', async ({
  page,
}) => {
  const before = await countExpiredRejections()
  await page.clock.install()
  await page.goto(PORTAL_ORIGIN)
  const frame = page.frameLocator('#vitable-dashboard iframe')
  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  await page.evaluate(() => {
    ;(window as unknown as { marker: string }).marker = 'same page'
  })

  // Asleep: no timer fires while real time runs past the token's expiry.
  await page.clock.pauseAt(Date.now() + 1000)
  await page.waitForTimeout((TOKEN_TTL + 5) * 1000)
  await page.clock.setSystemTime(Date.now())
  await page.evaluate(() =>
    document.dispatchEvent(new Event('visibilitychange')),
  )
  await page.clock.resume()
  const reads: number[] = []
  page.on('response', (response) => {
    if (response.url().startsWith(`${API_ORIGIN}/v1/employees/`)) {
      reads.push(response.status())
    }
  })

  await expect(page.locator('#status')).toContainText('(resume)')
  await frame.getByTestId('refresh').click()
  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  await expect.poll(() => reads.length).toBeGreaterThan(0)
  expect(reads.every((status) => status === 200)).toBe(true)
  expect(
    await page.evaluate(() => (window as unknown as { marker: string }).marker),
  ).toBe('same page')
  expect(await countExpiredRejections()).toBe(before)
})
