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

const container = document.createElement('div')

afterEach(() => {
  render(null, container)
})

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

  document.body.append(container)
  await act(() => {
    render(
      <App
        locale={locale}
        load={load}
        onSettled={onSettled}
        onRetryConnection={onRetryConnection}
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

  const text = () => container.textContent ?? ''
  const find = (testId: string) =>
    container.querySelectorAll(`[data-testid="${testId}"]`)

  return { load, onSettled, onRetryConnection, settle, click, text, find }
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
})
