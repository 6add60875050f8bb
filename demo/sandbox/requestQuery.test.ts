import { describe, expect, it } from 'vitest'
import { SEED } from './seedIds.js'
import { createTestSandbox } from './testSandbox.js'

const ENROLLMENTS = `/v1/employees/${SEED.employees.maria}/enrollments`

describe('query parameters', () => {
  it.each([
    ['status=pending&status=waived', 'status'],
    ['status=pending&status=pending', 'status'],
    ['page=1&limit=5&page=1', 'page'],
  ])('?%s answers 400 naming the repeated %s', async (query, name) => {
    const sandbox = createTestSandbox()

    const response = await sandbox.call(
      'GET',
      `${ENROLLMENTS}?${query}`,
      sandbox.config.apiKey,
    )

    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: `\`${name}\` must be given once; received 2 values.`,
      },
    })
  })

  it('reads a parameter given once, and ignores unknown ones', async () => {
    const sandbox = createTestSandbox()

    const response = await sandbox.call(
      'GET',
      `${ENROLLMENTS}?status=waived&utm=a&utm=b`,
      sandbox.config.apiKey,
    )
    const json = (await response.json()) as { data: { id: string }[] }

    expect(json.data.map((row) => row.id)).toEqual([
      SEED.enrollments.mariaVision,
    ])
  })
})
