import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { PORTAL_ORIGIN } from './origins.js'

const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

const cases: [string, { width: number; height: number }, 'en' | 'es'][] = [
  ['on a desktop in English', { width: 1280, height: 900 }, 'en'],
  ['on a phone in Spanish', { width: 390, height: 844 }, 'es'],
]

for (const [name, viewport, language] of cases) {
  test(`the dashboard has no WCAG AA violations ${name}`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await page.goto(PORTAL_ORIGIN)
    await page.locator('#language').selectOption(language)
    const frame = page.frameLocator('#vitable-dashboard iframe')
    await expect(frame.locator('html')).toHaveAttribute('lang', language)
    await expect(frame.getByTestId('enrollment').first()).toBeVisible()

    const results = await new AxeBuilder({ page })
      .include('#vitable-dashboard')
      .withTags(WCAG_AA)
      .analyze()

    const violations = results.violations.map((violation) => ({
      id: violation.id,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
    // Targets inside the frame are a chain: the iframe, then the node.
    const checkedInFrame = results.passes.flatMap((rule) =>
      rule.nodes.filter((node) => node.target.length > 1),
    )
    expect(checkedInFrame.length).toBeGreaterThan(10)
    expect(violations).toEqual([])
  })
}

test('the keyboard reaches Refresh in the frame and presses it', async ({
  page,
}) => {
  await page.goto(PORTAL_ORIGIN)
  const frame = page.frameLocator('#vitable-dashboard iframe')
  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  let reads = 0
  page.on('request', (request) => {
    if (request.url().includes('/v1/employees/')) reads += 1
  })

  await page.locator('#language').focus()
  for (let step = 0; step < 10; step += 1) {
    const isOnRefresh = await frame
      .getByTestId('refresh')
      .evaluate((button) => button === document.activeElement)
    if (isOnRefresh) break
    await page.keyboard.press('Tab')
  }
  await expect(frame.getByTestId('refresh')).toBeFocused()
  await page.keyboard.press('Enter')

  await expect.poll(() => reads).toBeGreaterThan(0)
  await expect(frame.getByTestId('enrollment').first()).toBeVisible()
  await expect(frame.getByTestId('refresh')).toBeFocused()
})
