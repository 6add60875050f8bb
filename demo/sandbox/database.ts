import { mkdirSync, rmSync } from 'node:fs'
import { dirname } from 'node:path'
import BetterSqlite3 from 'better-sqlite3'
import { SCHEMA } from './schema.js'

/** An open sandbox database. */
export type Database = BetterSqlite3.Database

const IN_MEMORY = ':memory:'

/**
 * Opens (creating the folder, the file and the tables if needed) the
 * SQLite database at `file`, or an in-memory one for `:memory:`. Files run
 * in WAL mode so an interrupted write never leaves half a transaction.
 */
export function openDatabase(file: string): Database {
  if (file !== IN_MEMORY) mkdirSync(dirname(file), { recursive: true })

  const db = new BetterSqlite3(file)

  if (file !== IN_MEMORY) db.pragma('journal_mode = WAL')
  db.pragma('foreign_keys = ON')
  db.pragma('busy_timeout = 2000')
  db.exec(SCHEMA)

  return db
}

/** Deletes the database file at `file` and its WAL companions. */
export function deleteDatabase(file: string): void {
  if (file === IN_MEMORY) return

  for (const suffix of ['', '-wal', '-shm']) {
    rmSync(`${file}${suffix}`, { force: true })
  }
}
