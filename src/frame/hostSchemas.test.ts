import * as v from 'valibot'
import { describe, expect, test } from 'vitest'

import { envelope } from '../protocol/messages.js'
import { EnvelopeSchema } from './hostSchemas.js'

const hello = envelope('widget-1', { type: 'frame.hello' })

describe('EnvelopeSchema', () => {
  test.each([0, 1, 2, 41])('accepts version %s', (version) => {
    const result = v.safeParse(EnvelopeSchema, { ...hello, v: version })

    expect(result.success).toBe(true)
  })

  test.each<[string, unknown]>([
    ['a fractional', 1.5],
    ['a NaN', Number.NaN],
    ['a negative', -1],
    ['an infinite', Infinity],
    ['a string', '1'],
    ['a missing', undefined],
  ])('refuses %s version', (_, version) => {
    const result = v.safeParse(EnvelopeSchema, { ...hello, v: version })

    expect(result.success).toBe(false)
  })
})
