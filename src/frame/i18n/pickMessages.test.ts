import { expect, test } from 'vitest'

import { en } from './en.js'
import { es } from './es.js'
import { pickMessages } from './pickMessages.js'

test.each([
  { locale: 'en', expected: en },
  { locale: 'en-GB', expected: en },
  { locale: 'es', expected: es },
  { locale: 'es-MX', expected: es },
  { locale: 'ES-us', expected: es },
  { locale: 'fr-CA', expected: en },
  { locale: '', expected: en },
])(
  'picks the $expected.refresh catalogue for "$locale"',
  ({ locale, expected }) => {
    expect(pickMessages(locale)).toBe(expected)
  },
)
