import { Hono } from 'hono'
import type { ApiDeps, ApiEnv } from './apiEnv.js'
import { listDependents, listIdCards } from './memberRecords.js'
import { pageBody, readPage } from './pagination.js'
import { reachMember } from './scope.js'

/**
 * `GET /v1/members/{mbr}/dependents` and `GET /v1/members/{mbr}/id-cards`
 * (medical, dental, vision, rx), for any caller that reaches the member.
 */
export function memberRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()
  const { db } = deps

  app.get('/:memberId/dependents', (c) => {
    const id = c.req.param('memberId')
    const employment = reachMember(db, c.get('principal'), id)
    const page = readPage(c)

    const { rows, total } = listDependents(db, employment.member_id, page)

    return c.json(pageBody(rows, total, page))
  })

  app.get('/:memberId/id-cards', (c) => {
    const id = c.req.param('memberId')
    const employment = reachMember(db, c.get('principal'), id)
    const page = readPage(c)

    const { rows, total } = listIdCards(db, employment.member_id, page)

    return c.json(pageBody(rows, total, page))
  })

  return app
}
