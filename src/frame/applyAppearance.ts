/**
 * Applies the host's `appearance.variables` to the dashboard page.
 *
 * 1. Requirements: the values come from another origin, so each is checked
 *    on its own and a bad one changes nothing; whatever the host picks,
 *    text keeps WCAG AA contrast (4.5:1), so a color that would break it
 *    is ignored; a later update replaces the earlier one in full.
 * 2. Only custom properties the stylesheet reads are set, through CSSOM,
 *    which the page's CSP allows (no style attribute, no style element).
 */

import * as v from 'valibot'

import {
  type Appearance,
  COLOR_PATTERN,
  FONT_FAMILY_PATTERN,
  MAX_BORDER_RADIUS,
} from '../protocol/messages.js'

type Variables = NonNullable<Appearance['variables']>

const Color = v.pipe(v.string(), v.regex(COLOR_PATTERN))

const SCHEMAS = {
  colorPrimary: Color,
  colorBackground: Color,
  colorText: Color,
  fontFamily: v.pipe(v.string(), v.regex(FONT_FAMILY_PATTERN)),
  borderRadius: v.pipe(
    v.number(),
    v.minValue(0),
    v.maxValue(MAX_BORDER_RADIUS),
  ),
}

// The stylesheet's own values (styles.css :root), which every host color
// is measured against.
const SURFACE = '#ffffff'
const CANVAS = '#f6f7f9'
const INK = '#1b1f24'
const MUTED = '#4b5563'
const TEXT_CONTRAST = 4.5
const FOCUS_CONTRAST = 3

const PROPERTIES = ['--accent', '--focus', '--canvas', '--ink', '--radius']

function readVariables(appearance: unknown): Variables {
  const variables: Record<string, unknown> = {}
  const given = (appearance as { variables?: unknown } | undefined)?.variables

  if (typeof given !== 'object' || given === null) return variables

  for (const [name, schema] of Object.entries(SCHEMAS)) {
    const parsed = v.safeParse(schema, (given as Record<string, unknown>)[name])

    if (parsed.success) variables[name] = parsed.output
  }

  return variables
}

function luminance(hex: string): number {
  const [red = 0, green = 0, blue = 0] = [1, 3, 5].map((start) => {
    const channel = Number.parseInt(hex.slice(start, start + 2), 16) / 255

    return channel <= 0.04045
      ? channel / 12.92
      : ((channel + 0.055) / 1.055) ** 2.4
  })

  return 0.2126 * red + 0.7152 * green + 0.0722 * blue
}

/** WCAG contrast ratio of two `#rrggbb` colors, from 1 to 21. */
export function contrast(first: string, second: string): number {
  const [light, dark] = [luminance(first), luminance(second)].sort(
    (a, b) => b - a,
  )

  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05)
}

function isReadable(color: string, ...backgrounds: string[]): boolean {
  return backgrounds.every((back) => contrast(color, back) >= TEXT_CONTRAST)
}

/**
 * The colors to use: each host color the contrast rules allow, otherwise
 * the stylesheet's own.
 */
export function pickColors(variables: Variables) {
  const { colorPrimary, colorBackground, colorText } = variables
  const text =
    colorText && isReadable(colorText, SURFACE) ? colorText : undefined
  const canvas =
    colorBackground && isReadable(colorBackground, text ?? INK, MUTED)
      ? colorBackground
      : undefined
  const ink = text && isReadable(text, canvas ?? CANVAS) ? text : undefined
  const accent =
    colorPrimary &&
    isReadable(colorPrimary, SURFACE) &&
    contrast(colorPrimary, canvas ?? CANVAS) >= FOCUS_CONTRAST
      ? colorPrimary
      : undefined

  return { accent, canvas, ink }
}

/** Sets the page's theme from `appearance`, or back to the defaults. */
export function applyAppearance(root: HTMLElement, appearance: unknown): void {
  const variables = readVariables(appearance)
  const { accent, canvas, ink } = pickColors(variables)
  const radius = variables.borderRadius
  const values: Record<string, string | undefined> = {
    '--accent': accent,
    '--focus': accent,
    '--canvas': canvas,
    '--ink': ink,
    '--radius': radius === undefined ? undefined : `${radius}px`,
  }

  for (const property of PROPERTIES) {
    const value = values[property]

    if (value) root.style.setProperty(property, value)
    else root.style.removeProperty(property)
  }

  if (variables.fontFamily) {
    root.style.setProperty('font-family', variables.fontFamily)
  } else {
    root.style.removeProperty('font-family')
  }
}
