import type { Principal } from './apiEnv.js'
import type { Database } from './database.js'
import {
  type EmployeeRow,
  findEmployee,
  findEmployeesOfMember,
} from './employeeRecords.js'
import { type Employer, findEmployer } from './employerRecords.js'
import { type EnrollmentRow, findEnrollment } from './enrollmentRecords.js'
import { forbidden, notFound } from './errors.js'

/**
 * Row-level security, in one place.
 *
 * 1. The API key and unbound tokens reach their whole organization.
 * 2. An employer-bound token reaches that employer and its employees
 *    (with their members, enrollments, dependents, events and cards).
 * 3. An employee-bound token reaches that employee, their member and
 *    what hangs off them, nothing else.
 * 4. A member employed twice is reached through the employments in reach
 *    only: life events filed under another employment stay hidden
 *    (dependents and ID cards belong to the member, not an employment).
 * 5. Anything out of reach answers 404 exactly as a missing record does;
 *    employer-level endpoints answer an employee-bound token with 403.
 */

interface Employment {
  id: string
  employer_id: string
  organization_id: string
}

function reaches(principal: Principal, employment: Employment): boolean {
  const bound = principal.boundEntity

  if (employment.organization_id !== principal.organizationId) return false

  if (!bound) return true

  if (bound.type === 'employer') return employment.employer_id === bound.id

  return employment.id === bound.id
}

function activeFirst(a: EmployeeRow, b: EmployeeRow): number {
  return Number(b.status === 'active') - Number(a.status === 'active')
}

/** The employee `id` if the caller reaches it; else 404. */
export function reachEmployee(
  db: Database,
  principal: Principal,
  id: string,
): EmployeeRow {
  const employee = findEmployee(db, id)

  if (!employee || !reaches(principal, employee)) {
    throw notFound('employee', id)
  }

  return employee
}

/**
 * The employments through which the caller reaches member `id`, active
 * ones first (a bound employee's token reaches its own only); else 404.
 */
export function reachEmployments(
  db: Database,
  principal: Principal,
  id: string,
): [EmployeeRow, ...EmployeeRow[]] {
  const reached = findEmployeesOfMember(db, id)
    .filter((row) => reaches(principal, row))
    .sort(activeFirst)
  const [first, ...rest] = reached

  if (!first) throw notFound('member', id)

  return [first, ...rest]
}

/** The first employment through which the caller reaches member `id`. */
export function reachMember(
  db: Database,
  principal: Principal,
  id: string,
): EmployeeRow {
  return reachEmployments(db, principal, id)[0]
}

/** The enrollment `id` if the caller reaches its employee; else 404. */
export function reachEnrollment(
  db: Database,
  principal: Principal,
  id: string,
): EnrollmentRow {
  const enrollment = findEnrollment(db, id)
  const employment = enrollment && {
    id: enrollment.employee_id,
    employer_id: enrollment.employer_id,
    organization_id: enrollment.organization_id,
  }

  if (!employment || !reaches(principal, employment)) {
    throw notFound('enrollment', id)
  }

  return enrollment
}

/** Refuses employee-bound tokens on employer-level endpoints with 403. */
export function requireEmployerLevel(principal: Principal): void {
  if (principal.boundEntity?.type !== 'employee') return

  throw forbidden(
    'An employee-bound token cannot use employer-level endpoints.',
  )
}

/** The employer `id` for an employer-level caller who reaches it. */
export function reachEmployer(
  db: Database,
  principal: Principal,
  id: string,
): Employer {
  requireEmployerLevel(principal)

  const employer = findEmployer(db, id)
  const bound = principal.boundEntity
  const isInOrganization =
    employer?.organization_id === principal.organizationId
  const isOwn = !bound || bound.id === id

  if (!employer || !isInOrganization || !isOwn) throw notFound('employer', id)

  return employer
}

/** Refuses every credential but the API key with 403. */
export function requireApiKey(principal: Principal, action: string): void {
  if (principal.credential === 'api_key') return

  throw forbidden(`Only the API key can ${action}; access tokens cannot.`)
}
