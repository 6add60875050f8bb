import { describe, expect, it } from 'vitest'
import { attemptElection, SIGNATURE, withElection } from './electionFixtures.js'
import { SEED } from './seedIds.js'
import { createTestSandbox } from './testSandbox.js'

const { dependents: d, employees: e, enrollments: n, plans: p } = SEED

interface Covered {
  name: string
  employee: string
  enrollment: string
  tier: string
  plan: string
  dependents: string[]
  /** Monthly employee deduction and employer contribution, in cents. */
  cents: [number, number]
}

const MARIA = { employee: e.maria, enrollment: n.mariaMedical }

const COVERED: Covered[] = [
  {
    name: 'EE alone',
    ...MARIA,
    tier: 'EE',
    plan: p.essentialsBronze,
    dependents: [],
    cents: [4500, 9000],
  },
  {
    name: 'ES with the spouse',
    ...MARIA,
    tier: 'ES',
    plan: p.essentialsBronze,
    dependents: [d.andres],
    cents: [12000, 14000],
  },
  {
    name: 'EC with both children',
    ...MARIA,
    tier: 'EC',
    plan: p.essentialsBronze,
    dependents: [d.sofia, d.mateo],
    cents: [10500, 13000],
  },
  {
    name: 'EC with one child',
    ...MARIA,
    tier: 'EC',
    plan: p.essentialsSilver,
    dependents: [d.sofia],
    cents: [17200, 13000],
  },
  {
    name: 'EC for a single parent',
    employee: e.chloe,
    enrollment: n.chloeMedical,
    tier: 'EC',
    plan: p.mecPlusGold,
    dependents: [d.lea],
    cents: [21000, 29000],
  },
  {
    name: 'EF with everyone',
    ...MARIA,
    tier: 'EF',
    plan: p.essentialsSilver,
    dependents: [d.andres, d.sofia, d.mateo],
    cents: [27400, 18000],
  },
]

describe('coverage tiers and households', () => {
  it.each(COVERED)(
    'enrolls $name',
    async ({ employee, enrollment, tier, plan, dependents, cents }) => {
      const sandbox = createTestSandbox()
      const election = {
        enrollment_id: enrollment,
        decision: 'Enrolled',
        coverage_tier: tier,
        selected_plan_id: plan,
        dependent_ids: dependents,
      }
      const body = { elections: [election], signature: SIGNATURE }

      const { status, json } = await attemptElection(sandbox, body, employee)
      const stored = sandbox.db
        .prepare(
          'SELECT dependent_id FROM enrollment_dependents ' +
            'WHERE enrollment_id = ? ORDER BY rowid',
        )
        .all(enrollment)

      expect(status).toBe(200)
      expect(json).toMatchObject({
        data: [
          {
            id: enrollment,
            status: 'enrolled',
            coverage_tier: tier,
            selected_plan: { id: plan },
            enrolled_dependents: dependents.map((id) => ({
              dependent_id: id,
            })),
            employee_deduction_in_cents: cents[0],
            employer_contribution_in_cents: cents[1],
          },
        ],
      })
      expect(stored).toEqual(dependents.map((id) => ({ dependent_id: id })))
    },
  )

  it.each([
    [
      'EE lists a spouse',
      { coverage_tier: 'EE', dependent_ids: [d.andres] },
      'coverage_tier',
    ],
    [
      'ES lists no one',
      { coverage_tier: 'ES', dependent_ids: [] },
      'coverage_tier',
    ],
    [
      'ES lists a child',
      { coverage_tier: 'ES', dependent_ids: [d.sofia] },
      'coverage_tier',
    ],
    [
      'EC lists no one',
      { coverage_tier: 'EC', dependent_ids: [] },
      'coverage_tier',
    ],
    ['EC lists a spouse too', { coverage_tier: 'EC' }, 'coverage_tier'],
    [
      'EC lists only the spouse',
      { coverage_tier: 'EC', dependent_ids: [d.andres] },
      'coverage_tier',
    ],
    [
      'EF lists no spouse',
      { dependent_ids: [d.sofia, d.mateo] },
      'coverage_tier',
    ],
    [
      'a dependent is another member’s',
      { coverage_tier: 'EC', dependent_ids: [d.lea] },
      'dependent_ids[0]',
    ],
    [
      'a dependent is listed twice',
      { dependent_ids: [d.andres, d.sofia, d.sofia] },
      'dependent_ids[2]',
    ],
  ])('answers 422 when %s, writing nothing', async (_, changes, key) => {
    const sandbox = createTestSandbox()

    const { status, json, isUnchanged } = await attemptElection(
      sandbox,
      withElection(changes),
    )

    expect(status).toBe(422)
    expect(json.error?.code).toBe('unprocessable')
    expect(json.error?.message).toContain(`\`elections[0].${key}\``)
    expect(isUnchanged).toBe(true)
  })
})
