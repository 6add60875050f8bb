import * as v from 'valibot'

import { FrameError } from './FrameError.js'

// The shape on Vitable's Authentication page.
const NestedErrorSchema = v.object({
  error: v.object({ code: v.string(), message: v.string() }),
})

// The newer normalized envelope; its `error` is only a copy of `message`.
const FlatErrorSchema = v.object({
  message: v.string(),
  app_error_code: v.nullish(v.string()),
})

const MAX_SHOWN = 300

function isRetryable(status: number): boolean {
  return status === 401 || status === 408 || status === 429 || status >= 500
}

interface ErrorBody {
  message: string | undefined
  apiCode: string | undefined
}

function readBody(body: unknown): ErrorBody {
  const nested = v.safeParse(NestedErrorSchema, body)

  if (nested.success) {
    const { code, message } = nested.output.error

    return { message, apiCode: code }
  }

  const flat = v.safeParse(FlatErrorSchema, body)

  if (!flat.success) return { message: undefined, apiCode: undefined }

  return {
    message: flat.output.message,
    apiCode: flat.output.app_error_code ?? undefined,
  }
}

/**
 * Turns a non-2xx API answer into an `api_error`, reading either error
 * envelope: `{ error: { code, message } }` or `{ message, app_error_code }`.
 */
export async function readApiError(response: Response): Promise<FrameError> {
  const body: unknown = await response.json().catch(() => undefined)
  const { message, apiCode } = readBody(body)
  const fallback = `The benefits service answered ${response.status}.`
  // The panel shows the message; a screenful is plenty.
  const shown =
    message && message.length > MAX_SHOWN
      ? `${message.slice(0, MAX_SHOWN)}…`
      : message

  return new FrameError('api_error', shown || fallback, {
    retryable: isRetryable(response.status),
    status: response.status,
    apiCode,
  })
}
