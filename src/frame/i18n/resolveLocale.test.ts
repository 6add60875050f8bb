import { expect, test } from 'vitest'

import { resolveLocale } from './resolveLocale.js'

test.each([
  { locale: undefined, expected: 'en' },
  { locale: '', expected: 'en' },
  { locale: 'es-mx', expected: 'es-MX' },
  { locale: 'en-US', expected: 'en-US' },
  { locale: 'not a locale', expected: 'en' },
  { locale: 'fr', expected: 'en' },
  { locale: 'fr-CA', expected: 'en' },
  { locale: 'ES', expected: 'es' },
])('resolves $locale to $expected', ({ locale, expected }) => {
  expect(resolveLocale(locale)).toBe(expected)
})
