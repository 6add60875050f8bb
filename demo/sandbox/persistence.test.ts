import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from './database.js'
import { isSeeded } from './seed.js'
import { SEED } from './seedIds.js'
import { createTestSandbox, seeded } from './testSandbox.js'

const ELECTION = {
  elections: [
    {
      enrollment_id: SEED.enrollments.mariaMedical,
      decision: 'Enrolled',
      coverage_tier: 'ES',
      selected_plan_id: SEED.plans.essentialsBronze,
      dependent_ids: [SEED.dependents.andres],
    },
  ],
  signature: { full_name: 'María José Peña', consent: true },
}

const folders: string[] = []

function tempFile(): string {
  const folder = mkdtempSync(join(tmpdir(), 'vitable-sandbox-'))
  folders.push(folder)

  return join(folder, 'nested', 'sandbox.db')
}

afterEach(() => {
  for (const folder of folders.splice(0)) {
    rmSync(folder, { recursive: true, force: true })
  }
})

describe('a database file', () => {
  it('keeps an election and its token across a restart', async () => {
    const file = tempFile()
    const first = createTestSandbox(seeded(openDatabase(file)))
    const token = await first.mint({
      type: 'employee',
      id: SEED.employees.maria,
    })
    const path = `/v1/employees/${SEED.employees.maria}/enrollments/elect`

    const elected = await first.call('POST', path, token, ELECTION)
    first.db.close()
    const second = createTestSandbox(openDatabase(file))
    const response = await second.call(
      'GET',
      `/v1/enrollments/${SEED.enrollments.mariaMedical}`,
      token,
    )

    expect(elected.status).toBe(200)
    expect(await response.json()).toMatchObject({
      data: {
        status: 'enrolled',
        coverage_tier: 'ES',
        selected_plan: { id: SEED.plans.essentialsBronze },
        enrolled_dependents: [{ dependent_id: SEED.dependents.andres }],
        employee_deduction_in_cents: 12000,
      },
    })
    second.db.close()
  })

  it('runs in WAL mode and stays seeded once seeded', () => {
    const file = tempFile()
    seeded(openDatabase(file)).close()

    const db = openDatabase(file)

    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(isSeeded(db)).toBe(true)
    db.close()
  })
})
