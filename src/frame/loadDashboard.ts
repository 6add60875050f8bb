import type * as v from 'valibot'

import {
  type Employee,
  EmployeeResponseSchema,
  type Enrollment,
  EnrollmentsResponseSchema,
  MeResponseSchema,
} from './apiSchemas.js'
import { FrameError } from './FrameError.js'

/** What the dashboard view shows. */
export interface Dashboard {
  employee: Employee
  enrollments: Enrollment[]
}

/** The one call `loadDashboard` needs from the API client. */
export interface ApiReader {
  get<T>(path: string, schema: v.GenericSchema<unknown, T>): Promise<T>
}

/**
 * Reads the employee the token is bound to, then that employee and their
 * enrollments (first 100), in parallel.
 */
export async function loadDashboard(api: ApiReader): Promise<Dashboard> {
  const me = await api.get('/v1/auth/me', MeResponseSchema)
  const bound = me.data.bound_entity

  if (bound?.type !== 'employee') {
    throw new FrameError(
      'api_error',
      'The access token must be bound to an employee; mint it with ' +
        "bound_entity { type: 'employee', id: 'empl_…' }.",
      { retryable: false },
    )
  }

  const path = `/v1/employees/${encodeURIComponent(bound.id)}`
  const [employee, enrollments] = await Promise.all([
    api.get(path, EmployeeResponseSchema),
    api.get(`${path}/enrollments?limit=100`, EnrollmentsResponseSchema),
  ])

  return { employee: employee.data, enrollments: enrollments.data }
}
