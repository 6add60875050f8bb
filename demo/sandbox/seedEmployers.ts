import type { Database } from './database.js'
import { addDays } from './dates.js'
import { insertRow } from './insertRow.js'
import { SEED } from './seedIds.js'

const EMPLOYERS = [
  {
    id: SEED.employers.harbor,
    name: 'Harbor & Pine Coffee',
    legal_name: 'Harbor & Pine Coffee Co.',
    ein: '12-3456780',
  },
  {
    id: SEED.employers.northwind,
    name: 'Northwind Logistics',
    legal_name: 'Northwind Logistics LLC',
    ein: '98-7654321',
  },
]

/** Seeds the one organization (the API key's) and its two employers. */
export function seedEmployers(db: Database, today: string): void {
  const createdAt = `${addDays(today, -2400)}T12:00:00.000Z`

  insertRow(db, 'organizations', {
    id: SEED.organizationId,
    name: 'Sandbox Payroll Co.',
    created_at: createdAt,
  })

  for (const employer of EMPLOYERS) {
    insertRow(db, 'employers', {
      ...employer,
      organization_id: SEED.organizationId,
      created_at: createdAt,
      updated_at: createdAt,
    })
  }
}
