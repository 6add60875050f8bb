import { describe, expect, test } from 'vitest'
import { readAppearance } from './readAppearance.js'
import { catchError } from './testing/catchError.js'
import { isVitableError } from './VitableError.js'

describe('readAppearance', () => {
  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['no variables', {}],
    [
      'every variable',
      {
        variables: {
          colorPrimary: '#7A1FA2',
          colorBackground: '#eef2f7',
          colorText: '#102030',
          fontFamily: '"Inter", system-ui, sans-serif',
          borderRadius: 0,
        },
      },
    ],
  ])('accepts %s', (_, appearance) => {
    expect(readAppearance(appearance)).toBe(appearance)
  })

  const wrong: [string, unknown, RegExp][] = [
    ['a string', 'purple', /`appearance` must be an object/],
    ['an array', [], /`appearance` must be an object/],
    ['a key beside variables', { theme: {} }, /received `theme`/],
    ['variables that are null', { variables: null }, /must be an object/],
    [
      'an unknown variable',
      { variables: { primary: '#000000' } },
      /no `primary`; use colorPrimary/,
    ],
    [
      'a prototype key',
      JSON.parse('{"variables":{"__proto__":1}}'),
      /no `__proto__`/,
    ],
    [
      'a named color',
      { variables: { colorPrimary: 'red' } },
      /colorPrimary` must be a color like "#0b5cad"; received "red"/,
    ],
    [
      'a short hex color',
      { variables: { colorText: '#fff' } },
      /colorText` must be a color/,
    ],
    [
      'a radius as text',
      { variables: { borderRadius: '8px' } },
      /borderRadius` must be a number of px from 0 to 24; received "8px"/,
    ],
    ['a radius past 24', { variables: { borderRadius: 40 } }, /received 40/],
    [
      'a font with a semicolon',
      { variables: { fontFamily: 'a; b' } },
      /fontFamily` must be font names/,
    ],
  ]

  for (const [name, appearance, message] of wrong) {
    test(`throws invalid_option for ${name}`, () => {
      const error = catchError(() => readAppearance(appearance))

      expect(isVitableError(error)).toBe(true)
      expect(error).toMatchObject({ code: 'invalid_option' })
      expect((error as Error).message).toMatch(message)
    })
  }
})
