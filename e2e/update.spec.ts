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
