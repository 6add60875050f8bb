import * as v from 'valibot'

/** A string id that must carry Vitable's `prefix` (`empl_`, `plan_`, …). */
export function idSchema(prefix: string) {
  return v.pipe(
    v.string('must be a string'),
    v.regex(
      new RegExp(`^${prefix}[A-Za-z0-9_-]{1,64}$`),
      `must be an id starting with ${prefix}`,
    ),
  )
}
