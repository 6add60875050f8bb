// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest'
import { applyAppearance, contrast, pickColors } from './applyAppearance.js'

const root = document.documentElement

function read(property: string): string {
  return root.style.getPropertyValue(property)
}

afterEach(() => {
  applyAppearance(root, undefined)
})

describe('contrast', () => {
  test.each<[string, string, number]>([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
  ])('of %s on %s is %d', (first, second, ratio) => {
    expect(contrast(first, second)).toBeCloseTo(ratio, 2)
    expect(contrast(second, first)).toBeCloseTo(ratio, 2)
  })
})

describe('applyAppearance', () => {
  test('sets each variable the stylesheet reads', () => {
    applyAppearance(root, {
      variables: {
        colorPrimary: '#7a1fa2',
        colorBackground: '#eef2f7',
        colorText: '#102030',
        fontFamily: '"Inter", system-ui, sans-serif',
        borderRadius: 12,
      },
    })

    expect(read('--accent')).toBe('#7a1fa2')
    expect(read('--focus')).toBe('#7a1fa2')
    expect(read('--canvas')).toBe('#eef2f7')
    expect(read('--ink')).toBe('#102030')
    expect(read('--radius')).toBe('12px')
    expect(root.style.fontFamily).toContain('Inter')
  })

  test('a later appearance replaces the earlier one in full', () => {
    applyAppearance(root, {
      variables: { colorPrimary: '#7a1fa2', borderRadius: 4 },
    })

    applyAppearance(root, { variables: { colorText: '#102030' } })

    expect(read('--accent')).toBe('')
    expect(read('--radius')).toBe('')
    expect(read('--ink')).toBe('#102030')
  })

  const hostile: [string, unknown][] = [
    ['a named color', { variables: { colorPrimary: 'red' } }],
    [
      'a color that smuggles a declaration',
      { variables: { colorPrimary: '#7a1fa2; background: url(x)' } },
    ],
    ['a font with a url', { variables: { fontFamily: 'x; src: url(y)' } }],
    ['a font with braces', { variables: { fontFamily: 'a}b{c' } }],
    ['a radius as text', { variables: { borderRadius: '8px' } }],
    ['a huge radius', { variables: { borderRadius: 1e9 } }],
    ['variables that are a string', { variables: 'colorPrimary' }],
    ['no variables', { colors: { primary: '#7a1fa2' } }],
    ['null', null],
    ['a number', 7],
  ]

  for (const [name, appearance] of hostile) {
    test(`ignores ${name}`, () => {
      applyAppearance(root, appearance)

      for (const property of ['--accent', '--canvas', '--ink', '--radius']) {
        expect(read(property)).toBe('')
      }
      expect(root.style.fontFamily).toBe('')
    })
  }

  test('keeps the good variables beside a bad one', () => {
    applyAppearance(root, {
      variables: { colorPrimary: 'red', borderRadius: 0 },
    })

    expect(read('--accent')).toBe('')
    expect(read('--radius')).toBe('0px')
  })
})

describe('pickColors', () => {
  const cases: [string, Record<string, string>, Record<string, unknown>][] = [
    [
      'keeps colors that leave text readable',
      { colorPrimary: '#0a6b3d', colorBackground: '#f0f4f0' },
      { accent: '#0a6b3d', canvas: '#f0f4f0', ink: undefined },
    ],
    [
      'drops a primary too light for white button text',
      { colorPrimary: '#ffd400' },
      { accent: undefined },
    ],
    [
      'drops a text color too light to read',
      { colorText: '#b0b0b0' },
      { ink: undefined },
    ],
    [
      'drops a background too dark for the muted text',
      { colorBackground: '#1b1f24' },
      { canvas: undefined },
    ],
    [
      'keeps a mid-grey background for the default text',
      { colorBackground: '#cfd5dc' },
      { canvas: '#cfd5dc' },
    ],
    [
      'drops that background when the chosen text would not read on it',
      { colorText: '#5a6270', colorBackground: '#cfd5dc' },
      { canvas: undefined, ink: '#5a6270' },
    ],
  ]

  for (const [name, variables, expected] of cases) {
    test(name, () => {
      expect(pickColors(variables)).toMatchObject(expected)
    })
  }
})
