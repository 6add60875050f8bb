// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest'
import { init, mount } from './mount.js'
import { catchError } from './testing/catchError.js'
import { isVitableError, type VitableError } from './VitableError.js'

const BASE_URL = 'https://widget.example'
const fetchToken = () => ({
  access_token: 'vit_at_abcdefghijkl',
  expires_in: 900,
})

afterEach(() => {
  document.body.replaceChildren()
  vi.useRealTimers()
})

describe('mount', () => {
  test('puts one iframe with no secret in its URL into the target', () => {
    document.body.innerHTML = '<div id="slot"></div>'

    const dashboard = mount('#slot', fetchToken, { baseUrl: BASE_URL })

    const iframes = document.querySelectorAll('#slot iframe')
    const iframe = iframes[0] as HTMLIFrameElement
    const url = new URL(iframe.src)
    expect(iframes).toHaveLength(1)
    expect(url.origin + url.pathname).toBe(
      `${BASE_URL}/embed/employee-dashboard`,
    )
    expect(new URLSearchParams(url.hash.slice(1)).get('origin')).toBe(
      window.location.origin,
    )
    expect(url.search).toBe('')
    expect(iframe.getAttribute('sandbox')).toContain('allow-same-origin')
    expect(iframe.getAttribute('referrerpolicy')).toBe('no-referrer')
    expect(iframe.title).toBe('Vitable benefits dashboard')
    expect(dashboard.state).toBe('loading')
    dashboard.unmount()
  })

  test('replaces a widget already mounted in the same element', () => {
    document.body.innerHTML = '<div id="slot"></div>'
    const first = mount('#slot', fetchToken, { baseUrl: BASE_URL })

    const second = mount('#slot', fetchToken, { baseUrl: BASE_URL })

    expect(document.querySelectorAll('iframe')).toHaveLength(1)
    expect(first.state).toBe('unmounted')
    expect(second.state).toBe('loading')
    second.unmount()
  })

  test('unmount removes the iframe and is safe to repeat', () => {
    document.body.innerHTML = '<div id="slot"></div>'
    const dashboard = mount('#slot', fetchToken, { baseUrl: BASE_URL })

    dashboard.unmount()
    dashboard.unmount()

    expect(document.querySelectorAll('iframe')).toHaveLength(0)
    expect(dashboard.state).toBe('unmounted')
  })

  test('titles the iframe in the requested language', () => {
    document.body.innerHTML = '<div id="slot"></div>'

    const dashboard = mount('#slot', fetchToken, {
      baseUrl: BASE_URL,
      locale: 'es-MX',
    })

    expect(document.querySelector('iframe')?.title).toBe(
      'Panel de beneficios de Vitable',
    )
    dashboard.unmount()
  })

  test('shows a fallback and reports frame_load_timeout when the frame never answers', () => {
    vi.useFakeTimers()
    document.body.innerHTML = '<div id="slot"></div>'
    const dashboard = mount('#slot', fetchToken, {
      baseUrl: BASE_URL,
      loadTimeout: 1000,
    })
    const errors: unknown[] = []
    dashboard.on('error', (error) => errors.push(error))

    vi.advanceTimersByTime(1000)

    expect(dashboard.state).toBe('error')
    expect(errors).toEqual([
      expect.objectContaining({ code: 'frame_load_timeout', retryable: true }),
    ])
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(
      /could not load/,
    )
    dashboard.unmount()
    expect(document.querySelector('[role="alert"]')).toBeNull()
  })

  test('says the browser is offline instead of blaming the setup', () => {
    vi.useFakeTimers()
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    document.body.innerHTML = '<div id="slot"></div>'
    const dashboard = mount('#slot', fetchToken, {
      baseUrl: BASE_URL,
      loadTimeout: 1000,
    })
    const errors: VitableError[] = []
    dashboard.on('error', (error) => errors.push(error))

    vi.advanceTimersByTime(1000)

    const timeout = errors.find((error) => error.code === 'frame_load_timeout')
    expect(timeout?.message).toMatch(/browser is offline/)
    expect(timeout?.message).not.toMatch(/baseUrl|CSP|allowlist/)
    dashboard.unmount()
  })

  const invalid: Array<[string, () => unknown]> = [
    ['a selector that matches nothing', () => mount('#missing', fetchToken)],
    ['no target', () => mount(undefined as never, fetchToken)],
    ['no fetchToken', () => mount(document.body, undefined as never)],
    [
      'an http baseUrl off localhost',
      () =>
        mount(document.body, fetchToken, { baseUrl: 'http://widget.example' }),
    ],
    [
      'a baseUrl with a path',
      () => mount(document.body, fetchToken, { baseUrl: `${BASE_URL}/embed` }),
    ],
    [
      'a baseUrl with a query',
      () => mount(document.body, fetchToken, { baseUrl: `${BASE_URL}/?a=1` }),
    ],
    [
      'a relative baseUrl',
      () => mount(document.body, fetchToken, { baseUrl: '/widget' }),
    ],
    [
      'a negative loadTimeout',
      () => mount(document.body, fetchToken, { loadTimeout: -5 }),
    ],
    [
      'maxHeight below minHeight',
      () =>
        mount(document.body, fetchToken, { minHeight: 400, maxHeight: 300 }),
    ],
    ['init without options', () => init(undefined as never)],
    [
      'a locale that is not a language tag',
      () => mount(document.body, fetchToken, { locale: 'constructor' }),
    ],
    [
      'a locale of five megabytes',
      () => mount(document.body, fetchToken, { locale: 'e'.repeat(5e6) }),
    ],
    [
      'an infinite minHeight',
      () =>
        mount(document.body, fetchToken, {
          minHeight: Number.POSITIVE_INFINITY,
        }),
    ],
    [
      'an appearance color that is not #rrggbb',
      () =>
        mount(document.body, fetchToken, {
          appearance: { variables: { colorPrimary: 'teal' } },
        }),
    ],
  ]

  for (const [name, action] of invalid) {
    test(`throws invalid_option for ${name}`, () => {
      const error = catchError(action)

      expect(isVitableError(error)).toBe(true)
      expect(error).toMatchObject({ code: 'invalid_option' })
      expect(document.querySelectorAll('iframe')).toHaveLength(0)
    })
  }

  test('a session mounts several widgets and destroy removes them all', () => {
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>'
    const session = init({ fetchToken, baseUrl: BASE_URL })

    const first = session.mount('#a')
    const second = session.mount('#b')
    first.unmount()
    const remaining = document.querySelectorAll('iframe').length
    session.destroy()
    session.destroy()

    expect(remaining).toBe(1)
    expect(second.state).toBe('unmounted')
    expect(document.querySelectorAll('iframe')).toHaveLength(0)
  })
})

describe('update', () => {
  const misuses: [string, (target: { update(u: unknown): void }) => void][] = [
    ['a locale that is not a string', (t) => t.update({ locale: 7 })],
    ['no object', (t) => t.update(null)],
    [
      'an unknown appearance variable',
      (t) => t.update({ appearance: { variables: { accent: '#000000' } } }),
    ],
  ]

  for (const [name, misuse] of misuses) {
    test(`throws invalid_option for ${name}, on a dashboard and a session`, () => {
      document.body.innerHTML = '<div id="a"></div><div id="b"></div>'
      const dashboard = mount('#a', fetchToken, { baseUrl: BASE_URL })
      const session = init({ fetchToken, baseUrl: BASE_URL })
      session.mount('#b')

      const errors = [dashboard, session].map((target) =>
        catchError(() => misuse(target as never)),
      )
      dashboard.unmount()
      session.destroy()

      for (const error of errors) {
        expect(isVitableError(error)).toBe(true)
        expect(error).toMatchObject({ code: 'invalid_option' })
      }
    })
  }
})

describe('page language', () => {
  for (const lang of ['constructor', '__proto__', 'toString']) {
    test(`titles the iframe in English on a page whose lang is ${lang}`, () => {
      document.documentElement.lang = lang
      document.body.innerHTML = '<div id="slot"></div>'

      const dashboard = mount('#slot', fetchToken, { baseUrl: BASE_URL })
      const title = document.querySelector('iframe')?.title
      dashboard.unmount()
      document.documentElement.lang = ''

      expect(title).toBe('Vitable benefits dashboard')
    })
  }
})

describe('loadTimeout', () => {
  test('an infinite one waits as long as a timer can, not zero', () => {
    vi.useFakeTimers()
    document.body.innerHTML = '<div id="slot"></div>'
    const dashboard = mount('#slot', fetchToken, {
      baseUrl: BASE_URL,
      loadTimeout: Number.POSITIVE_INFINITY,
    })

    vi.advanceTimersByTime(24 * 60 * 60_000)
    const state = dashboard.state
    dashboard.unmount()

    expect(state).toBe('loading')
  })
})

describe('option names', () => {
  test('a trailing slash on baseUrl is fine', () => {
    document.body.innerHTML = '<div id="slot"></div>'

    const dashboard = mount('#slot', fetchToken, { baseUrl: `${BASE_URL}/` })

    const src = document.querySelector('iframe')?.src ?? ''
    expect(src.startsWith(`${BASE_URL}/embed/employee-dashboard#`)).toBe(true)
    dashboard.unmount()
  })

  test('an unknown option is pointed out once, outside production', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    document.body.innerHTML = '<div id="a"></div><div id="b"></div>'
    const options = { baseUrl: BASE_URL, lang: 'es' } as never

    const dashboard = mount('#a', fetchToken, options)
    const session = init({ fetchToken, baseUrl: BASE_URL })
    session.mount('#b', { minheight: 300 } as never)
    dashboard.unmount()
    session.destroy()

    expect(warn.mock.calls.map(([line]) => line)).toEqual([
      expect.stringContaining('unknown option `lang`'),
      expect.stringContaining('unknown option `minheight`'),
    ])
  })
})
