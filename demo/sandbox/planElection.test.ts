import { describe, expect, it } from 'vitest'
import { addDays } from './dates.js'
import { attemptElection, SIGNATURE, withElection } from './electionFixtures.js'
import { SEED } from './seedIds.js'
import { createTestSandbox } from './testSandbox.js'

const { dependents: d, enrollments: n, plans: p } = SEED
const DAY_MS = 24 * 60 * 60 * 1000

function waiverWith(changes: Record<string, unknown>) {
  const waiver = { enrollment_id: n.mariaMedical, decision: 'Waived' }

  return { elections: [{ ...waiver, ...changes }], signature: SIGNATURE }
}

describe('judging one election', () => {
  it.each([
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
  ])('answers 422 when %s, writing nothing', async (_, body, field) => {
    const sandbox = createTestSandbox()

    const { status, json, isUnchanged } = await attemptElection(sandbox, body)

    expect(status).toBe(422)
    expect(json.error?.code).toBe('unprocessable')
    expect(json.error?.message).toContain(field)
    expect(isUnchanged).toBe(true)
  })
})

describe('waiving', () => {
  it.each([
    [
      'names a plan',
      { selected_plan_id: p.essentialsBronze },
      'selected_plan_id',
    ],
    ['lists a dependent', { dependent_ids: [d.andres] }, 'dependent_ids'],
    ['names the tier EE', { coverage_tier: 'EE' }, 'coverage_tier'],
    ['names the tier EF', { coverage_tier: 'EF' }, 'coverage_tier'],
  ])(
    'answers 422 when a waiver %s, writing nothing',
    async (_, changes, key) => {
      const sandbox = createTestSandbox()

      const { status, json, isUnchanged } = await attemptElection(
        sandbox,
        waiverWith(changes),
      )

      expect(status).toBe(422)
      expect(json.error?.code).toBe('unprocessable')
      expect(json.error?.message).toContain(`\`elections[0].${key}\``)
      expect(isUnchanged).toBe(true)
    },
  )

  it.each([
    ['nothing but the decision', {}],
    ['null plan and tier', { selected_plan_id: null, coverage_tier: null }],
    ['the tier Unspecified', { coverage_tier: 'Unspecified' }],
    ['no dependents', { dependent_ids: [] }],
  ])('accepts a waiver with %s', async (_, changes) => {
    const sandbox = createTestSandbox()

    const { status, json } = await attemptElection(sandbox, waiverWith(changes))

    expect(status).toBe(200)
    expect(json).toMatchObject({
      data: [{ status: 'waived', coverage_tier: null, selected_plan: null }],
    })
  })
})

describe('enrollment windows', () => {
  it.each([
    ['opens tomorrow', 422, 1, 25],
    ['closed yesterday', 422, -30, -1],
    ['opens today', 200, 0, 25],
    ['closes today', 200, -30, 0],
  ])('a window that %s answers %i', async (_, expected, fromDay, toDay) => {
    const sandbox = createTestSandbox()
    const today = sandbox.today()
    const start = addDays(today, fromDay)
    sandbox.db
      .prepare(
        'UPDATE enrollments SET enrollment_window_start = ?, ' +
          'enrollment_window_end = ? WHERE id = ?',
      )
      .run(start, addDays(today, toDay), n.mariaMedical)

    const { status, json, isUnchanged } = await attemptElection(
      sandbox,
      withElection({}),
    )

    expect(status).toBe(expected)

    if (expected === 422) {
      expect(json.error?.message).toContain('`elections[0].enrollment_id`')
      expect(json.error?.message).toContain(`from ${start}`)
      expect(isUnchanged).toBe(true)
    }
  })

  it('answers 422 once the clock passes the window’s end', async () => {
    const sandbox = createTestSandbox()
    sandbox.advance(26 * DAY_MS)

    const { status, isUnchanged } = await attemptElection(
      sandbox,
      withElection({}),
    )

    expect(status).toBe(422)
    expect(isUnchanged).toBe(true)
  })
})
