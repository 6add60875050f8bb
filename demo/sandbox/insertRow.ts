import type { Database } from './database.js'

/** A row to insert: column name → SQLite value. */
export type Row = Record<string, string | number | null>

/** Inserts `row` into `table`; column names come from our own code only. */
export function insertRow(db: Database, table: string, row: Row): void {
  const columns = Object.keys(row)
  const names = columns.join(', ')
  const values = columns.map((column) => `@${column}`).join(', ')

  db.prepare(`INSERT INTO ${table} (${names}) VALUES (${values})`).run(row)
}
