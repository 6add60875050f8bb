import type { Database } from './database.js'
import {
  type EnrolledDependent,
  type EnrollmentRow,
  type EnrollmentStatus,
  isWithinWindow,
  listEnrolledDependents,
} from './enrollmentRecords.js'

/** An enrollment as the API answers it, with Vitable's field names. */
export interface Enrollment {
  id: string
  employee_id: string
  employer_id: string
  benefit: { id: string; name: string; category: string; product_code: string }
  status: EnrollmentStatus
  coverage_tier: string | null
  selected_plan: {
    id: string
    name: string
    carrier_name: string | null
  } | null
  enrolled_dependents: EnrolledDependent[]
  coverage_start: string
  coverage_end: string | null
  /** Monthly, in cents; null unless enrolled. */
  employee_deduction_in_cents: number | null
  /** Monthly, in cents; null unless enrolled. */
  employer_contribution_in_cents: number | null
  enrollment_window_start: string
  enrollment_window_end: string
  is_within_enrollment_window: boolean
  answered_at: string | null
  terminated_at: string | null
  created_at: string
  updated_at: string
}

/**
 * The API shape of an enrollment row; `today` (`YYYY-MM-DD`, the server's
 * date) decides `is_within_enrollment_window` so clients need not compare
 * dates with their own clock.
 */
export function toEnrollment(
  db: Database,
  row: EnrollmentRow,
  today: string,
): Enrollment {
  const plan =
    row.selected_plan_id && row.plan_name
      ? {
          id: row.selected_plan_id,
          name: row.plan_name,
          carrier_name: row.carrier_name,
        }
      : null

  return {
    id: row.id,
    employee_id: row.employee_id,
    employer_id: row.employer_id,
    benefit: {
      id: row.benefit_product_id,
      name: row.benefit_name,
      category: row.category,
      product_code: row.product_code,
    },
    status: row.status,
    coverage_tier: row.coverage_tier,
    selected_plan: plan,
    enrolled_dependents: listEnrolledDependents(db, row.id),
    coverage_start: row.coverage_start,
    coverage_end: row.coverage_end,
    employee_deduction_in_cents: row.employee_deduction_in_cents,
    employer_contribution_in_cents: row.employer_contribution_in_cents,
    enrollment_window_start: row.enrollment_window_start,
    enrollment_window_end: row.enrollment_window_end,
    is_within_enrollment_window: isWithinWindow(row, today),
    answered_at: row.answered_at,
    terminated_at: row.terminated_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
  }
}
