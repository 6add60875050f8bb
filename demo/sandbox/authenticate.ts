import { timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import type { ApiDeps, ApiEnv, Principal } from './apiEnv.js'
import { unauthorized } from './errors.js'
import { hashCredential } from './tokenStore.js'

const BEARER = /^Bearer +(\S+)$/i
const CREDENTIAL = /^vit_(apk|at)_[A-Za-z0-9_-]+$/

function isApiKey(credential: string, keyHash: Buffer): boolean {
  const candidate = Buffer.from(hashCredential(credential), 'hex')

  return timingSafeEqual(candidate, keyHash)
}

function resolvePrincipal(
  deps: ApiDeps,
  keyHash: Buffer,
  header: string | undefined,
): Principal {
  if (!header) {
    throw unauthorized(
      'The `Authorization` header is missing; send ' +
        '`Bearer <API key or access token>`.',
    )
  }

  const credential = BEARER.exec(header)?.[1] ?? ''

  if (!CREDENTIAL.test(credential)) {
    throw unauthorized(
      'The `Authorization` header must be `Bearer vit_apk_…` or ' +
        '`Bearer vit_at_…`.',
    )
  }

  if (credential.startsWith('vit_apk_')) {
    if (!isApiKey(credential, keyHash)) {
      throw unauthorized('The API key is not recognised.')
    }

    return {
      credential: 'api_key',
      organizationId: deps.organizationId,
      boundEntity: null,
      expiresAt: null,
    }
  }

  const check = deps.tokens.check(credential)

  if (check.status === 'expired') {
    deps.stats.expired_token_rejections += 1
    throw unauthorized(
      'The access token has expired; mint a new one with the API key.',
    )
  }

  if (check.status === 'unknown') {
    throw unauthorized('The access token is not recognised.')
  }

  const { organizationId, boundEntity, expiresAt } = check

  return { credential: 'access_token', organizationId, boundEntity, expiresAt }
}

/**
 * Accepts `Authorization: Bearer <vit_apk_… | vit_at_…>` and stores the
 * caller as `principal`; anything missing, malformed, unknown or expired
 * answers 401 `unauthorized` without echoing the credential.
 */
export function authenticate(deps: ApiDeps): MiddlewareHandler<ApiEnv> {
  const keyHash = Buffer.from(hashCredential(deps.config.apiKey), 'hex')

  return async (c, next) => {
    const header = c.req.header('authorization')

    c.set('principal', resolvePrincipal(deps, keyHash, header))

    await next()
  }
}
