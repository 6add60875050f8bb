import { describe, expect, it } from 'vitest'
import { SEED } from './seedIds.js'
import { readAs } from './testSandbox.js'

const { employers } = SEED

describe('employer reads', () => {
  it('lists every employer to the API key', async () => {
    const { json } = await readAs('/v1/employers')

    expect(json).toMatchObject({
      data: [{ id: employers.harbor }, { id: employers.northwind }],
      pagination: { total: 2 },
    })
  })

  it('lists only its own employer to an employer-bound token', async () => {
    const { json } = await readAs('/v1/employers', {
      type: 'employer',
      id: employers.northwind,
    })

    expect(json).toMatchObject({
      data: [{ id: employers.northwind }],
      pagination: { total: 1 },
    })
  })

  it('lists an employer’s employees', async () => {
    const { json } = await readAs(
      `/v1/employers/${employers.northwind}/employees`,
    )
    const { data } = json as { data: { id: string }[] }

    expect(data.map((employee) => employee.id)).toEqual([
      SEED.employees.chloe,
      SEED.employees.kwame,
    ])
  })
})
