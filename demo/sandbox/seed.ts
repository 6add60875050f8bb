import type { Database } from './database.js'
import { toIsoDate } from './dates.js'
import { seedBenefits } from './seedBenefits.js'
import { seedDependents } from './seedDependents.js'
import { seedEmployers } from './seedEmployers.js'
import { seedEnrollments } from './seedEnrollments.js'
import { seedMemberRecords } from './seedMemberRecords.js'
import { seedPeople } from './seedPeople.js'

export { SEED } from './seedIds.js'

/** Whether the database already holds the seeded organization. */
export function isSeeded(db: Database): boolean {
  const row = db.prepare('SELECT 1 FROM organizations LIMIT 1').get()

  return row !== undefined
}

/**
 * Seeds the sandbox data in one transaction: one organization, two
 * employers, seven employees with members, dependents, plans, enrollments,
 * ID cards and life events. Ids are fixed (`SEED`); dates are relative to
 * `now` (epoch ms, default the current time) so the demo always looks
 * current.
 */
export function seed(db: Database, now: number = Date.now()): void {
  const today = toIsoDate(now)

  db.transaction(() => {
    seedEmployers(db, today)
    seedPeople(db, today)
    seedDependents(db, today)
    seedBenefits(db)
    seedEnrollments(db, today)
    seedMemberRecords(db, today)
  })()
}
