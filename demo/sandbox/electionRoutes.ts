import { Hono } from 'hono'
import type { ApiDeps, ApiEnv } from './apiEnv.js'
import { toIsoDate, toTimestamp } from './dates.js'
import { ELECTION_REQUEST } from './electionSchema.js'
import { findEnrollment } from './enrollmentRecords.js'
import { readBody } from './requestBody.js'
import { reachEmployee } from './scope.js'
import { submitElections } from './submitElections.js'
import { toEnrollment } from './toEnrollment.js'

/**
 * `POST /v1/employees/{empl}/enrollments/elect`: enroll (plan, tier,
 * dependents) or waive pending enrollments, signed; answers the updated
 * enrollments as `{ data: Enrollment[] }`.
 */
export function electionRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()
  const { db } = deps

  app.post('/:employeeId/enrollments/elect', async (c) => {
    const id = c.req.param('employeeId')
    const employee = reachEmployee(db, c.get('principal'), id)
    const request = await readBody(c, ELECTION_REQUEST)
    const now = deps.clock()
    const today = toIsoDate(now)

    const ids = submitElections(db, employee, request, toTimestamp(now), today)
    const rows = ids.map((enrollmentId) => findEnrollment(db, enrollmentId))
    const data = rows.flatMap((row) =>
      row ? [toEnrollment(db, row, today)] : [],
    )

    return c.json({ data })
  })

  return app
}
