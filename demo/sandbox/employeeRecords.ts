import type { Database } from './database.js'
import type { Page } from './pagination.js'

/** An employee row joined with its member and employer's organization. */
export interface EmployeeRow {
  id: string
  member_id: string
  employer_id: string
  organization_id: string
  first_name: string
  last_name: string
  date_of_birth: string
  sex: string
  email: string
  phone: string | null
  employee_class: string
  status: 'active' | 'terminated'
  hire_date: string
  termination_date: string | null
  reference_id: string | null
  created_at: string
  updated_at: string
}

/**
 * An employee as the API answers it, with Vitable's field names (the
 * member's `sex` column answers as `gender`, as in the current schema).
 */
export type Employee = Omit<EmployeeRow, 'organization_id' | 'sex'> & {
  gender: string
  suffix: null
  enrollments: { id: string; status: string; answered_at: string | null }[]
}

const SELECT =
  'SELECT e.*, m.first_name, m.last_name, m.date_of_birth, m.sex, ' +
  'r.organization_id FROM employees e ' +
  'JOIN members m ON m.id = e.member_id ' +
  'JOIN employers r ON r.id = e.employer_id'

/** The employee with `id`, or undefined. */
export function findEmployee(db: Database, id: string) {
  return db.prepare<[string], EmployeeRow>(`${SELECT} WHERE e.id = ?`).get(id)
}

/** Every employment of the member `memberId`. */
export function findEmployeesOfMember(db: Database, memberId: string) {
  return db
    .prepare<[string], EmployeeRow>(`${SELECT} WHERE e.member_id = ?`)
    .all(memberId)
}

/** One page of an employer's employees, in seed order, and the total. */
export function listEmployees(db: Database, employerId: string, page: Page) {
  const rows = db
    .prepare<[string, number, number], EmployeeRow>(
      `${SELECT} WHERE e.employer_id = ? ORDER BY e.rowid LIMIT ? OFFSET ?`,
    )
    .all(employerId, page.limit, page.offset)
  const count = db
    .prepare<[string], { total: number }>(
      'SELECT COUNT(*) AS total FROM employees WHERE employer_id = ?',
    )
    .get(employerId)

  return { rows, total: count?.total ?? 0 }
}

/** The API shape of an employee, with a summary of its enrollments. */
export function toEmployee(db: Database, row: EmployeeRow): Employee {
  const enrollments = db
    .prepare<[string], Employee['enrollments'][number]>(
      'SELECT id, status, answered_at FROM enrollments ' +
        'WHERE employee_id = ? ORDER BY rowid',
    )
    .all(row.id)

  return {
    id: row.id,
    member_id: row.member_id,
    employer_id: row.employer_id,
    first_name: row.first_name,
    last_name: row.last_name,
    suffix: null,
    date_of_birth: row.date_of_birth,
    gender: row.sex,
    email: row.email,
    phone: row.phone,
    employee_class: row.employee_class,
    status: row.status,
    hire_date: row.hire_date,
    termination_date: row.termination_date,
    reference_id: row.reference_id,
    enrollments,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}
