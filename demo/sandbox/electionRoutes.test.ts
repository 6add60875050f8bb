import { describe, expect, it } from 'vitest'
import {
  attemptElection,
  electPath,
  FAMILY,
  SIGNATURE,
  withElection,
} from './electionFixtures.js'
import { SEED } from './seedIds.js'
import { createTestSandbox, snapshot, TEST_NOW } from './testSandbox.js'

const { dependents: d, employees, enrollments: n, plans: p } = SEED

const WAIVER = {
  enrollment_id: n.mariaMedical,
  decision: 'Waived',
}

describe('POST /v1/employees/{empl}/enrollments/elect', () => {
  it('enrolls with plan, tier and dependents', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint({ type: 'employee', id: employees.maria })

    const response = await sandbox.call(
      'POST',
      electPath(),
      token,
      withElection({}),
    )

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      data: [
        expect.objectContaining({
          id: n.mariaMedical,
          status: 'enrolled',
          coverage_tier: 'EF',
          selected_plan: expect.objectContaining({ id: p.essentialsSilver }),
          enrolled_dependents: [
            expect.objectContaining({ dependent_id: d.andres }),
            expect.objectContaining({ dependent_id: d.sofia }),
          ],
          employee_deduction_in_cents: 27400,
          employer_contribution_in_cents: 18000,
          answered_at: new Date(TEST_NOW).toISOString(),
        }),
      ],
    })
  })

  it('waives, clearing plan and deductions, and keeps the signer', async () => {
    const sandbox = createTestSandbox()
    const body = { elections: [WAIVER], signature: SIGNATURE }

    const { json } = await attemptElection(sandbox, body)
    const signer = sandbox.db
      .prepare('SELECT signed_by FROM enrollments WHERE id = ?')
      .get(n.mariaMedical)

    expect(json).toMatchObject({
      data: [
        {
          status: 'waived',
          selected_plan: null,
          employee_deduction_in_cents: null,
          enrolled_dependents: [],
        },
      ],
    })
    expect(signer).toEqual({ signed_by: 'María José Peña' })
  })

  it('shows the election in the enrollment list afterwards', async () => {
    const sandbox = createTestSandbox()
    const key = sandbox.config.apiKey

    await sandbox.call('POST', electPath(), key, withElection({}))
    const response = await sandbox.call(
      'GET',
      `/v1/enrollments/${n.mariaMedical}`,
      key,
    )

    expect(await response.json()).toMatchObject({
      data: { status: 'enrolled', coverage_tier: 'EF' },
    })
  })

  it.each([
    ['at the top', { ...withElection({}), coupon: 'FREE' }],
    ['in an election', withElection({ employee_deduction_in_cents: 0 })],
    [
      'in the signature',
      { elections: [FAMILY], signature: { ...SIGNATURE, signed_by: 'X' } },
    ],
  ])(
    'ignores unknown fields %s, writing what it would without',
    async (_, body) => {
      const plain = createTestSandbox()
      const padded = createTestSandbox()
      const expected = await attemptElection(plain, withElection({}))

      const attempt = await attemptElection(padded, body)

      expect(attempt.status).toBe(200)
      expect(attempt.json).toEqual(expected.json)
      expect(snapshot(padded.db)).toBe(snapshot(plain.db))
    },
  )

  it.each([
    [
      'elections is not an array',
      { elections: {}, signature: SIGNATURE },
      '`elections`',
    ],
    [
      'elections is empty',
      { elections: [], signature: SIGNATURE },
      '`elections`',
    ],
    [
      'an enrollment_id is a number',
      withElection({ enrollment_id: 5 }),
      '`elections[0].enrollment_id`',
    ],
    [
      'an enrollment_id has the wrong prefix',
      withElection({ enrollment_id: 'empl_x' }),
      '`elections[0].enrollment_id`',
    ],
    [
      'a decision is unknown',
      withElection({ decision: 'Maybe' }),
      '`elections[0].decision`',
    ],
    [
      'a coverage_tier is unknown',
      withElection({ coverage_tier: 'XX' }),
      '`elections[0].coverage_tier`',
    ],
    [
      'dependent_ids is a string',
      withElection({ dependent_ids: d.andres }),
      '`elections[0].dependent_ids`',
    ],
    [
      'a dependent id has the wrong prefix',
      withElection({ dependent_ids: ['mbr_x'] }),
      '`elections[0].dependent_ids[0]`',
    ],
    [
      'the signature is missing',
      { elections: [FAMILY] },
      '`signature` is required',
    ],
    [
      'the signature is an array',
      { elections: [FAMILY], signature: [] },
      '`signature` must be an object',
    ],
    [
      'the signature is a string',
      { elections: [FAMILY], signature: 'María' },
      '`signature` must be an object',
    ],
    [
      'an election is an array',
      { elections: [[]], signature: SIGNATURE },
      '`elections[0]` must be an object.',
    ],
    [
      'an election is a number',
      { elections: [FAMILY, 5], signature: SIGNATURE },
      '`elections[1]` must be an object.',
    ],
    [
      'the signer name is blank',
      { elections: [FAMILY], signature: { full_name: '  ', consent: true } },
      '`signature.full_name`',
    ],
    [
      'consent is a string',
      { elections: [FAMILY], signature: { full_name: 'M', consent: 'yes' } },
      '`signature.consent`',
    ],
    ['the body is not JSON', '{elections: []}', 'JSON'],
  ])('answers 400 when %s, writing nothing', async (_, body, field) => {
    const sandbox = createTestSandbox()

    const { status, json, isUnchanged } = await attemptElection(sandbox, body)

    expect(status).toBe(400)
    expect(json.error?.code).toBe('invalid_request')
    expect(json.error?.message).toContain(field)
    expect(isUnchanged).toBe(true)
  })

  it.each([
    [
      'consent is false',
      { elections: [FAMILY], signature: { ...SIGNATURE, consent: false } },
      '`signature.consent`',
    ],
    [
      'an enrollment is listed twice',
      { elections: [FAMILY, FAMILY], signature: SIGNATURE },
      '`elections[1].enrollment_id`',
    ],
  ])('answers 422 when %s, writing nothing', async (_, body, field) => {
    const sandbox = createTestSandbox()

    const { status, json, isUnchanged } = await attemptElection(sandbox, body)

    expect(status).toBe(422)
    expect(json.error?.code).toBe('unprocessable')
    expect(json.error?.message).toContain(field)
    expect(isUnchanged).toBe(true)
  })

  it('writes no election when one is impossible', async () => {
    const sandbox = createTestSandbox()
    const dental = {
      enrollment_id: n.longNameDental,
      decision: 'Enrolled',
      coverage_tier: 'EE',
      selected_plan_id: p.dentalBasic,
    }
    const closedVision = { enrollment_id: n.longNameVision, decision: 'Waived' }
    const body = { elections: [dental, closedVision], signature: SIGNATURE }

    const { status, json, isUnchanged } = await attemptElection(
      sandbox,
      body,
      employees.longName,
    )

    expect(status).toBe(422)
    expect(json.error?.message).toContain('`elections[1].enrollment_id`')
    expect(isUnchanged).toBe(true)
  })

  it('answers 404 for a missing employee, writing nothing', async () => {
    const sandbox = createTestSandbox()

    const { status, json, isUnchanged } = await attemptElection(
      sandbox,
      withElection({}),
      'empl_doesNotExist000',
    )

    expect(status).toBe(404)
    expect(json.error?.code).toBe('not_found')
    expect(isUnchanged).toBe(true)
  })
})
