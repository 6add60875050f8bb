import type { Database } from './database.js'
import type { ElectionRequest } from './electionSchema.js'
import type { EmployeeRow } from './employeeRecords.js'
import { unprocessable } from './errors.js'
import { insertRow } from './insertRow.js'
import { type PlannedElection, planElection } from './planElection.js'

const UPDATE =
  'UPDATE enrollments SET status = @status, coverage_tier = @tier, ' +
  'selected_plan_id = @planId, employee_deduction_in_cents = @employeeCents, ' +
  'employer_contribution_in_cents = @employerCents, answered_at = @now, ' +
  'signed_by = @signedBy, updated_at = @now ' +
  "WHERE id = @enrollmentId AND status = 'pending'"

function assertDistinct(request: ElectionRequest): void {
  const ids = request.elections.map((election) => election.enrollment_id)

  for (const [index, id] of ids.entries()) {
    if (ids.indexOf(id) === index) continue

    throw unprocessable(
      `\`elections[${index}].enrollment_id\` ${id} appears twice.`,
    )
  }
}

function write(
  db: Database,
  planned: PlannedElection,
  signedBy: string,
  now: string,
): void {
  const { dependentIds, ...fields } = planned
  const result = db.prepare(UPDATE).run({ ...fields, signedBy, now })

  // A concurrent election got there first: abort the whole transaction.
  if (result.changes !== 1) {
    throw unprocessable(`${planned.enrollmentId} is no longer pending.`)
  }

  db.prepare('DELETE FROM enrollment_dependents WHERE enrollment_id = ?').run(
    planned.enrollmentId,
  )

  for (const dependentId of dependentIds) {
    insertRow(db, 'enrollment_dependents', {
      enrollment_id: planned.enrollmentId,
      dependent_id: dependentId,
    })
  }
}

/**
 * Applies every election of `request` for `employee`, all or nothing, in
 * one transaction: each is judged first, and one impossible election
 * (422 naming it) writes nothing. Returns the ids of the enrollments
 * answered, in request order. `now` is an ISO timestamp, `today` its date.
 */
export function submitElections(
  db: Database,
  employee: EmployeeRow,
  request: ElectionRequest,
  now: string,
  today: string,
): string[] {
  if (!request.signature.consent) {
    throw unprocessable(
      '`signature.consent` must be true to sign the elections.',
    )
  }

  assertDistinct(request)

  return db.transaction(() => {
    const plans = request.elections.map((election, index) =>
      planElection(db, employee, election, index, today),
    )

    for (const planned of plans) {
      write(db, planned, request.signature.full_name, now)
    }

    return plans.map((planned) => planned.enrollmentId)
  })()
}
