import { expect, type Frame, type Page, test } from '@playwright/test'
import {
  findWidgetFrame,
  fixtureUrl,
  recordApiRequests,
  waitForEvent,
} from './fixturePage.js'
import { API_ORIGIN, WIDGET_ORIGIN } from './origins.js'
import { spyOnPostMessage } from './spyOnPostMessage.js'

const TOKEN_PREFIX = 'vit_at_'

// Everything a page could keep a token in, as text. Chromium may deny a
// third-party frame its storage altogether; then nothing can be kept there.
function readPlaces(realm: Page | Frame) {
  return realm.evaluate(() => {
    const read = (place: () => string) => {
      try {
        return place()
      } catch (error) {
        return `(denied: ${(error as Error).name})`
      }
    }
    const dump = (storage: () => Storage) => () =>
      Object.entries(storage())
        .map(([key, value]) => `${key}=${value}`)
        .join('\n')

    return {
      html: document.documentElement.outerHTML,
      name: window.name,
      url: location.href,
      cookie: read(() => document.cookie),
      localStorage: read(dump(() => localStorage)),
      sessionStorage: read(dump(() => sessionStorage)),
      resources: performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .join('\n'),
    }
  })
}

test('no postMessage call that carries a token targets "*" or another origin', async ({
  page,
}) => {
  await spyOnPostMessage(page)

  await page.goto(fixtureUrl('no-leaks.html'))
  await waitForEvent(page, 'ready')
  await page.evaluate(() =>
    window.fixture?.widgets.main?.dashboard.update({ locale: 'es' }),
  )
  const posted = await page.evaluate(() => window.__posted ?? [])

  const withToken = posted.filter((message) => message.hasToken)
  const overWindows = posted.filter((message) => message.via === 'window')
  expect(withToken.length).toBeGreaterThan(0)
  expect(overWindows.length).toBeGreaterThan(0)
  for (const message of withToken) {
    expect(message).toMatchObject({ via: 'port', targetOrigin: undefined })
  }
  for (const message of overWindows) {
    expect(message).toMatchObject({
      targetOrigin: WIDGET_ORIGIN,
      hasToken: false,
      type: 'host.connect',
      portCount: 1,
    })
  }
  expect(posted.map((message) => message.type)).toEqual(
    expect.arrayContaining(['host.connect', 'token.update', 'host.update']),
  )
})

test('no vit_at_ in the iframe, storage, cookies, URLs or console of either origin', async ({
  page,
  context,
}) => {
  const lines: string[] = []
  const requests = recordApiRequests(context, API_ORIGIN)
  const urls: string[] = []
  page.on('console', (message) => lines.push(message.text()))
  context.on('request', (request) => urls.push(request.url()))

  await page.goto(fixtureUrl('no-leaks.html'))
  await waitForEvent(page, 'ready')
  const widget = await findWidgetFrame(page)
  const iframe = await page
    .locator('[data-widget="main"] iframe')
    .evaluate((element) => ({
      name: (element as HTMLIFrameElement).name,
      attributes: element
        .getAttributeNames()
        .map((name) => `${name}=${element.getAttribute(name)}`),
    }))
  const host = await readPlaces(page)
  const frame = await readPlaces(widget)

  expect(
    requests.some((request) => request.bearer?.startsWith(TOKEN_PREFIX)),
  ).toBe(true)
  expect(lines.some((line) => line.startsWith('[vitable]'))).toBe(true)
  expect(iframe.name).toBe('')
  expect(iframe.attributes.join('\n')).not.toContain(TOKEN_PREFIX)
  for (const [place, text] of Object.entries({ ...host })) {
    expect(text, `host ${place}`).not.toContain(TOKEN_PREFIX)
  }
  for (const [place, text] of Object.entries({ ...frame })) {
    expect(text, `frame ${place}`).not.toContain(TOKEN_PREFIX)
  }
  expect(urls.join('\n')).not.toContain(TOKEN_PREFIX)
  expect(lines.join('\n')).not.toContain(TOKEN_PREFIX)
})
