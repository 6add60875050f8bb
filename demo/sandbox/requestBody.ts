import type { Context } from 'hono'
import * as v from 'valibot'
import { invalidRequest } from './errors.js'
import { issueMessage } from './issueMessage.js'

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw invalidRequest('The body is not valid JSON.')
  }
}

/**
 * Reads the JSON body and validates it against `schema`. Invalid JSON, a
 * body that is not an object, or a known field of the wrong type or value
 * answers 400 `invalid_request` naming the field; unknown fields are
 * dropped. (The 64 kB cap is enforced before this by the app.)
 */
export async function readBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<v.InferOutput<S>> {
  const text = await c.req.text()

  if (text.trim() === '') {
    throw invalidRequest('The body is empty; send a JSON object.')
  }

  const json = parseJson(text)

  if (!isPlainObject(json)) {
    throw invalidRequest('The body must be a JSON object.')
  }

  const result = v.safeParse(schema, json)

  if (!result.success) {
    throw invalidRequest(issueMessage(result.issues, 'body'))
  }

  return result.output
}
