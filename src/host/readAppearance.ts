import {
  type Appearance,
  COLOR_PATTERN,
  FONT_FAMILY_PATTERN,
  MAX_BORDER_RADIUS,
} from '../protocol/messages.js'
import { VitableError } from './VitableError.js'

type Check = [isValid: (value: unknown) => boolean, expected: string]

const COLOR: Check = [
  (value) => typeof value === 'string' && COLOR_PATTERN.test(value),
  'a color like "#0b5cad"',
]

// What each variable takes. The frame checks again, and also drops a
// color that would leave text under WCAG AA contrast.
const VARIABLES: Record<string, Check> = {
  colorPrimary: COLOR,
  colorBackground: COLOR,
  colorText: COLOR,
  fontFamily: [
    (value) => typeof value === 'string' && FONT_FAMILY_PATTERN.test(value),
    'font names separated by commas',
  ],
  borderRadius: [
    (value) =>
      typeof value === 'number' && value >= 0 && value <= MAX_BORDER_RADIUS,
    `a number of px from 0 to ${MAX_BORDER_RADIUS}`,
  ],
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value)
}

function invalid(message: string): VitableError {
  return new VitableError('invalid_option', message)
}

/**
 * Checks an `appearance` option; `undefined` means none. Throws
 * `invalid_option` naming the first field that is wrong.
 */
export function readAppearance(value: unknown): Appearance | undefined {
  if (value === undefined) return undefined

  if (!isObject(value)) {
    throw invalid(
      '`appearance` must be an object such as ' +
        '{ variables: { colorPrimary: "#0b5cad" } }.',
    )
  }

  for (const key of Object.keys(value)) {
    if (key !== 'variables') {
      throw invalid(
        `\`appearance\` takes only \`variables\`; received \`${key}\`.`,
      )
    }
  }

  const variables = value.variables === undefined ? {} : value.variables

  if (!isObject(variables)) {
    throw invalid('`appearance.variables` must be an object.')
  }

  for (const [name, setting] of Object.entries(variables)) {
    const check = Object.hasOwn(VARIABLES, name) ? VARIABLES[name] : undefined

    if (!check) {
      throw invalid(
        `\`appearance.variables\` has no \`${name}\`; use ` +
          `${Object.keys(VARIABLES).join(', ')}.`,
      )
    }

    if (setting !== undefined && !check[0](setting)) {
      throw invalid(
        `\`appearance.variables.${name}\` must be ${check[1]}; ` +
          `received ${show(setting)}.`,
      )
    }
  }

  return value as Appearance
}
