/**
 * What a logged or echoed path must never show, and how it is hidden.
 *
 * 1. A credential (`vit_at_…`, `vit_apk_…`), in any case and under any
 *    depth of percent-encoding (`vit%255Fat%255F…`), keeps its kind and
 *    loses the rest: `vit_at_[redacted]`.
 * 2. A credential's secret part without its prefix is caught two ways:
 *    any run of 32 or more base64url or hex characters (a token's secret
 *    is 43; ids are at most 27, a prefix and 22), and the secret parts of
 *    the credentials the server knows, whatever their length.
 * 3. Either way the whole segment goes, not just the run: `[redacted]`.
 */

const CREDENTIAL = /vit_(apk|at)_/i

const PREFIX = /^vit_(apk|at)_/

const OPAQUE_RUN = /[A-Za-z0-9_-]{32,}/

// Enough for `%25255F` (three encodings deep) and then some.
const MAX_DECODINGS = 5

function decodings(segment: string): string[] {
  const forms = [segment]

  for (let depth = 0; depth < MAX_DECODINGS; depth += 1) {
    const last = forms[forms.length - 1] as string
    let next: string

    try {
      next = decodeURIComponent(last)
    } catch {
      break
    }

    if (next === last) break

    forms.push(next)
  }

  return forms
}

function secretOf(credential: string): string {
  return credential.replace(PREFIX, '')
}

function redactSegment(segment: string, secrets: string[]): string {
  const forms = decodings(segment)

  for (const form of forms) {
    const kind = CREDENTIAL.exec(form)?.[1]

    if (kind) return `vit_${kind.toLowerCase()}_[redacted]`
  }

  const isSecret = forms.some(
    (form) =>
      OPAQUE_RUN.test(form) || secrets.some((secret) => form.includes(secret)),
  )

  return isSecret ? '[redacted]' : segment
}

/**
 * `path` with every segment that holds a credential or its secret part
 * redacted; `known` lists credentials the server holds (the API key), so
 * a short secret of theirs is caught too. An id is a one-segment path.
 */
export function redactPath(path: string, known: string[] = []): string {
  const secrets = known.map(secretOf).filter((secret) => secret !== '')

  return path
    .split('/')
    .map((segment) => redactSegment(segment, secrets))
    .join('/')
}
