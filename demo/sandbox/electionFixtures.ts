import { SEED } from './seedIds.js'
import { snapshot, type TestSandbox } from './testSandbox.js'

/** What an election attempt answered, and whether the database moved. */
export interface ElectionAttempt {
  status: number
  json: { data?: unknown; error?: { code: string; message: string } }
  /** True when no row of any table changed. */
  isUnchanged: boolean
}

const { dependents: d, employees, enrollments: n, plans: p } = SEED

/** The e-signature test elections carry. */
export const SIGNATURE = { full_name: 'María José Peña', consent: true }

/** María enrolling spouse and children in Essentials Silver; valid as is. */
export const FAMILY = {
  enrollment_id: n.mariaMedical,
  decision: 'Enrolled',
  coverage_tier: 'EF',
  selected_plan_id: p.essentialsSilver,
  dependent_ids: [d.andres, d.sofia],
}

/** The election route of `employeeId` (default María). */
export function electPath(employeeId: string = employees.maria): string {
  return `/v1/employees/${employeeId}/enrollments/elect`
}

/** A signed request holding `FAMILY` with `changes` applied. */
export function withElection(changes: Record<string, unknown>) {
  return { elections: [{ ...FAMILY, ...changes }], signature: SIGNATURE }
}

/**
 * POSTs `body` to the election route of `employeeId` with the API key and
 * reports the answer and whether the database is unchanged.
 */
export async function attemptElection(
  sandbox: TestSandbox,
  body: unknown,
  employeeId: string = employees.maria,
): Promise<ElectionAttempt> {
  const before = snapshot(sandbox.db)

  const response = await sandbox.call(
    'POST',
    electPath(employeeId),
    sandbox.config.apiKey,
    body,
  )
  const json = (await response.json()) as ElectionAttempt['json']

  return {
    status: response.status,
    json,
    isUnchanged: snapshot(sandbox.db) === before,
  }
}
