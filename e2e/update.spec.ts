import { expect, type Frame, test } from '@playwright/test'
import {
  findWidgetFrame,
  fixtureUrl,
  recordApiRequests,
  waitForEvent,
  widgetFrame,
} from './fixturePage.js'
import { API_ORIGIN } from './origins.js'

test('update({ locale }) turns the frame Spanish without reloading it', async ({
  page,
  context,
}) => {
  const requests = recordApiRequests(context, API_ORIGIN)
  await page.goto(fixtureUrl('update.html'))
  await waitForEvent(page, 'ready')
  const widget = await findWidgetFrame(page)
  const frame = widgetFrame(page)
  await expect(frame.getByTestId('refresh')).toHaveText('Refresh')
  const navigated: Frame[] = []
  page.on('framenavigated', (item) => navigated.push(item))
  const requestsBefore = requests.length

  await page.evaluate(() =>
    window.fixture?.widgets.main?.dashboard.update({ locale: 'es' }),
  )

  await expect(frame.locator('html[lang="es"]')).toHaveCount(1)
  await expect(frame.getByTestId('refresh')).toHaveText('Actualizar')
  await expect(frame.getByRole('heading', { level: 1 })).toContainText(
    'Beneficios de',
  )
  expect(navigated.filter((item) => item === widget)).toEqual([])
  expect(requests.length).toBe(requestsBefore)
})

test('update({ appearance }) restyles the frame in place and keeps contrast', async ({
  page,
}) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      violations.push(message.text())
    }
  })
  await page.goto(fixtureUrl('update.html'))
  await waitForEvent(page, 'ready')
  const widget = await findWidgetFrame(page)
  const refresh = widgetFrame(page).getByTestId('refresh')
  const navigated: Frame[] = []
  page.on('framenavigated', (item) => navigated.push(item))
  const restyle = (variables: Record<string, unknown>) =>
    page.evaluate(
      (variables) =>
        window.fixture?.widgets.main?.dashboard.update({
          appearance: { variables },
        }),
      variables,
    )

  await restyle({ colorPrimary: '#7a1fa2', borderRadius: 12 })

  await expect(refresh).toHaveCSS('color', 'rgb(122, 31, 162)')
  await expect(refresh).toHaveCSS('border-radius', '12px')

  // Too light to read on white: the dashboard keeps its own blue.
  await restyle({ colorPrimary: '#ffd400' })

  await expect(refresh).toHaveCSS('color', 'rgb(11, 92, 173)')
  await expect(refresh).not.toHaveCSS('border-radius', '12px')
  expect(navigated.filter((item) => item === widget)).toEqual([])
  expect(violations).toEqual([])
})
