import { describe, expect, it } from 'vitest'
import { SIGNATURE } from './electionFixtures.js'
import { SEED } from './seedIds.js'
import {
  OTHER,
  otherOrganizationToken,
  seedOtherOrganization,
} from './seedOtherOrganization.js'
import {
  createTestSandbox,
  snapshot,
  TEST_NOW,
  type TestSandbox,
} from './testSandbox.js'

// The other organization's records, each beside a missing one of its kind.
const OUTSIDE = [
  ['employee', `/v1/employees/${OTHER.employeeId}`],
  ['enrollments', `/v1/employees/${OTHER.employeeId}/enrollments`],
  ['enrollment', `/v1/enrollments/${OTHER.enrollmentId}`],
  ['plans', `/v1/enrollments/${OTHER.enrollmentId}/plans`],
  ['dependents', `/v1/members/${OTHER.memberId}/dependents`],
  ['life events', `/v1/members/${OTHER.memberId}/qualifying-life-events`],
  ['ID cards', `/v1/members/${OTHER.memberId}/id-cards`],
  ['employees', `/v1/employers/${OTHER.employerId}/employees`],
]

const MISSING: Record<string, string> = {
  [OTHER.employeeId]: 'empl_doesNotExist0001',
  [OTHER.enrollmentId]: 'enrl_doesNotExist0001',
  [OTHER.memberId]: 'mbr_doesNotExist00001',
  [OTHER.employerId]: 'empr_doesNotExist0001',
}

const OTHER_IDS = Object.values(OTHER)

function withOtherOrganization(): TestSandbox {
  const sandbox = createTestSandbox()

  seedOtherOrganization(sandbox.db, sandbox.today())

  return sandbox
}

function asMissing(path: string): string {
  const [id, missing] = Object.entries(MISSING).find(([key]) =>
    path.includes(key),
  ) as [string, string]

  return path.replace(id, missing)
}

describe('another organization', () => {
  it.each([
    ['employee', OTHER.employeeId],
    ['employer', OTHER.employerId],
  ])('cannot be bound: minting for its %s answers 404', async (type, id) => {
    const sandbox = withOtherOrganization()
    const before = snapshot(sandbox.db)
    const body = {
      grant_type: 'client_credentials',
      bound_entity: { type, id },
    }

    const response = await sandbox.call(
      'POST',
      '/v1/auth/access-tokens',
      sandbox.config.apiKey,
      body,
    )
    const json = (await response.json()) as { error: { message: string } }

    expect(response.status).toBe(404)
    expect(json).toMatchObject({ error: { code: 'not_found' } })
    expect(json.error.message).toContain('`bound_entity.id`')
    expect(snapshot(sandbox.db)).toBe(before)
  })

  it.each(OUTSIDE)('hides its %s as missing', async (_, path) => {
    const sandbox = withOtherOrganization()
    const credentials = [sandbox.config.apiKey, await sandbox.mint(null)]

    for (const credential of credentials) {
      const outside = await sandbox.call('GET', path, credential)
      const absent = await sandbox.call('GET', asMissing(path), credential)
      const text = await outside.text()

      expect(outside.status).toBe(404)
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'not_found' } })
      expect(asMissing(text)).toBe(await absent.text())
    }
  })

  it.each([
    [
      'an election',
      `/v1/employees/${OTHER.employeeId}/enrollments/elect`,
      {
        elections: [{ enrollment_id: OTHER.enrollmentId, decision: 'Waived' }],
        signature: SIGNATURE,
      },
    ],
    [
      'a life event',
      `/v1/members/${OTHER.memberId}/qualifying-life-events`,
      { event_type: 'other', event_date: '2026-03-10' },
    ],
  ])('refuses %s for its people with 404', async (_, path, body) => {
    const sandbox = withOtherOrganization()
    const before = snapshot(sandbox.db)

    const response = await sandbox.call(
      'POST',
      path,
      sandbox.config.apiKey,
      body,
    )

    expect(response.status).toBe(404)
    expect(snapshot(sandbox.db)).toBe(before)
  })

  it('is left out of every list the API key reads', async () => {
    const sandbox = withOtherOrganization()
    const lists = [
      '/v1/employers',
      `/v1/employers/${SEED.employers.harbor}/employees`,
      `/v1/employers/${SEED.employers.northwind}/employees`,
    ]

    const texts = await Promise.all(
      lists.map(async (path) => {
        const response = await sandbox.call('GET', path, sandbox.config.apiKey)

        return response.text()
      }),
    )

    expect(JSON.parse(texts[0] as string)).toMatchObject({
      pagination: { total: 2 },
    })
    for (const text of texts) {
      for (const id of OTHER_IDS) expect(text).not.toContain(id)
    }
  })

  it('has tokens that reach no record of the first organization', async () => {
    const sandbox = withOtherOrganization()
    const token = otherOrganizationToken(sandbox.db, TEST_NOW)

    const employee = await sandbox.call(
      'GET',
      `/v1/employees/${SEED.employees.maria}`,
      token,
    )
    const employers = await sandbox.call('GET', '/v1/employers', token)

    expect(employee.status).toBe(404)
    expect(await employers.json()).toMatchObject({
      data: [{ id: OTHER.employerId }],
      pagination: { total: 1 },
    })
  })
})
