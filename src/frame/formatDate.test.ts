import { expect, test } from 'vitest'

import { formatDate } from './formatDate.js'

test.each([
  { date: '2026-01-01', locale: 'en-US', expected: 'Jan 1, 2026' },
  { date: '2026-12-31', locale: 'en-US', expected: 'Dec 31, 2026' },
  { date: '2026-01-01', locale: 'es', expected: '1 ene 2026' },
  { date: 'soon', locale: 'en-US', expected: 'soon' },
  { date: '2026-13-01', locale: 'en-US', expected: '2026-13-01' },
  {
    date: '2026-01-01T10:00:00Z',
    locale: 'en-US',
    expected: '2026-01-01T10:00:00Z',
  },
])('formats $date for $locale as "$expected"', ({ date, locale, expected }) => {
  expect(formatDate(date, locale)).toBe(expected)
})
