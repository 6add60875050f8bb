// @vitest-environment happy-dom
import { render } from 'preact'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'

import { formatFragment } from '../protocol/messages.js'
import { bootFrame } from './bootFrame.js'

const HOST = 'http://localhost:5173'
const config = {
  apiBaseUrl: 'http://127.0.0.1:4010',
  allowedOrigins: [HOST, 'https://portal.example.com'],
}

const stops: Array<() => void> = []

function injectConfig(text: string): void {
  const script = document.createElement('script')

  script.type = 'application/json'
  script.id = 'vitable-config'
  script.textContent = text
  document.head.append(script)
}

interface BootOptions {
  config?: string
  hash?: string
  parent?: unknown
  /** What the browser says embeds the frame; happy-dom says nothing. */
  ancestorOrigins?: string[]
}

function boot(options: BootOptions) {
  const parent = { postMessage: vi.fn() }
  const addListener = vi.spyOn(window, 'addEventListener')

  if (options.config !== undefined) injectConfig(options.config)
  window.location.hash = options.hash ?? ''
  Object.defineProperty(window.location, 'ancestorOrigins', {
    value: options.ancestorOrigins,
    configurable: true,
  })

  const stop = bootFrame(window, (options.parent ?? parent) as typeof parent)

  if (stop) stops.push(stop)

  const messageListeners = addListener.mock.calls.filter(
    ([type]) => type === 'message',
  )

  return { parent, stop, messageListeners }
}

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>'
})

afterEach(() => {
  for (const stop of stops.splice(0)) stop()
  render(null, document.getElementById('app') as HTMLElement)
  document.head.replaceChildren()
})

describe('bootFrame', () => {
  test('greets exactly the allowed host origin', () => {
    const { parent, messageListeners } = boot({
      config: JSON.stringify(config),
      hash: formatFragment(HOST, 'widget-1'),
    })

    expect(messageListeners).toHaveLength(1)
    expect(parent.postMessage.mock.calls).toEqual([
      [{ ns: 'vitable', v: 1, id: 'widget-1', type: 'frame.hello' }, HOST],
    ])
    expect(document.querySelector('[data-testid="not-allowed"]')).toBeNull()
  })

  test('greets the host when the browser names it as the parent', () => {
    const { parent } = boot({
      config: JSON.stringify(config),
      hash: formatFragment(HOST, 'widget-1'),
      ancestorOrigins: [HOST],
    })

    expect(parent.postMessage).toHaveBeenCalledTimes(1)
    expect(document.querySelector('[data-testid="not-allowed"]')).toBeNull()
  })

  test.each<[string, BootOptions]>([
    ['no config', { hash: formatFragment(HOST, 'w') }],
    [
      'a config that is not JSON',
      { config: '{', hash: formatFragment(HOST, 'w') },
    ],
    [
      'a "*" allowlist',
      {
        config: JSON.stringify({ ...config, allowedOrigins: ['*'] }),
        hash: formatFragment('*', 'w'),
      },
    ],
    ['no fragment', { config: JSON.stringify(config) }],
    [
      'a fragment without an id',
      {
        config: JSON.stringify(config),
        hash: `#origin=${encodeURIComponent(HOST)}`,
      },
    ],
    [
      'an origin off the allowlist',
      {
        config: JSON.stringify(config),
        hash: formatFragment('http://evil.test', 'w'),
      },
    ],
    [
      'a look-alike origin',
      {
        config: JSON.stringify(config),
        hash: formatFragment(`${HOST}.evil.test`, 'w'),
      },
    ],
    [
      'the origin with a trailing slash',
      { config: JSON.stringify(config), hash: formatFragment(`${HOST}/`, 'w') },
    ],
    [
      'a parent the browser names as another allowed origin',
      {
        config: JSON.stringify(config),
        hash: formatFragment(HOST, 'w'),
        ancestorOrigins: ['https://portal.example.com'],
      },
    ],
    [
      'no parent frame',
      {
        config: JSON.stringify(config),
        hash: formatFragment(HOST, 'w'),
        parent: window,
      },
    ],
  ])('shows "not allowed" and posts nothing with %s', (_, options) => {
    const { parent, stop, messageListeners } = boot(options)

    const notice = document.querySelector('[data-testid="not-allowed"]')

    expect(notice?.textContent).toContain(
      'This page is not allowed to embed the dashboard',
    )
    expect(parent.postMessage).not.toHaveBeenCalled()
    expect(messageListeners).toHaveLength(0)
    expect(stop).toBeUndefined()
  })
})
