import {
  type BrowserContext,
  expect,
  type Frame,
  type FrameLocator,
  type Page,
} from '@playwright/test'
import {
  API_KEY,
  API_ORIGIN,
  FIXTURE_ORIGIN,
  WIDGET_ORIGIN,
} from './origins.js'

/** One event a fixture widget reported, with the state it was in. */
export interface RecordedEvent {
  name: string
  state: string
  code?: string
  message?: string
  height?: number
  reason?: string
}

/** What e2e/fixtures/public/fixture.js keeps per mounted widget. */
export interface WidgetRecord {
  employeeId: string
  events: RecordedEvent[]
  tokenReasons: string[]
  dashboard: {
    state: string
    unmount(): void
    update(update: {
      locale?: string
      appearance?: { variables?: Record<string, unknown> }
    }): void
    retry(): void
  }
}

/** One API request a widget frame made. */
export interface ApiRequest {
  method: string
  url: string
  bearer: string | undefined
  /** The widget id from the requesting frame's URL fragment. */
  widgetId: string | undefined
  status: number
}

declare global {
  interface Window {
    fixture?: {
      widgets: Record<string, WidgetRecord>
      mount(element: Element, name: string): WidgetRecord
    }
    runCycles?: (count: number) => Promise<void>
    esmExports?: string[]
  }
}

/** The URL of a fixture page, on the fixture origin unless told. */
export function fixtureUrl(page: string, origin = FIXTURE_ORIGIN): string {
  return `${origin}/${page}`
}

/** The iframe of the widget recorded as `name`. */
export function widgetFrame(page: Page, name = 'main'): FrameLocator {
  return page.frameLocator(`[data-widget="${name}"] iframe`)
}

/** The widget id the host put in the fragment of the iframe URL. */
export function readWidgetId(url: string): string | undefined {
  const hash = new URL(url).hash.slice(1)

  return new URLSearchParams(hash).get('id') ?? undefined
}

/** The live frame of the widget `name`, once its iframe is attached. */
export async function findWidgetFrame(
  page: Page,
  name = 'main',
): Promise<Frame> {
  const iframe = page.locator(`[data-widget="${name}"] iframe`)
  const frame = await (await iframe.elementHandle())?.contentFrame()

  if (!frame) throw new Error(`The widget ${name} has no frame.`)

  return frame
}

/** The events widget `name` has reported so far. */
export function readEvents(page: Page, name = 'main') {
  return page.evaluate(
    (name) => window.fixture?.widgets[name]?.events ?? [],
    name,
  )
}

/** The names of the events widget `name` has reported so far. */
export async function readEventNames(page: Page, name = 'main') {
  return (await readEvents(page, name)).map((event) => event.name)
}

/** Waits until widget `name` has reported `event`. */
export async function waitForEvent(
  page: Page,
  event: string,
  name = 'main',
): Promise<void> {
  await expect.poll(() => readEventNames(page, name)).toContain(event)
}

/** The rendered height of widget `name`'s iframe, in px. */
export function readFrameHeight(page: Page, name = 'main'): Promise<number> {
  return page
    .locator(`[data-widget="${name}"] iframe`)
    .evaluate((iframe) => iframe.getBoundingClientRect().height)
}

/**
 * Records every token the fixture server's `/token` route hands out,
 * keyed by token, with the employee it is bound to.
 */
export function recordMintedTokens(page: Page): Map<string, string> {
  const tokens = new Map<string, string>()

  page.on('response', async (response) => {
    const url = new URL(response.url())

    if (url.origin !== FIXTURE_ORIGIN || url.pathname !== '/token') return

    const body = await response.json().catch(() => undefined)

    if (typeof body?.access_token !== 'string') return

    tokens.set(body.access_token, url.searchParams.get('employee') ?? '')
  })

  return tokens
}

/** Records every request that reaches `apiOrigin`, with its bearer. */
export function recordApiRequests(
  context: BrowserContext,
  apiOrigin: string,
): ApiRequest[] {
  const requests: ApiRequest[] = []

  context.on('response', async (response) => {
    const request = response.request()

    if (new URL(request.url()).origin !== apiOrigin) return

    const authorization = await request.headerValue('authorization')
    const frameUrl = request.frame().url()

    requests.push({
      method: request.method(),
      url: request.url(),
      bearer: authorization?.replace(/^Bearer /, ''),
      widgetId: frameUrl.startsWith(WIDGET_ORIGIN)
        ? readWidgetId(frameUrl)
        : undefined,
      status: response.status(),
    })
  })

  return requests
}

/** "First Last" of a seeded employee, read from the sandbox with the key. */
export async function readEmployeeName(employeeId: string): Promise<string> {
  const response = await fetch(`${API_ORIGIN}/v1/employees/${employeeId}`, {
    headers: { Authorization: `Bearer ${API_KEY}` },
  })
  const { data } = await response.json()

  return `${data.first_name} ${data.last_name}`
}
