import type { Database } from './database.js'
import { addDays } from './dates.js'
import { insertRow } from './insertRow.js'
import { SEED } from './seedIds.js'

/** Days before the seed date that María's youngest, Mateo, was born. */
export const MATEO_AGE_DAYS = 200

/** Seeds María's spouse and two children, and Chloé's daughter. */
export function seedDependents(db: Database, today: string): void {
  const { dependents, members } = SEED
  const mateoBorn = addDays(today, -MATEO_AGE_DAYS)
  const rows = [
    [
      dependents.andres,
      members.maria,
      'Andrés',
      'Peña Ruiz',
      '1986-10-03',
      'Spouse',
      'Male',
    ],
    [
      dependents.sofia,
      members.maria,
      'Sofía',
      'Peña',
      '2019-03-21',
      'Child',
      'Female',
    ],
    [
      dependents.mateo,
      members.maria,
      'Mateo',
      'Peña',
      mateoBorn,
      'Child',
      'Male',
    ],
    [
      dependents.lea,
      members.chloe,
      'Léa',
      'Dubois-Martin',
      '2015-05-09',
      'Child',
      'Female',
    ],
  ] as const

  for (const [id, memberId, first, last, born, relationship, sex] of rows) {
    const createdAt = `${addDays(today, -150)}T09:12:00.000Z`

    insertRow(db, 'dependents', {
      id,
      member_id: memberId,
      first_name: first,
      last_name: last,
      date_of_birth: born,
      relationship,
      sex,
      active: 1,
      created_at: createdAt,
      updated_at: createdAt,
    })
  }
}
