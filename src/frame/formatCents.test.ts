import { expect, test } from 'vitest'

import { formatCents } from './formatCents.js'

test.each([
  { cents: 4250, locale: 'en-US', expected: '$42.50' },
  { cents: 5, locale: 'en-US', expected: '$0.05' },
  { cents: 123456, locale: 'en-US', expected: '$1,234.56' },
  { cents: 4250, locale: 'es', expected: '42,50 US$' },
])(
  'formats $cents cents for $locale as "$expected"',
  ({ cents, locale, expected }) => {
    expect(formatCents(cents, locale)).toBe(expected.replace(/ /g, '\u00a0'))
  },
)
