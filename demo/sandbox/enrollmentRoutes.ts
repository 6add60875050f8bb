import { Hono } from 'hono'
import type { ApiDeps, ApiEnv } from './apiEnv.js'
import { toIsoDate } from './dates.js'
import { pageBody, readPage } from './pagination.js'
import { listPlans } from './planRecords.js'
import { reachEnrollment } from './scope.js'
import { toEnrollment } from './toEnrollment.js'

/**
 * `GET /v1/enrollments/{enrl}` and `GET /v1/enrollments/{enrl}/plans`
 * (the plans offered, with costs per coverage tier).
 */
export function enrollmentRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()
  const { db } = deps

  app.get('/:enrollmentId', (c) => {
    const id = c.req.param('enrollmentId')
    const enrollment = reachEnrollment(db, c.get('principal'), id)
    const today = toIsoDate(deps.clock())

    return c.json({ data: toEnrollment(db, enrollment, today) })
  })

  app.get('/:enrollmentId/plans', (c) => {
    const id = c.req.param('enrollmentId')
    const enrollment = reachEnrollment(db, c.get('principal'), id)
    const page = readPage(c)

    const plans = listPlans(db, enrollment.benefit_product_id)
    const data = plans.slice(page.offset, page.offset + page.limit)

    return c.json(pageBody(data, plans.length, page))
  })

  return app
}
