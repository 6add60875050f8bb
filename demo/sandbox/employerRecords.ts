import type { Database } from './database.js'
import type { Page } from './pagination.js'

/** An employer as stored and as the API answers it. */
export interface Employer {
  id: string
  organization_id: string
  name: string
  legal_name: string
  ein: string
  created_at: string
  updated_at: string
}

/** The employer with `id`, or undefined. */
export function findEmployer(db: Database, id: string) {
  return db
    .prepare<[string], Employer>('SELECT * FROM employers WHERE id = ?')
    .get(id)
}

/**
 * One page of the organization's employers and the total; `onlyId`
 * narrows the list to one employer (an employer-bound caller's own).
 */
export function listEmployers(
  db: Database,
  organizationId: string,
  onlyId: string | null,
  page: Page,
) {
  const where = 'WHERE organization_id = ? AND (? IS NULL OR id = ?)'
  const rows = db
    .prepare<[string, string | null, string | null, number, number], Employer>(
      `SELECT * FROM employers ${where} ORDER BY rowid LIMIT ? OFFSET ?`,
    )
    .all(organizationId, onlyId, onlyId, page.limit, page.offset)
  const count = db
    .prepare<[string, string | null, string | null], { total: number }>(
      `SELECT COUNT(*) AS total FROM employers ${where}`,
    )
    .get(organizationId, onlyId, onlyId)

  return { rows, total: count?.total ?? 0 }
}
