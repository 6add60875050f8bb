import { Hono } from 'hono'
import type { ApiDeps, ApiEnv } from './apiEnv.js'
import { listEmployees, toEmployee } from './employeeRecords.js'
import { listEmployers } from './employerRecords.js'
import { pageBody, readPage } from './pagination.js'
import { reachEmployer, requireEmployerLevel } from './scope.js'

/**
 * `GET /v1/employers` and `GET /v1/employers/{empr}/employees`, for the
 * API key, unbound tokens and an employer-bound token (its own employer
 * only); an employee-bound token gets 403.
 */
export function employerRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()
  const { db } = deps

  app.get('/', (c) => {
    const principal = c.get('principal')

    requireEmployerLevel(principal)

    const page = readPage(c)
    const onlyId = principal.boundEntity?.id ?? null
    const { organizationId } = principal

    const { rows, total } = listEmployers(db, organizationId, onlyId, page)

    return c.json(pageBody(rows, total, page))
  })

  app.get('/:employerId/employees', (c) => {
    const id = c.req.param('employerId')
    const employer = reachEmployer(db, c.get('principal'), id)
    const page = readPage(c)

    const { rows, total } = listEmployees(db, employer.id, page)
    const data = rows.map((row) => toEmployee(db, row))

    return c.json(pageBody(data, total, page))
  })

  return app
}
