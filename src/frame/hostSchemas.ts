import * as v from 'valibot'

import type { ErrorCode } from '../protocol/errorCodes.js'
import { NAMESPACE } from '../protocol/messages.js'

// A record, so the compiler insists on every code and nothing else.
const KNOWN_CODES: Record<ErrorCode, true> = {
  invalid_option: true,
  invalid_token: true,
  token_fetch_failed: true,
  token_fetch_timeout: true,
  token_expired: true,
  frame_load_timeout: true,
  origin_not_allowed: true,
  protocol_mismatch: true,
  frame_error: true,
  api_error: true,
}

// Any string: resolveLocale() turns a tag it cannot use into the default.
const LocaleSchema = v.string()

const AppearanceSchema = v.record(v.string(), v.unknown())

const SerializedErrorSchema = v.object({
  code: v.picklist(Object.keys(KNOWN_CODES) as ErrorCode[]),
  message: v.string(),
  retryable: v.boolean(),
})

/** The fields every message of ours carries, whatever its version. */
export const EnvelopeSchema = v.looseObject({
  ns: v.literal(NAMESPACE),
  v: v.pipe(v.number(), v.integer(), v.minValue(0)),
  id: v.string(),
  type: v.string(),
})

/** `host.connect`, the one host message that travels over the window. */
export const HostConnectSchema = v.object({
  type: v.literal('host.connect'),
  locale: v.exactOptional(LocaleSchema),
  appearance: v.exactOptional(AppearanceSchema),
})

/** Host messages that travel over the private port. */
export const HostMessageSchema = v.variant('type', [
  v.object({
    type: v.literal('token.update'),
    // Only a bound access token is ever acceptable in the browser.
    token: v.pipe(v.string(), v.startsWith('vit_at_')),
    tokenId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    expiresIn: v.pipe(v.number(), v.finite(), v.gtValue(0)),
  }),
  v.object({ type: v.literal('token.error'), error: SerializedErrorSchema }),
  v.object({
    type: v.literal('host.update'),
    locale: v.exactOptional(LocaleSchema),
    appearance: v.exactOptional(AppearanceSchema),
  }),
  v.object({ type: v.literal('host.retry') }),
])

/** The schemas host messages of one protocol version must pass. */
export interface VersionSchemas {
  connect: typeof HostConnectSchema
  port: typeof HostMessageSchema
}

// Every version the frame speaks shares these so far. A version that
// changes a payload gets a pair of its own, picked by `version` below.
const SHARED_SCHEMAS: VersionSchemas = {
  connect: HostConnectSchema,
  port: HostMessageSchema,
}

/** The schemas of host messages in protocol `_version`. */
export function schemasFor(_version: number): VersionSchemas {
  return SHARED_SCHEMAS
}

/** A valid `host.connect` message. */
export type ConnectMessage = v.InferOutput<typeof HostConnectSchema>

/** A valid host message from the port. */
export type PortMessage = v.InferOutput<typeof HostMessageSchema>
