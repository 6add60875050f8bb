/**
 * The wire between the host page and the dashboard frame.
 *
 * 1. Requirements: no secret in the iframe URL; nothing addressed to "*";
 *    each side can tell our messages from anyone else's; the frame also
 *    speaks the previous version so an older host keeps working.
 * 2. The iframe URL fragment carries the host origin and the widget id.
 * 3. The frame posts `frame.hello` to exactly that origin once its listener
 *    is live (and again after any reload).
 * 4. The host answers every valid hello from its own iframe with
 *    `host.connect`, transferring one end of a fresh `MessageChannel`.
 * 5. Everything else, the token included, travels over that private port.
 * 6. The hello carries the newest version the frame speaks. The host
 *    answers in its own version, and the frame, if it speaks that one,
 *    stamps every reply with it; so a host pinned to an older SDK hears
 *    only the version it knows.
 */

import type { SerializedError } from './errorCodes.js'

/** Marks every message of ours; anything without it is someone else's. */
export const NAMESPACE = 'vitable'

/** Bumped on any incompatible change to a payload below. */
export const PROTOCOL_VERSION = 1

/** Versions the frame still understands. */
export const SUPPORTED_VERSIONS: readonly number[] = [PROTOCOL_VERSION]

/** Path of the dashboard page on the widget server. */
export const DASHBOARD_PATH = '/embed/employee-dashboard'

/** Theme values the dashboard applies; every one is optional. */
export interface Appearance {
  variables?: {
    /** Buttons, links and the focus ring: a `#rrggbb` color. */
    colorPrimary?: string
    /** Behind the cards: a `#rrggbb` color. */
    colorBackground?: string
    /** Body text: a `#rrggbb` color. */
    colorText?: string
    /** A CSS font-family list, such as `"Inter", system-ui, sans-serif`. */
    fontFamily?: string
    /** Corner radius of cards and buttons, in px from 0 to 24. */
    borderRadius?: number
  }
}

/** A color variable: `#rrggbb`. */
export const COLOR_PATTERN = /^#[0-9a-f]{6}$/i

/** `fontFamily`: names, spaces, commas and quotes, nothing CSS could run. */
export const FONT_FAMILY_PATTERN = /^[\w\s,'"-]{1,200}$/

/** Largest `borderRadius`, in px. */
export const MAX_BORDER_RADIUS = 24

/** Why the frame asks the host for a token. */
export type TokenRequestReason = 'rejected' | 'missing'

/** Business events the dashboard reports to the host page. */
export type DashboardEventName =
  | 'enrollment.elected'
  | 'enrollment.waived'
  | 'qle.submitted'

/** Host → frame, over the window, carrying the private port. */
export interface HostConnect {
  type: 'host.connect'
  locale?: string
  appearance?: Appearance
}

/** Host → frame, over the port. */
export type HostMessage =
  | { type: 'token.update'; token: string; tokenId: number; expiresIn: number }
  | { type: 'token.error'; error: SerializedError }
  | { type: 'host.update'; locale?: string; appearance?: Appearance }
  | { type: 'host.retry' }

/** Frame → host, over the window, before the port exists. */
export interface FrameHello {
  type: 'frame.hello'
}

/** Frame → host, over the port. */
export type FrameMessage =
  | { type: 'frame.ready' }
  | { type: 'frame.resize'; height: number }
  | { type: 'token.request'; reason: TokenRequestReason; tokenId?: number }
  | { type: 'frame.error'; error: SerializedError }
  | { type: 'frame.retry' }
  | {
      type: 'frame.event'
      name: DashboardEventName
      data: Record<string, string | number | boolean | null>
    }

/** What actually travels: a message plus namespace, version and widget id. */
export type Envelope<M> = M & { ns: typeof NAMESPACE; v: number; id: string }

/** Wraps a message for the widget `id`, in `version` (default ours). */
export function envelope<M extends { type: string }>(
  id: string,
  message: M,
  version = PROTOCOL_VERSION,
): Envelope<M> {
  return { ns: NAMESPACE, v: version, id, ...message }
}

/** True for a version number: a non-negative integer, nothing else. */
export function isVersion(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 0
}

/** True when `data` carries our namespace, a version, an id and a type. */
export function isEnvelope(
  data: unknown,
): data is { ns: string; v: number; id: string; type: string } {
  if (typeof data !== 'object' || data === null) return false

  const value = data as Record<string, unknown>

  return (
    value.ns === NAMESPACE &&
    isVersion(value.v) &&
    typeof value.id === 'string' &&
    typeof value.type === 'string'
  )
}

/** Builds the fragment that tells the frame who embeds it. */
export function formatFragment(hostOrigin: string, id: string): string {
  const params = new URLSearchParams({ origin: hostOrigin, id })

  return `#${params.toString()}`
}

/** Reads the fragment written by `formatFragment`. */
export function parseFragment(
  hash: string,
): { hostOrigin: string; id: string } | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''))
  const hostOrigin = params.get('origin')
  const id = params.get('id')

  if (!hostOrigin || !id) return undefined

  return { hostOrigin, id }
}
