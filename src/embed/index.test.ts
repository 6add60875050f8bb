// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest'

afterEach(() => {
  delete window.Vitable
  document.body.replaceChildren()
  vi.resetModules()
  vi.unstubAllGlobals()
})

describe('the script bundle', () => {
  test('defines window.Vitable with mount, init and version', async () => {
    await import('./index.js')

    expect(typeof window.Vitable?.mount).toBe('function')
    expect(typeof window.Vitable?.init).toBe('function')
    expect(window.Vitable?.version).toBe('0.0.0-test')
  })

  test('mounts each data-vitable-dashboard element once, even loaded twice', async () => {
    document.body.innerHTML =
      '<div data-vitable-dashboard data-token-url="/token" ' +
      'data-base-url="https://widget.vitablehealth.com"></div>'
    const fetch = vi.fn(async () =>
      Response.json({ access_token: 'vit_at_abcdefghijkl', expires_in: 900 }),
    )
    vi.stubGlobal('fetch', fetch)

    await import('./index.js')
    const first = window.Vitable
    vi.resetModules()
    await import('./index.js')

    expect(window.Vitable).toBe(first)
    expect(document.querySelectorAll('iframe')).toHaveLength(1)
    expect(document.querySelector('iframe')?.src).toMatch(
      /^https:\/\/widget\.vitablehealth\.com\/embed\/employee-dashboard#/,
    )
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1))
    expect(fetch).toHaveBeenCalledWith(
      new URL('/token', location.href).href,
      expect.objectContaining({ method: 'POST', credentials: 'same-origin' }),
    )
  })

  test('explains a declarative element without a token route', async () => {
    document.body.innerHTML = '<div data-vitable-dashboard></div>'
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})

    await import('./index.js')

    expect(document.querySelectorAll('iframe')).toHaveLength(0)
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('data-token-url'),
    )
  })

  test('refuses a declared widget server nobody vouched for', async () => {
    document.body.innerHTML =
      '<div data-vitable-dashboard data-token-url="/token" ' +
      'data-base-url="https://evil.example"></div>'
    const fetch = vi.fn()
    vi.stubGlobal('fetch', fetch)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})

    await import('./index.js')
    await new Promise((resolve) => setTimeout(resolve, 20))

    expect(document.querySelectorAll('iframe')).toHaveLength(0)
    expect(fetch).not.toHaveBeenCalled()
    expect(error).toHaveBeenCalledWith(
      expect.stringContaining('data-base-url may name only'),
    )
  })
})
