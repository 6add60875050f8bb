import type { Context } from 'hono'
import * as v from 'valibot'
import { invalidRequest } from './errors.js'
import { issueMessage } from './issueMessage.js'

type QuerySchema = v.ObjectSchema<
  v.ObjectEntries,
  v.ErrorMessage<v.ObjectIssue> | undefined
>

// One value per known parameter: `?page=1&page=abc` is refused, not read
// as whichever copy a helper happens to pick.
function singleValues(c: Context, names: string[]): Record<string, string> {
  const values: Record<string, string> = {}

  for (const name of names) {
    const given = c.req.queries(name) ?? []

    if (given.length > 1) {
      throw invalidRequest(
        `\`${name}\` must be given once; received ${given.length} values.`,
      )
    }

    if (given[0] !== undefined) values[name] = given[0]
  }

  return values
}

/**
 * Validates the query string against `schema` (unknown parameters are
 * ignored); a bad value, or a known parameter given more than once,
 * answers 400 `invalid_request` naming it.
 */
export function readQuery<S extends QuerySchema>(
  c: Context,
  schema: S,
): v.InferOutput<S> {
  const values = singleValues(c, Object.keys(schema.entries))
  const result = v.safeParse(schema, values)

  if (!result.success) {
    throw invalidRequest(issueMessage(result.issues, 'query'))
  }

  return result.output
}
