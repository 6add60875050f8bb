import type { Database } from './database.js'
import type { Page } from './pagination.js'

/** Vitable's enrollment statuses. */
export type EnrollmentStatus = 'pending' | 'enrolled' | 'waived' | 'inactive'

/** An enrollment row joined with its employee, product and chosen plan. */
export interface EnrollmentRow {
  id: string
  employee_id: string
  employer_id: string
  member_id: string
  organization_id: string
  benefit_product_id: string
  benefit_name: string
  category: string
  product_code: string
  status: EnrollmentStatus
  coverage_tier: string | null
  selected_plan_id: string | null
  plan_name: string | null
  carrier_name: string | null
  coverage_start: string
  coverage_end: string | null
  employee_deduction_in_cents: number | null
  employer_contribution_in_cents: number | null
  enrollment_window_start: string
  enrollment_window_end: string
  answered_at: string | null
  terminated_at: string | null
  created_at: string
  updated_at: string
}

/** A dependent covered by an enrollment. */
export interface EnrolledDependent {
  dependent_id: string
  first_name: string
  last_name: string
  relationship: 'Spouse' | 'Child'
}

const SELECT =
  'SELECT n.*, e.employer_id, e.member_id, r.organization_id, ' +
  'b.name AS benefit_name, b.category, b.product_code, ' +
  'p.name AS plan_name, p.carrier_name FROM enrollments n ' +
  'JOIN employees e ON e.id = n.employee_id ' +
  'JOIN employers r ON r.id = e.employer_id ' +
  'JOIN benefit_products b ON b.id = n.benefit_product_id ' +
  'LEFT JOIN plans p ON p.id = n.selected_plan_id'

/** The enrollment with `id`, or undefined. */
export function findEnrollment(db: Database, id: string) {
  return db.prepare<[string], EnrollmentRow>(`${SELECT} WHERE n.id = ?`).get(id)
}

/** One page of an employee's enrollments (optionally of one status). */
export function listEnrollments(
  db: Database,
  employeeId: string,
  status: EnrollmentStatus | null,
  page: Page,
) {
  const where = 'WHERE n.employee_id = ? AND (? IS NULL OR n.status = ?)'
  const rows = db
    .prepare<
      [string, string | null, string | null, number, number],
      EnrollmentRow
    >(`${SELECT} ${where} ORDER BY n.rowid LIMIT ? OFFSET ?`)
    .all(employeeId, status, status, page.limit, page.offset)
  const count = db
    .prepare<[string, string | null, string | null], { total: number }>(
      `SELECT COUNT(*) AS total FROM enrollments n ${where}`,
    )
    .get(employeeId, status, status)

  return { rows, total: count?.total ?? 0 }
}

/** The dependents an enrollment covers. */
export function listEnrolledDependents(db: Database, enrollmentId: string) {
  return db
    .prepare<[string], EnrolledDependent>(
      'SELECT d.id AS dependent_id, d.first_name, d.last_name, ' +
        'd.relationship FROM enrollment_dependents x ' +
        'JOIN dependents d ON d.id = x.dependent_id ' +
        'WHERE x.enrollment_id = ? ORDER BY d.rowid',
    )
    .all(enrollmentId)
}

/** Whether `today` (`YYYY-MM-DD`) lies inside the enrollment window. */
export function isWithinWindow(row: EnrollmentRow, today: string): boolean {
  return (
    row.enrollment_window_start <= today && today <= row.enrollment_window_end
  )
}
