import type { Context } from 'hono'
import * as v from 'valibot'
import { invalidRequest } from './errors.js'
import { issueMessage } from './issueMessage.js'

/**
 * Validates the query string against `schema` (unknown parameters are
 * ignored); a bad value answers 400 `invalid_request` naming it.
 */
export function readQuery<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): v.InferOutput<S> {
  const result = v.safeParse(schema, c.req.query())

  if (!result.success) {
    throw invalidRequest(issueMessage(result.issues, 'query'))
  }

  return result.output
}
