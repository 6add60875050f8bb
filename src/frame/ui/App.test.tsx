// @vitest-environment happy-dom
import { render } from 'preact'
import { act } from 'preact/test-utils'
import { afterEach, describe, expect, test, vi } from 'vitest'

import { FrameError } from '../FrameError.js'
import type { Dashboard } from '../loadDashboard.js'
import { dashboard } from '../testing/apiFixtures.js'
import { App } from './App.js'

interface Deferred {
  promise: Promise<Dashboard>
  resolve: (data: Dashboard) => void
  reject: (error: unknown) => void
}

function defer(): Deferred {
  let resolve: Deferred['resolve'] = () => {}
  let reject: Deferred['reject'] = () => {}
  const promise = new Promise<Dashboard>((yes, no) => {
    resolve = yes
    reject = no
  })

  return { promise, resolve, reject }
}

const apiError = new FrameError('api_error', 'Service unavailable', {
  retryable: true,
})
const tokenError = new FrameError('token_fetch_failed', 'Portal down', {
  retryable: true,
  fromHost: true,
})

const networkError = new FrameError('api_error', 'Offline', {
  retryable: true,
})

const container = document.createElement('div')

afterEach(() => {
  render(null, container)
  vi.useRealTimers()
})

// The frame's window and document, as far as recovery listens to them.
function createScope() {
  return {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), {
      visibilityState: 'visible' as DocumentVisibilityState,
    }),
  }
}

// Each call to load() answers with the next deferred, settled by the test.
async function setup(locale = 'en-US') {
  const loads: Deferred[] = []
  const load = vi.fn(() => {
    const deferred = defer()
    loads.push(deferred)
    return deferred.promise
  })
  const onSettled = vi.fn()
  const onRetryConnection = vi.fn()
  const scope = createScope()

  document.body.append(container)
  await act(() => {
    render(
      <App
        locale={locale}
        load={load}
        onSettled={onSettled}
        onRetryConnection={onRetryConnection}
        scope={scope}
      />,
      container,
    )
  })

  async function settle(outcome: Dashboard | Error): Promise<void> {
    const pending = loads.at(-1)

    await act(async () => {
      if (outcome instanceof Error) pending?.reject(outcome)
      else pending?.resolve(outcome)
    })
  }

  async function click(selector: string): Promise<void> {
    await act(() => {
      container.querySelector<HTMLElement>(selector)?.click()
    })
  }

  async function advance(ms: number): Promise<void> {
    await act(() => {
      vi.advanceTimersByTime(ms)
    })
  }

  async function dispatch(target: EventTarget, type: string): Promise<void> {
    await act(() => {
      target.dispatchEvent(new Event(type))
    })
  }

  const text = () => container.textContent ?? ''
  const find = (testId: string) =>
    container.querySelectorAll(`[data-testid="${testId}"]`)
  const buttons = () =>
    [...container.querySelectorAll('button')].map(
      (button) => button.textContent,
    )

  return {
    load,
    onSettled,
    onRetryConnection,
    scope,
    settle,
    click,
    advance,
    dispatch,
    text,
    find,
    buttons,
  }
}

describe('App', () => {
  test('shows a busy loading state until the data arrives', async () => {
    const { text, onSettled } = await setup()

    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe(
      'true',
    )
    expect(text()).toContain('Loading your benefits…')
    expect(onSettled).not.toHaveBeenCalled()
  })

  test('renders the employee and one row per enrollment', async () => {
    const { settle, find, onSettled } = await setup()

    await settle(dashboard)

    const rows = [...find('enrollment')].map((row) => row.textContent)
    expect(find('employee-name')[0]?.textContent).toBe('María José Peña')
    expect(container.querySelector('h1')?.textContent).toBe(
      'Benefits for María José Peña',
    )
    expect(rows).toEqual([
      expect.stringMatching(
        new RegExp(
          'Vitable Primary Care.*Enrolled.*Medical.*' +
            'Jan 1, 2026 – Dec 31, 2026.*\\$42\\.50 / month',
        ),
      ),
      expect.stringMatching(
        /Vitable Dental.*Pending.*Dental.*Not scheduled.*No deduction/,
      ),
    ])
    expect(container.querySelector('main')?.getAttribute('aria-busy')).toBe(
      'false',
    )
    expect(onSettled).toHaveBeenCalledWith(undefined)
  })

  test('reads the data again on Refresh', async () => {
    const { settle, click, find, load } = await setup()
    await settle(dashboard)

    await click('[data-testid="refresh"]')
    await settle({ ...dashboard, enrollments: [] })

    expect(load).toHaveBeenCalledTimes(2)
    expect(find('enrollment')).toHaveLength(0)
    expect(find('empty')[0]?.textContent).toBe(
      'You have no benefits to show yet.',
    )
  })

  test('names the Refresh button "Refresh"', async () => {
    const { find } = await setup()

    const button = find('refresh')[0]

    expect(button?.tagName).toBe('BUTTON')
    expect(button?.textContent).toBe('Refresh')
  })

  test('shows an API error with its message and tries again', async () => {
    const { settle, click, find, text, load, onSettled } = await setup()

    await settle(apiError)
    const errorText = find('error')[0]?.textContent
    await click('[data-testid="error"] button')
    await settle(dashboard)

    expect(errorText).toMatch(/could not load.*Service unavailable.*Try again/)
    expect(onSettled).toHaveBeenCalledWith(apiError)
    expect(load).toHaveBeenCalledTimes(2)
    expect(text()).toContain('María José Peña')
  })

  test('offers Retry when no token could be had', async () => {
    const { settle, click, find, load, onRetryConnection } = await setup()

    await settle(tokenError)
    const errorText = find('error')[0]?.textContent
    await click('[data-testid="error"] button')

    expect(errorText).toMatch(/Unable to connect.*Retry/)
    expect(onRetryConnection).toHaveBeenCalledTimes(1)
    expect(load).toHaveBeenCalledTimes(2)
  })

  test('ignores Refresh while a load is running', async () => {
    const { settle, click, find, load } = await setup()
    await settle(dashboard)
    await click('[data-testid="refresh"]')

    const isBusy = find('refresh')[0]?.getAttribute('aria-disabled')
    await click('[data-testid="refresh"]')

    expect(isBusy).toBe('true')
    expect(load).toHaveBeenCalledTimes(2)
  })

  test('speaks Spanish for an es locale', async () => {
    const { settle, find } = await setup('es-MX')

    await settle(dashboard)

    expect(container.querySelector('h1')?.textContent).toBe(
      'Beneficios de María José Peña',
    )
    expect(find('refresh')[0]?.textContent).toBe('Actualizar')
    expect(find('enrollment')[1]?.textContent).toContain('Sin deducción')
  })

  test('offers one button while an error shows, and Refresh again after', async () => {
    const { settle, click, buttons } = await setup()
    await settle(apiError)

    const failed = buttons()
    await click('[data-testid="error"] button')
    await settle(dashboard)

    expect(failed).toEqual(['Try again'])
    expect(buttons()).toEqual(['Refresh'])
  })

  test('moves the focus Refresh held to the heading when the read fails', async () => {
    const { settle, click, find } = await setup()
    await settle(dashboard)
    const refresh = find('refresh')[0] as HTMLElement
    refresh.focus()

    await click('[data-testid="refresh"]')
    await settle(apiError)

    expect(document.activeElement).toBe(container.querySelector('h1'))
  })
})

describe('App after a transient failure', () => {
  test('reads again by itself after 2 s, keeping the error on screen', async () => {
    vi.useFakeTimers()
    const { settle, advance, load, find, text, onSettled } = await setup()
    await settle(networkError)

    await advance(2_000)
    const panels = find('error').length
    const isBusy = container.querySelector('main')?.getAttribute('aria-busy')
    await settle(dashboard)

    expect(load).toHaveBeenCalledTimes(2)
    expect(panels).toBe(1)
    expect(isBusy).toBe('false')
    expect(text()).toContain('María José Peña')
    expect(onSettled.mock.calls).toEqual([[networkError], [undefined]])
  })

  test('waits 2 s, doubling after each failure to a minute', async () => {
    vi.useFakeTimers()
    vi.spyOn(Math, 'random').mockReturnValue(0)
    const { settle, advance, load } = await setup()
    const outage = new FrameError('api_error', 'Down', {
      retryable: true,
      status: 503,
    })
    const gaps: number[] = []

    for (let failure = 0; failure < 7; failure += 1) {
      const calls = load.mock.calls.length
      let waited = 0

      await settle(outage)
      while (load.mock.calls.length === calls && waited < 120_000) {
        await advance(1_000)
        waited += 1_000
      }
      gaps.push(waited)
    }

    expect(gaps).toEqual([2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000])
  })

  const triggers: Array<[string, 'window' | 'document', string]> = [
    ['the frame comes back online', 'window', 'online'],
    ['the frame comes into view', 'document', 'visibilitychange'],
  ]

  for (const [name, where, type] of triggers) {
    test(`reads again at once when ${name}`, async () => {
      vi.useFakeTimers()
      const { settle, dispatch, scope, load } = await setup()
      await settle(networkError)

      await dispatch(scope[where], type)

      expect(load).toHaveBeenCalledTimes(2)
    })
  }

  const lasting: Array<[string, FrameError]> = [
    [
      'a 404',
      new FrameError('api_error', 'Not found', {
        retryable: false,
        status: 404,
      }),
    ],
    [
      'a 403',
      new FrameError('api_error', 'Forbidden', {
        retryable: false,
        status: 403,
      }),
    ],
    [
      'an unreadable answer',
      new FrameError('api_error', 'Odd body', {
        retryable: false,
        status: 200,
      }),
    ],
    ['a token failure', tokenError],
  ]

  for (const [name, error] of lasting) {
    test(`leaves ${name} on screen until someone acts`, async () => {
      vi.useFakeTimers()
      const { settle, advance, dispatch, scope, load } = await setup()
      await settle(error)

      await advance(10 * 60_000)
      await dispatch(scope.window, 'online')

      expect(load).toHaveBeenCalledTimes(1)
    })
  }

  test('leaves no timer or listener once unmounted', async () => {
    vi.useFakeTimers()
    const { settle, dispatch, scope, load } = await setup()
    await settle(networkError)

    await act(() => {
      render(null, container)
    })
    await dispatch(scope.window, 'online')

    expect(vi.getTimerCount()).toBe(0)
    expect(load).toHaveBeenCalledTimes(1)
  })
})
