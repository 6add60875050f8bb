import { expect, type Frame, type Page, test } from '@playwright/test'
import {
  findWidgetFrame,
  fixtureUrl,
  readEvents,
  readFrameHeight,
  readWidgetId,
  recordApiRequests,
  recordMintedTokens,
  waitForEvent,
  widgetFrame,
} from './fixturePage.js'
import {
  API_ORIGIN,
  FIXTURE_ORIGIN,
  HOSTILE_ORIGIN,
  WIDGET_ORIGIN,
} from './origins.js'
import { spyOnMessages } from './spyOnMessages.js'

declare global {
  interface Window {
    thirdParty?: {
      FORGED_TOKEN: string
      heard: Array<{ origin: string; data: unknown }>
      overPorts: unknown[]
      attack(ids: string[], marker: number): number
    }
    __markers?: number[]
    frameImpostor?: (id: string) => void
  }
}

const MARKER = 7
const SPACER = 300

async function findThirdParty(page: Page): Promise<Frame> {
  const iframe = await page.locator('#third-party').elementHandle()
  const frame = await iframe?.contentFrame()

  if (!frame) throw new Error('The third-party frame is missing.')

  await frame.waitForFunction(() => window.thirdParty !== undefined)

  return frame
}

function readMarkers(frame: Page | Frame): Promise<number[]> {
  return frame.evaluate(() => window.__markers ?? [])
}

// Hellos for widget `id` that reached the host page from the widget origin.
function countHellos(page: Page, id: string): Promise<number> {
  return page.evaluate(
    ({ id, origin }) =>
      (window.__seen ?? []).filter(
        (message) =>
          message.origin === origin &&
          message.id === id &&
          message.type === 'frame.hello',
      ).length,
    { id, origin: WIDGET_ORIGIN },
  )
}

// Frames the dashboard page itself, from the widget origin, as widget
// `id`, and waits until the host page has heard its hello.
async function frameImpostor(page: Page, id: string): Promise<Frame> {
  const hellos = await countHellos(page, id)

  await page.evaluate((id) => window.frameImpostor?.(id), id)
  await expect.poll(() => countHellos(page, id)).toBe(hellos + 1)

  const iframe = await page.locator('#impostor').elementHandle()
  const frame = await iframe?.contentFrame()

  if (!frame) throw new Error('The impostor frame is missing.')

  return frame
}

// Grows the frame's content by `height` px; returns its new height.
function growContent(frame: Frame, height: number): Promise<number> {
  return frame.evaluate((height) => {
    const root = document.getElementById('app')
    const spacer = document.createElement('div')

    spacer.style.height = `${height}px`
    root?.append(spacer)

    return Math.ceil(root?.getBoundingClientRect().height ?? 0)
  }, height)
}

// Scheduled refreshes may happen at any time and prove nothing here.
async function readSettledEvents(page: Page) {
  const events = await readEvents(page)

  return events.filter((event) => event.reason !== 'scheduled')
}

test('a third party and an impostor forging our messages change nothing, and the widget still talks both ways', async ({
  page,
  context,
}) => {
  const minted = recordMintedTokens(page)
  const requests = recordApiRequests(context, API_ORIGIN)
  await spyOnMessages(context)
  // Every frame notes the markers the third party posts after its
  // forgeries, so the test knows they have all been handled.
  await context.addInitScript(() => {
    addEventListener('message', (event) => {
      const marker = event.data?.marker

      if (typeof marker !== 'number') return

      window.__markers = [...(window.__markers ?? []), marker]
    })
  })
  await page.goto(fixtureUrl('hostile.html'))
  await waitForEvent(page, 'ready')
  const widget = await findWidgetFrame(page)
  const thirdParty = await findThirdParty(page)
  const id = readWidgetId(widget.url()) ?? ''
  const heightBefore = await readFrameHeight(page)
  const eventsBefore = await readSettledEvents(page)
  const requestsBefore = requests.length

  const targets = await thirdParty.evaluate(
    ({ id, marker }) => window.thirdParty?.attack([id, 'guessed'], marker),
    { id, marker: MARKER },
  )
  await expect.poll(() => readMarkers(page)).toContain(MARKER)
  await expect.poll(() => readMarkers(widget)).toContain(MARKER)
  const heightAfter = await readFrameHeight(page)
  const eventsAfter = await readSettledEvents(page)
  await widgetFrame(page).getByTestId('refresh').click()
  await expect
    .poll(() => requests.length)
    .toBeGreaterThanOrEqual(requestsBefore + 3)

  expect(targets).toBe(2)
  expect(heightAfter).toBe(heightBefore)
  expect(eventsAfter).toEqual(eventsBefore)
  const reasons = await page.evaluate(
    () => window.fixture?.widgets.main?.tokenReasons,
  )
  expect(reasons?.filter((reason) => reason !== 'scheduled')).toEqual([
    'initial',
  ])
  expect(await widget.evaluate(() => document.documentElement.lang)).toBe('en')
  await expect(widgetFrame(page).getByTestId('employee-name')).toBeVisible()
  const forged = await widget.evaluate(() =>
    (window.__seen ?? []).filter((message) => message.isOurs),
  )
  expect(
    forged.filter((message) => message.origin === HOSTILE_ORIGIN).length,
  ).toBeGreaterThan(0)
  expect(forged.filter((message) => message.origin === FIXTURE_ORIGIN)).toEqual(
    [expect.objectContaining({ type: 'host.connect', id, portCount: 1 })],
  )
  const heard = await thirdParty.evaluate(() => ({
    ours: (window.thirdParty?.heard ?? []).filter(
      (message) => JSON.stringify(message.data)?.includes('vitable') ?? true,
    ),
    overPorts: window.thirdParty?.overPorts ?? [],
  }))
  expect(heard).toEqual({ ours: [], overPorts: [] })
  const forgedToken = await thirdParty.evaluate(
    () => window.thirdParty?.FORGED_TOKEN,
  )
  const bearers = requests.map((request) => request.bearer)
  expect(bearers.length).toBeGreaterThan(requestsBefore)
  expect(bearers).not.toContain(forgedToken)
  for (const request of requests) {
    expect(minted.has(request.bearer ?? '')).toBe(true)
    expect(request.status).toBe(200)
  }

  // A valid hello for our id from the widget origin, but not our iframe.
  const impostor = await frameImpostor(page, id)

  // The real widget's channel still works both ways, and the impostor
  // never got a word.
  await page.evaluate(() =>
    window.fixture?.widgets.main?.dashboard.update({ locale: 'es' }),
  )
  await expect(widgetFrame(page).locator('html[lang="es"]')).toHaveCount(1)
  await expect(widgetFrame(page).getByTestId('refresh')).toHaveText(
    'Actualizar',
  )
  const grown = await growContent(widget, SPACER)
  await expect.poll(() => readFrameHeight(page)).toBe(grown)
  const toImpostor = await impostor.evaluate(() =>
    (window.__seen ?? []).filter((message) => message.isOurs),
  )
  expect(toImpostor).toEqual([])
})
