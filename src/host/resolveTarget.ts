import { VitableError } from './VitableError.js'

/** Finds the element to mount into; throws `invalid_option` otherwise. */
export function resolveTarget(target: unknown): Element {
  if (typeof target === 'string' && typeof document !== 'undefined') {
    const element = document.querySelector(target)

    if (element) return element
  }

  if (typeof Element !== 'undefined' && target instanceof Element) {
    return target
  }

  throw new VitableError(
    'invalid_option',
    '`target` must be an element or a CSS selector that matches one; ' +
      `received ${typeof target === 'string' ? `\`${target}\`` : String(target)}.`,
  )
}
