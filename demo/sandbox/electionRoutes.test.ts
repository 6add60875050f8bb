import { describe, expect, it } from 'vitest'
import { SEED } from './seedIds.js'
import { createTestSandbox, snapshot, TEST_NOW } from './testSandbox.js'

const { dependents: d, employees, enrollments: n, plans: p } = SEED
const DAY_MS = 24 * 60 * 60 * 1000
const SIGNATURE = { full_name: 'María José Peña', consent: true }

const FAMILY = {
  enrollment_id: n.mariaMedical,
  decision: 'Enrolled',
  coverage_tier: 'EF',
  selected_plan_id: p.essentialsSilver,
  dependent_ids: [d.andres, d.sofia],
}

function electPath(employeeId: string = employees.maria): string {
  return `/v1/employees/${employeeId}/enrollments/elect`
}

function withElection(changes: Record<string, unknown>) {
  return { elections: [{ ...FAMILY, ...changes }], signature: SIGNATURE }
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
    const body = withElection({ decision: 'Waived', coverage_tier: null })

    const response = await sandbox.call(
      'POST',
      electPath(),
      sandbox.config.apiKey,
      body,
    )
    const signer = sandbox.db
      .prepare('SELECT signed_by FROM enrollments WHERE id = ?')
      .get(n.mariaMedical)

    expect(await response.json()).toMatchObject({
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
    const before = snapshot(sandbox.db)

    const response = await sandbox.call(
      'POST',
      electPath(),
      sandbox.config.apiKey,
      body,
    )
    const json = (await response.json()) as { error: { message: string } }

    expect(response.status).toBe(400)
    expect(json).toMatchObject({ error: { code: 'invalid_request' } })
    expect(json.error.message).toContain(field)
    expect(snapshot(sandbox.db)).toBe(before)
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
    [
      'the enrollment is another employee’s',
      withElection({ enrollment_id: n.liamVision }),
      '`elections[0].enrollment_id`',
    ],
    [
      'the enrollment does not exist',
      withElection({ enrollment_id: 'enrl_doesNotExist00' }),
      '`elections[0].enrollment_id`',
    ],
    [
      'the enrollment is not pending',
      withElection({ enrollment_id: n.mariaDental }),
      'only pending',
    ],
    [
      'enrolling names no plan',
      withElection({ selected_plan_id: null }),
      '`elections[0].selected_plan_id`',
    ],
    [
      'the plan is not offered for it',
      withElection({ selected_plan_id: p.dentalBasic }),
      '`elections[0].selected_plan_id`',
    ],
    [
      'the plan does not exist',
      withElection({ selected_plan_id: 'plan_doesNotExist00' }),
      '`elections[0].selected_plan_id`',
    ],
    [
      'enrolling has no tier',
      withElection({ coverage_tier: null }),
      '`elections[0].coverage_tier`',
    ],
    [
      'enrolling has an Unspecified tier',
      withElection({ coverage_tier: 'Unspecified' }),
      '`elections[0].coverage_tier`',
    ],
    [
      'EE lists a spouse',
      withElection({ coverage_tier: 'EE', dependent_ids: [d.andres] }),
      '`elections[0].coverage_tier`',
    ],
    [
      'ES lists no one',
      withElection({ coverage_tier: 'ES', dependent_ids: [] }),
      '`elections[0].coverage_tier`',
    ],
    [
      'ES lists a child',
      withElection({ coverage_tier: 'ES', dependent_ids: [d.sofia] }),
      '`elections[0].coverage_tier`',
    ],
    [
      'EC lists a spouse too',
      withElection({ coverage_tier: 'EC' }),
      '`elections[0].coverage_tier`',
    ],
    [
      'EF lists no spouse',
      withElection({ dependent_ids: [d.sofia, d.mateo] }),
      '`elections[0].coverage_tier`',
    ],
    [
      'a dependent is another member’s',
      withElection({ coverage_tier: 'EC', dependent_ids: [d.lea] }),
      '`elections[0].dependent_ids[0]`',
    ],
    [
      'a dependent is listed twice',
      withElection({ dependent_ids: [d.andres, d.sofia, d.sofia] }),
      '`elections[0].dependent_ids[2]`',
    ],
  ])('answers 422 when %s, writing nothing', async (_, body, field) => {
    const sandbox = createTestSandbox()
    const before = snapshot(sandbox.db)

    const response = await sandbox.call(
      'POST',
      electPath(),
      sandbox.config.apiKey,
      body,
    )
    const json = (await response.json()) as { error: { message: string } }

    expect(response.status).toBe(422)
    expect(json).toMatchObject({ error: { code: 'unprocessable' } })
    expect(json.error.message).toContain(field)
    expect(snapshot(sandbox.db)).toBe(before)
  })

  it('answers 422 once the enrollment window has closed', async () => {
    const sandbox = createTestSandbox()
    sandbox.advance(26 * DAY_MS)
    const before = snapshot(sandbox.db)

    const response = await sandbox.call(
      'POST',
      electPath(),
      sandbox.config.apiKey,
      withElection({}),
    )

    expect(response.status).toBe(422)
    expect(snapshot(sandbox.db)).toBe(before)
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
    const before = snapshot(sandbox.db)

    const response = await sandbox.call(
      'POST',
      electPath(employees.longName),
      sandbox.config.apiKey,
      body,
    )
    const json = (await response.json()) as { error: { message: string } }

    expect(response.status).toBe(422)
    expect(json.error.message).toContain('`elections[1].enrollment_id`')
    expect(snapshot(sandbox.db)).toBe(before)
  })

  it('answers 404 for a missing employee, writing nothing', async () => {
    const sandbox = createTestSandbox()
    const before = snapshot(sandbox.db)

    const response = await sandbox.call(
      'POST',
      electPath('empl_doesNotExist000'),
      sandbox.config.apiKey,
      withElection({}),
    )

    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({
      error: { code: 'not_found' },
    })
    expect(snapshot(sandbox.db)).toBe(before)
  })
})
