import * as v from 'valibot'

/** Whether `value` is an object and neither null nor an array. */
export function isPlainObject(
  value: unknown,
): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/**
 * A schema that lets only plain objects through, failing with `message`.
 * Put it first in a `v.pipe` before `v.object` or `v.variant`: those let
 * an array in and then report its first key as missing.
 */
export function plainObject(message: string) {
  return v.custom<Record<string, unknown>>(isPlainObject, message)
}
