import { describe, expect, it } from 'vitest'
import { SEED } from './seedIds.js'
import { readAs } from './testSandbox.js'

const { members } = SEED

describe('member reads', () => {
  it('lists a member’s spouse and children', async () => {
    const { json } = await readAs(`/v1/members/${members.maria}/dependents`, {
      type: 'employee',
      id: SEED.employees.maria,
    })
    const { data } = json as { data: Record<string, unknown>[] }

    expect(data[0]).not.toHaveProperty('active')
    expect(json).toMatchObject({
      data: [
        {
          first_name: 'Andrés',
          relationship: 'Spouse',
          sex: 'Male',
          active_in: true,
        },
        { first_name: 'Sofía', relationship: 'Child' },
        { first_name: 'Mateo', relationship: 'Child' },
      ],
      pagination: { total: 3 },
    })
  })

  it('lists digital ID cards by type', async () => {
    const { json } = await readAs(`/v1/members/${members.liam}/id-cards`)
    const { data } = json as { data: { card_type: string }[] }

    expect(data.map((card) => card.card_type)).toEqual([
      'medical',
      'rx',
      'dental',
    ])
    expect(data[0]).toMatchObject({
      member_name: "Liam O'Connor",
      group_id: expect.any(String),
      group_member_id: expect.any(String),
      nsa_table: expect.any(Array),
    })
  })
})
