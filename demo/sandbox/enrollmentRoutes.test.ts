import { describe, expect, it } from 'vitest'
import { SEED } from './seedIds.js'
import { readAs } from './testSandbox.js'

const { enrollments, plans } = SEED

describe('enrollment reads', () => {
  it('answers one enrollment with the same shape as the list', async () => {
    const { json } = await readAs(`/v1/enrollments/${enrollments.mariaDental}`)

    expect(json).toMatchObject({
      data: {
        id: enrollments.mariaDental,
        benefit: { category: 'Dental', product_code: 'VD' },
        status: 'enrolled',
        enrolled_dependents: [
          { dependent_id: SEED.dependents.andres, relationship: 'Spouse' },
          { dependent_id: SEED.dependents.sofia, relationship: 'Child' },
          { dependent_id: SEED.dependents.mateo, relationship: 'Child' },
        ],
      },
    })
  })

  it('lists the plans offered with costs for every tier', async () => {
    const { json } = await readAs(
      `/v1/enrollments/${enrollments.mariaMedical}/plans`,
    )
    const { data } = json as { data: { id: string; costs: unknown[] }[] }

    expect(data.map((plan) => plan.id)).toEqual([
      plans.essentialsBronze,
      plans.essentialsSilver,
    ])
    expect(data[0]).toMatchObject({
      deductible_cents: 150000,
      out_of_pocket_max_cents: 900000,
      costs: [
        {
          coverage_tier: 'EE',
          employee_contribution_cents: 4500,
          employer_contribution_cents: 9000,
          total_monthly_premium_cents: 13500,
        },
        { coverage_tier: 'ES' },
        { coverage_tier: 'EC' },
        { coverage_tier: 'EF' },
      ],
    })
  })
})
