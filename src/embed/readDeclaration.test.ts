// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest'
import { readDeclaration } from './readDeclaration.js'

const PAGE = 'https://portal.example/benefits'

function declare(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement('div')

  for (const [name, value] of Object.entries(attributes)) {
    element.setAttribute(`data-${name}`, value)
  }

  return element
}

describe('readDeclaration', () => {
  test.each<[string, Record<string, string>, string | undefined, object]>([
    [
      'a relative token route',
      { 'token-url': '/api/token' },
      undefined,
      { tokenUrl: 'https://portal.example/api/token' },
    ],
    [
      "Vitable's widget server",
      { 'token-url': '/t', 'base-url': 'https://widget.vitablehealth.com' },
      undefined,
      { baseUrl: 'https://widget.vitablehealth.com' },
    ],
    [
      "the script tag's own widget server",
      { 'token-url': '/t', 'base-url': 'https://uat-widget.example' },
      'https://uat-widget.example',
      { baseUrl: 'https://uat-widget.example' },
    ],
    [
      "the script tag's widget server when the element names none",
      { 'token-url': '/t', locale: 'es' },
      'https://uat-widget.example',
      { baseUrl: 'https://uat-widget.example', locale: 'es' },
    ],
  ])('accepts %s', (_, attributes, scriptBaseUrl, expected) => {
    const declaration = readDeclaration(
      declare(attributes),
      PAGE,
      scriptBaseUrl,
    )

    expect(declaration).toMatchObject(expected)
  })

  test.each<[string, Record<string, string>, RegExp]>([
    ['no token route', {}, /needs data-token-url/],
    [
      'a token route on another origin',
      { 'token-url': 'https://evil.example/token' },
      /own origin; received "https:\/\/evil.example\/token"/,
    ],
    [
      'a protocol-relative token route elsewhere',
      { 'token-url': '//evil.example/token' },
      /own origin/,
    ],
    [
      'a widget server nobody vouched for',
      { 'token-url': '/t', 'base-url': 'https://evil.example' },
      /may name only .* received "https:\/\/evil.example"/,
    ],
    [
      'a look-alike of Vitable',
      {
        'token-url': '/t',
        'base-url': 'https://vitablehealth.com.evil.example',
      },
      /may name only/,
    ],
    [
      'a loopback server from a production page',
      { 'token-url': '/t', 'base-url': 'http://127.0.0.1:4011' },
      /may name only/,
    ],
    [
      'Vitable over http',
      { 'token-url': '/t', 'base-url': 'http://widget.vitablehealth.com' },
      /may name only/,
    ],
  ])('refuses %s', (_, attributes, problem) => {
    const declaration = readDeclaration(declare(attributes), PAGE)

    expect(declaration).toEqual({ problem: expect.stringMatching(problem) })
  })
})

test('accepts a loopback sandbox from a loopback page', () => {
  const element = declare({
    'token-url': '/t',
    'base-url': 'http://127.0.0.1:4011',
  })

  const declaration = readDeclaration(element, 'http://localhost:5173/')

  expect(declaration).toMatchObject({ baseUrl: 'http://127.0.0.1:4011' })
})
