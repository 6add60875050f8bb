import type { Context } from 'hono'
import * as v from 'valibot'
import { bodyCutShort } from './bodyCap.js'
import { echoInput } from './echoInput.js'
import { invalidRequest } from './errors.js'
import { issueMessage } from './issueMessage.js'
import { isPlainObject } from './plainObject.js'

function assertJsonContentType(header: string | undefined): void {
  const mediaType = header?.split(';')[0]?.trim().toLowerCase()

  if (mediaType === 'application/json') return

  const received = header ? `\`${echoInput(header)}\`` : 'none'

  throw invalidRequest(
    `\`Content-Type\` must be application/json; received ${received}.`,
  )
}

// The body's only source is the client's connection, so a failure to read
// it is the client's: it hung up before sending all it promised.
async function readText(c: Context): Promise<string> {
  try {
    return await c.req.text()
  } catch {
    throw bodyCutShort(c)
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw invalidRequest('The body is not valid JSON.')
  }
}

/**
 * Reads the JSON body and validates it against `schema`. A `Content-Type`
 * other than `application/json` (parameters such as `charset` allowed),
 * a body cut short, invalid JSON, a body that is not an object, or a
 * known field of the wrong type or value answers 400 `invalid_request`
 * naming the header or field; unknown fields are dropped. (The 64 kB cap
 * is enforced before this by the app.)
 */
export async function readBody<S extends v.GenericSchema>(
  c: Context,
  schema: S,
): Promise<v.InferOutput<S>> {
  assertJsonContentType(c.req.header('content-type'))

  const text = await readText(c)

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
