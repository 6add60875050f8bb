import { Hono } from 'hono'
import * as v from 'valibot'
import type { ApiDeps, ApiEnv } from './apiEnv.js'
import { toTimestamp } from './dates.js'
import { echoInput } from './echoInput.js'
import { findEmployee } from './employeeRecords.js'
import { findEmployer } from './employerRecords.js'
import { ApiError } from './errors.js'
import { idSchema } from './idSchema.js'
import { plainObject } from './plainObject.js'
import { readBody } from './requestBody.js'
import { requireApiKey } from './scope.js'
import type { BoundEntity } from './tokenStore.js'

const TOKEN_REQUEST = v.object({
  grant_type: v.literal('client_credentials', 'must be "client_credentials"'),
  bound_entity: v.nullish(
    v.pipe(
      plainObject('must be an object with type and id'),
      v.variant(
        'type',
        [
          v.object({ type: v.literal('employee'), id: idSchema('empl_') }),
          v.object({ type: v.literal('employer'), id: idSchema('empr_') }),
        ],
        'must be "employee" or "employer"',
      ),
    ),
  ),
})

function assertEntityExists(deps: ApiDeps, entity: BoundEntity): void {
  const record =
    entity.type === 'employee'
      ? findEmployee(deps.db, entity.id)
      : findEmployer(deps.db, entity.id)

  if (record?.organization_id === deps.organizationId) return

  throw new ApiError(
    404,
    'not_found',
    `\`bound_entity.id\` names no ${entity.type} with id ` +
      `\`${echoInput(entity.id)}\`.`,
  )
}

/**
 * `POST /v1/auth/access-tokens` (API key only) mints a token, bound or
 * not; `GET /v1/auth/me` tells any valid caller what its credential is.
 */
export function authRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()

  app.post('/access-tokens', async (c) => {
    requireApiKey(c.get('principal'), 'mint access tokens')

    const body = await readBody(c, TOKEN_REQUEST)
    const boundEntity = body.bound_entity ?? null

    if (boundEntity) assertEntityExists(deps, boundEntity)

    const issued = deps.tokens.issue(deps.organizationId, boundEntity)
    deps.stats.tokens_issued += 1

    return c.json({
      access_token: issued.token,
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      bound_entity: issued.boundEntity,
    })
  })

  app.get('/me', (c) => {
    const principal = c.get('principal')
    const expiresAt = principal.expiresAt

    return c.json({
      data: {
        credential: principal.credential,
        bound_entity: principal.boundEntity,
        expires_at: expiresAt === null ? null : toTimestamp(expiresAt),
      },
    })
  })

  return app
}
