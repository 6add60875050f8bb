import type { ErrorCode, SerializedError } from '../protocol/errorCodes.js'
import {
  type DashboardEventName,
  type FrameMessage,
  isEnvelope,
  PROTOCOL_VERSION,
} from '../protocol/messages.js'

type Fields = Record<string, unknown>

const EVENT_NAMES: readonly string[] = [
  'enrollment.elected',
  'enrollment.waived',
  'qle.submitted',
] satisfies DashboardEventName[]

const FRAME_ERROR_CODES: readonly string[] = [
  'api_error',
  'frame_error',
  'origin_not_allowed',
  'protocol_mismatch',
] satisfies ErrorCode[]

const MAX_HEIGHT = 100_000

function isError(value: unknown): value is SerializedError {
  const fields = value as Fields

  return (
    typeof value === 'object' &&
    value !== null &&
    FRAME_ERROR_CODES.includes(fields.code as string) &&
    typeof fields.message === 'string' &&
    fields.message.length <= 500 &&
    typeof fields.retryable === 'boolean'
  )
}

function isEventData(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false

  if (Array.isArray(value)) return false

  return Object.values(value).every(
    (item) =>
      item === null || ['string', 'number', 'boolean'].includes(typeof item),
  )
}

function isValid(message: Fields): boolean {
  switch (message.type) {
    case 'frame.ready':
    case 'frame.retry':
      return true
    case 'frame.resize':
      return (
        typeof message.height === 'number' &&
        message.height >= 0 &&
        message.height <= MAX_HEIGHT
      )
    case 'token.request':
      return (
        (message.reason === 'rejected' || message.reason === 'missing') &&
        (message.tokenId === undefined || Number.isInteger(message.tokenId))
      )
    case 'frame.error':
      return isError(message.error)
    case 'frame.event':
      return (
        EVENT_NAMES.includes(message.name as string) &&
        isEventData(message.data)
      )
    default:
      return false
  }
}

/**
 * Checks a message that arrived on the private port of widget `id`.
 * Returns it typed, or `undefined` for anything not exactly ours.
 */
export function parseFrameMessage(
  data: unknown,
  id: string,
): FrameMessage | undefined {
  if (!isEnvelope(data) || data.id !== id) return undefined

  if (data.v !== PROTOCOL_VERSION) return undefined

  if (!isValid(data as Fields)) return undefined

  return data as unknown as FrameMessage
}
