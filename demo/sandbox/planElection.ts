import type { Database } from './database.js'
import { echoInput } from './echoInput.js'
import type { ElectionInput } from './electionSchema.js'
import type { EmployeeRow } from './employeeRecords.js'
import {
  type EnrollmentRow,
  findEnrollment,
  isWithinWindow,
} from './enrollmentRecords.js'
import { unprocessable } from './errors.js'
import { householdMatchesTier } from './householdMatchesTier.js'
import {
  type CoverageTier,
  findPlanCost,
  isPlanOffered,
} from './planRecords.js'

/** The write one valid election turns into. */
export interface PlannedElection {
  enrollmentId: string
  status: 'enrolled' | 'waived'
  tier: CoverageTier | null
  planId: string | null
  employeeCents: number | null
  employerCents: number | null
  dependentIds: string[]
}

function openEnrollment(
  db: Database,
  employee: EmployeeRow,
  id: string,
  field: string,
  today: string,
): EnrollmentRow {
  const row = findEnrollment(db, id)
  const named = `\`${field}.enrollment_id\` ${echoInput(id)}`

  if (!row || row.employee_id !== employee.id) {
    throw unprocessable(`${named} is not an enrollment of this employee.`)
  }

  if (row.status !== 'pending') {
    throw unprocessable(
      `${named} is ${row.status}; only pending enrollments can be elected.`,
    )
  }

  if (!isWithinWindow(row, today)) {
    throw unprocessable(
      `${named} can only be elected from ${row.enrollment_window_start} ` +
        `to ${row.enrollment_window_end}.`,
    )
  }

  return row
}

function assertBareWaiver(election: ElectionInput, field: string): void {
  const { coverage_tier: tier, selected_plan_id: planId } = election
  const hasTier = tier !== null && tier !== undefined && tier !== 'Unspecified'

  if (planId) {
    throw unprocessable(
      `\`${field}.selected_plan_id\` must be empty to waive; ` +
        `received ${echoInput(planId)}.`,
    )
  }

  if (election.dependent_ids.length > 0) {
    throw unprocessable(
      `\`${field}.dependent_ids\` must be empty to waive; ` +
        `received ${election.dependent_ids.length} dependent(s).`,
    )
  }

  if (hasTier) {
    throw unprocessable(
      `\`${field}.coverage_tier\` must be absent or Unspecified to ` +
        `waive; received ${tier}.`,
    )
  }
}

/**
 * Judges one election (at `elections[index]`) against the database and
 * returns the write it needs, or throws 422 `unprocessable` naming the
 * field: not this employee's, not pending, outside its window, no tier,
 * a plan not offered, dependents that do not match the tier, or a waiver
 * that names a plan, dependents or a tier.
 */
export function planElection(
  db: Database,
  employee: EmployeeRow,
  election: ElectionInput,
  index: number,
  today: string,
): PlannedElection {
  const field = `elections[${index}]`
  const row = openEnrollment(db, employee, election.enrollment_id, field, today)
  const { coverage_tier: tier, selected_plan_id: planId } = election

  if (election.decision === 'Waived') {
    assertBareWaiver(election, field)

    return {
      enrollmentId: row.id,
      status: 'waived',
      tier: null,
      planId: null,
      employeeCents: null,
      employerCents: null,
      dependentIds: [],
    }
  }

  if (!tier || tier === 'Unspecified') {
    throw unprocessable(
      `\`${field}.coverage_tier\` must be EE, ES, EC or EF to enroll.`,
    )
  }

  const isOffered = planId && isPlanOffered(db, planId, row.benefit_product_id)
  const cost = isOffered ? findPlanCost(db, planId, tier) : undefined

  if (!planId || !cost) {
    throw unprocessable(
      `\`${field}.selected_plan_id\` must name a plan offered for ` +
        `${row.id} to enroll.`,
    )
  }

  householdMatchesTier(
    db,
    employee.member_id,
    election.dependent_ids,
    tier,
    field,
  )

  return {
    enrollmentId: row.id,
    status: 'enrolled',
    tier,
    planId,
    employeeCents: cost.employee_contribution_cents,
    employerCents: cost.employer_contribution_cents,
    dependentIds: election.dependent_ids,
  }
}
