import type { Database } from './database.js'
import type { Page } from './pagination.js'

/**
 * A dependent as answered, with Vitable's field names: the stored
 * `active` flag answers as the boolean `active_in`.
 */
export interface Dependent {
  id: string
  member_id: string
  first_name: string
  last_name: string
  date_of_birth: string
  relationship: 'Spouse' | 'Child'
  sex: string
  active_in: boolean
  created_at: string
  updated_at: string
}

/** A digital ID card, with Vitable's field names. */
export type IdCard = { card_type: string } & Record<string, unknown>

type DependentRow = Omit<Dependent, 'active_in'> & { active: number }

function countOf(db: Database, table: string, memberId: string): number {
  const row = db
    .prepare<[string], { total: number }>(
      `SELECT COUNT(*) AS total FROM ${table} WHERE member_id = ?`,
    )
    .get(memberId)

  return row?.total ?? 0
}

/** Whether a member with `id` exists. */
export function memberExists(db: Database, id: string): boolean {
  return db.prepare('SELECT 1 FROM members WHERE id = ?').get(id) !== undefined
}

/** The member's dependents, in seed order, active ones included only. */
export function findDependents(db: Database, memberId: string): Dependent[] {
  return db
    .prepare<[string], DependentRow>(
      'SELECT * FROM dependents WHERE member_id = ? AND active = 1 ' +
        'ORDER BY rowid',
    )
    .all(memberId)
    .map(({ active, ...row }) => ({ ...row, active_in: active === 1 }))
}

/** One page of the member's active dependents and the total. */
export function listDependents(db: Database, memberId: string, page: Page) {
  const all = findDependents(db, memberId)
  const rows = all.slice(page.offset, page.offset + page.limit)

  return { rows, total: all.length }
}

/** One page of the member's ID cards and the total. */
export function listIdCards(db: Database, memberId: string, page: Page) {
  const rows = db
    .prepare<[string, number, number], { card_type: string; details: string }>(
      'SELECT card_type, details FROM id_cards WHERE member_id = ? ' +
        'ORDER BY rowid LIMIT ? OFFSET ?',
    )
    .all(memberId, page.limit, page.offset)
  const cards = rows.map(
    (row): IdCard => ({
      card_type: row.card_type,
      ...(JSON.parse(row.details) as Record<string, unknown>),
    }),
  )

  return { rows: cards, total: countOf(db, 'id_cards', memberId) }
}
