import { describe, expect, it } from 'vitest'
import { openDatabase } from './database.js'
import { seed } from './seed.js'
import { SEED } from './seedIds.js'
import { seeded, snapshot, TEST_NOW } from './testSandbox.js'

const db = seeded(openDatabase(':memory:'))

function all<T>(sql: string, ...params: string[]): T[] {
  return db.prepare<string[], T>(sql).all(...params)
}

const PREFIXES: [string, string][] = [
  ['organizations', 'org_'],
  ['employers', 'empr_'],
  ['employees', 'empl_'],
  ['members', 'mbr_'],
  ['dependents', 'dpnd_'],
  ['benefit_products', 'bprd_'],
  ['plans', 'plan_'],
  ['enrollments', 'enrl_'],
  ['qualifying_life_events', 'qle_'],
]

describe('seed', () => {
  it.each(PREFIXES)('gives every %s id the %s prefix', (table, prefix) => {
    const ids = all<{ id: string }>(`SELECT id FROM ${table}`)

    expect(ids.length).toBeGreaterThan(0)
    for (const { id } of ids) expect(id.startsWith(prefix)).toBe(true)
  })

  it('seeds one organization, two employers and seven employees', () => {
    const count = (table: string) =>
      all<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`)[0]?.n

    expect([
      count('organizations'),
      count('employers'),
      count('employees'),
    ]).toEqual([1, 2, 7])
  })

  it('includes accents, apostrophes and a very long name', () => {
    const names = all<{ name: string }>(
      "SELECT first_name || ' ' || last_name AS name FROM members",
    ).map((row) => row.name)

    expect(names).toContain('María José Peña')
    expect(names).toContain("Liam O'Connor")
    expect(names.some((name) => name.length > 60)).toBe(true)
  })

  it('has one employee without enrollments and one terminated', () => {
    const bare = all<{ id: string }>(
      'SELECT id FROM employees WHERE id NOT IN ' +
        '(SELECT employee_id FROM enrollments)',
    )
    const terminated = all<{ id: string }>(
      "SELECT id FROM employees WHERE status = 'terminated'",
    )

    expect(bare).toEqual([{ id: SEED.employees.zoe }])
    expect(terminated).toEqual([{ id: SEED.employees.jeanLuc }])
  })

  it('makes the first employee a showcase of every status', () => {
    const first = all<{ id: string }>(
      'SELECT id FROM employees ORDER BY rowid',
    )[0]
    const rows = all<{ status: string; start: string; end: string }>(
      'SELECT status, enrollment_window_start AS start, ' +
        'enrollment_window_end AS end FROM enrollments WHERE employee_id = ?',
      SEED.employees.maria,
    )
    const today = new Date(TEST_NOW).toISOString().slice(0, 10)
    const open = rows.find((row) => row.status === 'pending')

    expect(first?.id).toBe(SEED.employees.maria)
    expect(rows.map((row) => row.status).sort()).toEqual([
      'enrolled',
      'inactive',
      'pending',
      'waived',
    ])
    expect(open && open.start <= today && today <= open.end).toBe(true)
  })

  it('gives the first employee a spouse and children', () => {
    const relationships = all<{ relationship: string }>(
      'SELECT relationship FROM dependents WHERE member_id = ?',
      SEED.members.maria,
    ).map((row) => row.relationship)

    expect(relationships).toEqual(['Spouse', 'Child', 'Child'])
  })

  it('is deterministic for the same day', () => {
    const again = openDatabase(':memory:')

    seed(again, TEST_NOW)

    expect(snapshot(again)).toBe(snapshot(db))
  })
})
