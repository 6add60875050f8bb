// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest'

import { readConfig } from './readConfig.js'

const valid = {
  apiBaseUrl: 'http://127.0.0.1:4010',
  allowedOrigins: ['http://localhost:5173', 'https://portal.example.com'],
}

function inject(text: string, type = 'application/json'): void {
  const script = document.createElement('script')

  script.id = 'vitable-config'
  script.type = type
  script.textContent = text
  document.head.append(script)
}

afterEach(() => {
  document.head.replaceChildren()
})

test('reads the config the widget server injects', () => {
  inject(JSON.stringify(valid))

  expect(readConfig(document)).toEqual(valid)
})

test('returns nothing when the page has no config', () => {
  expect(readConfig(document)).toBeUndefined()
})

test.each<[string, string, string?]>([
  ['not JSON', '{apiBaseUrl:'],
  ['not in a JSON block', JSON.stringify(valid), 'text/plain'],
  ['without an API URL', JSON.stringify({ allowedOrigins: [] })],
  [
    'with a non-http API URL',
    JSON.stringify({ ...valid, apiBaseUrl: 'javascript:1' }),
  ],
  ['with a "*" origin', JSON.stringify({ ...valid, allowedOrigins: ['*'] })],
  [
    'with an origin and a path',
    JSON.stringify({ ...valid, allowedOrigins: ['http://a.test/x'] }),
  ],
  [
    'with a trailing slash',
    JSON.stringify({ ...valid, allowedOrigins: ['http://a.test/'] }),
  ],
  [
    'with an origin list as a string',
    JSON.stringify({ ...valid, allowedOrigins: 'http://a.test' }),
  ],
])('refuses a config %s', (_, text, type) => {
  inject(text, type)

  expect(readConfig(document)).toBeUndefined()
})
