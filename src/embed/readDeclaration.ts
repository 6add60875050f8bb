/**
 * Reads a `[data-vitable-dashboard]` element. Its markup may come from
 * somewhere less trusted than the page's own code (content run through a
 * sanitizer keeps `data-*` attributes), so it may name only a token route
 * on the page's own origin and only a widget server the page vouches for:
 * Vitable's own, a loopback sandbox (from a loopback page), or the
 * `data-base-url` of the script tag that loaded this bundle. Anything else
 * needs `Vitable.mount()`.
 */

import { LOOPBACK } from '../host/options.js'

/** What a declared widget mounts with, or why it cannot mount. */
export type Declaration =
  | { tokenUrl: string; baseUrl?: string; locale?: string }
  | { problem: string }

function parse(url: string, base: string): URL | undefined {
  return URL.canParse(url, base) ? new URL(url, base) : undefined
}

// A loopback widget server counts only on a loopback page: a developer's
// sandbox, never a production portal's.
function isVouchedFor(
  url: URL,
  page: URL,
  scriptBaseUrl: string | undefined,
): boolean {
  const { protocol, hostname, origin } = url
  const isVitable =
    protocol === 'https:' &&
    (hostname === 'vitablehealth.com' ||
      hostname.endsWith('.vitablehealth.com'))
  const isSandbox =
    LOOPBACK.includes(hostname) && LOOPBACK.includes(page.hostname)

  return (
    isVitable ||
    isSandbox ||
    (scriptBaseUrl !== undefined &&
      origin === parse(scriptBaseUrl, origin)?.origin)
  )
}

/**
 * Reads `element`'s data attributes on a page at `pageUrl`; `scriptBaseUrl`
 * is the loading script tag's own `data-base-url`, if any.
 */
export function readDeclaration(
  element: HTMLElement,
  pageUrl: string,
  scriptBaseUrl?: string,
): Declaration {
  const { tokenUrl, locale } = element.dataset
  const baseUrl = element.dataset.baseUrl ?? scriptBaseUrl
  const token = tokenUrl ? parse(tokenUrl, pageUrl) : undefined
  const widget = baseUrl ? parse(baseUrl, pageUrl) : undefined

  if (!tokenUrl) {
    return {
      problem:
        'data-vitable-dashboard needs data-token-url, the route of your ' +
        'server that returns an access token.',
    }
  }

  const page = new URL(pageUrl)

  if (token?.origin !== page.origin) {
    return {
      problem:
        'data-token-url must be a route on this page’s own origin; ' +
        `received ${JSON.stringify(tokenUrl)}.`,
    }
  }

  if (baseUrl && (!widget || !isVouchedFor(widget, page, scriptBaseUrl))) {
    return {
      problem:
        'data-base-url may name only Vitable’s widget server, a local ' +
        'sandbox, or the data-base-url of the script tag; received ' +
        `${JSON.stringify(baseUrl)}. Use Vitable.mount() for another.`,
    }
  }

  return {
    tokenUrl: token.href,
    ...(baseUrl ? { baseUrl } : {}),
    ...(locale ? { locale } : {}),
  }
}
