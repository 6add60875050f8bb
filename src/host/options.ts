import type { Appearance } from '../protocol/messages.js'
import { type Logger, warnInDevelopment } from './logger.js'
import { readAppearance } from './readAppearance.js'
import type { FetchToken } from './TokenManager.js'
import { VitableError } from './VitableError.js'

/** Options of one widget; each overrides the session's value. */
export interface MountOptions {
  /** Origin of the widget server. Default `https://widget.vitablehealth.com`. */
  baseUrl?: string
  /** Ms to wait for the frame to announce itself. Default 15000. */
  loadTimeout?: number
  /** Smallest iframe height in px. Default 0. */
  minHeight?: number
  /** Largest iframe height in px. Default: no limit. */
  maxHeight?: number
  /** Theme values passed to the dashboard. */
  appearance?: Appearance
  /** BCP 47 language tag, `en` or `es`. Default: the page's language. */
  locale?: string
  /** `true` logs protocol and token steps to the console; or a logger. */
  debug?: boolean | Logger
}

/** Options of a session: one token, any number of widgets. */
export interface SessionOptions extends MountOptions {
  /** Gets a fresh access token from your server. Required. */
  fetchToken: FetchToken
  /** Ms one `fetchToken` call may take before it is aborted. Default 15000. */
  tokenTimeout?: number
  /** Seconds a bare token string is assumed to live. Default 900. */
  assumedTokenLifetime?: number
}

/** Widget options with every default filled in. */
export interface ResolvedMountOptions {
  baseUrl: string
  widgetOrigin: string
  loadTimeout: number
  minHeight: number
  maxHeight: number
  appearance: Appearance | undefined
  locale: string | undefined
  debug: boolean | Logger | undefined
}

const DEFAULT_BASE_URL = 'https://widget.vitablehealth.com'
/** Host names of this machine, where http is allowed (a sandbox). */
export const LOOPBACK = ['localhost', '127.0.0.1', '[::1]']

function invalid(message: string): VitableError {
  return new VitableError('invalid_option', message)
}

/** Checks a number option; `undefined` gives the default. */
export function readNumber(
  value: unknown,
  name: string,
  fallback: number,
  minimum = 0,
): number {
  if (value === undefined) return fallback

  if (typeof value !== 'number' || Number.isNaN(value) || value < minimum) {
    throw invalid(
      `\`${name}\` must be a number of at least ${minimum}; ` +
        `received ${String(value)}.`,
    )
  }

  return value
}

function readBaseUrl(value: unknown): { baseUrl: string; origin: string } {
  const text = value ?? DEFAULT_BASE_URL
  const url = typeof text === 'string' && URL.canParse(text) && new URL(text)
  const secure =
    url &&
    (url.protocol === 'https:' ||
      (url.protocol === 'http:' && LOOPBACK.includes(url.hostname)))

  if (!url || !secure) {
    throw invalid(
      '`baseUrl` must be an absolute https URL (http only on localhost); ' +
        `received ${JSON.stringify(String(text))}.`,
    )
  }

  // The dashboard's path is the SDK's to add: `…/embed` would load
  // `…/embed/embed/employee-dashboard` and time out.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw invalid(
      "`baseUrl` must be the widget server's origin, such as " +
        `${DEFAULT_BASE_URL}; received ${JSON.stringify(text)}.`,
    )
  }

  return { baseUrl: url.origin, origin: url.origin }
}

// Every option name, so a misspelt one is pointed out while developing.
const KNOWN_OPTIONS = [
  'baseUrl',
  'loadTimeout',
  'minHeight',
  'maxHeight',
  'appearance',
  'locale',
  'debug',
  'fetchToken',
  'tokenTimeout',
  'assumedTokenLifetime',
]

/** Warns, outside production builds, of option names the SDK ignores. */
export function warnOfUnknownOptions(options: object): void {
  for (const name of Object.keys(options)) {
    if (!KNOWN_OPTIONS.includes(name)) {
      warnInDevelopment(
        `ignored the unknown option \`${name}\`; the options are ` +
          `${KNOWN_OPTIONS.join(', ')}.`,
      )
    }
  }
}

/** Validates widget options over the session's; throws `invalid_option`. */
export function resolveMountOptions(
  options: MountOptions,
  base: Partial<MountOptions> = {},
): ResolvedMountOptions {
  const merged = { ...base, ...options }
  const { baseUrl, origin } = readBaseUrl(merged.baseUrl)
  const minHeight = readNumber(merged.minHeight, 'minHeight', 0)

  if (!Number.isFinite(minHeight)) {
    throw invalid(
      '`minHeight` must be a finite number of px; received it ' + 'infinite.',
    )
  }
  const maxHeight = readNumber(
    merged.maxHeight,
    'maxHeight',
    Number.POSITIVE_INFINITY,
    minHeight,
  )

  const { locale, appearance } = readUpdate(merged)

  return {
    baseUrl,
    widgetOrigin: origin,
    loadTimeout: readNumber(merged.loadTimeout, 'loadTimeout', 15_000, 1),
    minHeight,
    maxHeight,
    appearance,
    locale,
    debug: merged.debug,
  }
}

/** Checks what `update()` may change; throws `invalid_option`. */
export function readUpdate(update: {
  locale?: unknown
  appearance?: unknown
}): { locale?: string; appearance?: Appearance } {
  if (typeof update !== 'object' || update === null) {
    throw invalid('`update()` takes an object such as { locale: "es" }.')
  }

  const { locale } = update

  // A BCP 47 shape, short: a language, then region or script subtags.
  if (
    locale !== undefined &&
    (typeof locale !== 'string' ||
      !/^[a-z]{2,3}(-[a-z0-9]{1,8}){0,3}$/i.test(locale))
  ) {
    throw invalid(
      '`locale` must be a language tag such as "es" or "es-MX"; received ' +
        `${typeof locale === 'string' ? JSON.stringify(locale.slice(0, 40)) : typeof locale}.`,
    )
  }

  const appearance = readAppearance(update.appearance)

  return {
    ...(locale !== undefined ? { locale } : {}),
    ...(appearance ? { appearance } : {}),
  }
}
