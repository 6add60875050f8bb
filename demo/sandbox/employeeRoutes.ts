import { Hono } from 'hono'
import * as v from 'valibot'
import type { ApiDeps, ApiEnv } from './apiEnv.js'
import { toIsoDate } from './dates.js'
import { toEmployee } from './employeeRecords.js'
import { listEnrollments } from './enrollmentRecords.js'
import { pageBody, readPage } from './pagination.js'
import { readQuery } from './requestQuery.js'
import { reachEmployee } from './scope.js'
import { toEnrollment } from './toEnrollment.js'

const STATUS_QUERY = v.object({
  status: v.optional(
    v.picklist(
      ['pending', 'enrolled', 'waived', 'inactive'],
      'must be pending, enrolled, waived or inactive',
    ),
  ),
})

/**
 * `GET /v1/employees/{empl}` and `GET /v1/employees/{empl}/enrollments`
 * (`?page=&limit=&status=`), for any caller that reaches the employee.
 */
export function employeeRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()
  const { db } = deps

  app.get('/:employeeId', (c) => {
    const id = c.req.param('employeeId')
    const employee = reachEmployee(db, c.get('principal'), id)

    return c.json({ data: toEmployee(db, employee) })
  })

  app.get('/:employeeId/enrollments', (c) => {
    const id = c.req.param('employeeId')
    const employee = reachEmployee(db, c.get('principal'), id)
    const page = readPage(c)
    const { status } = readQuery(c, STATUS_QUERY)
    const today = toIsoDate(deps.clock())

    const { rows, total } = listEnrollments(
      db,
      employee.id,
      status ?? null,
      page,
    )
    const data = rows.map((row) => toEnrollment(db, row, today))

    return c.json(pageBody(data, total, page))
  })

  return app
}
