import { describe, expect, it } from 'vitest'
import { SEED } from './seedIds.js'
import { createTestSandbox, snapshot } from './testSandbox.js'

const { employees, employers, enrollments, members } = SEED

const LISTS = [
  '/v1/employers',
  `/v1/employers/${employers.harbor}/employees`,
  `/v1/employees/${employees.maria}/enrollments`,
  `/v1/enrollments/${enrollments.mariaMedical}/plans`,
  `/v1/members/${members.maria}/dependents`,
  `/v1/members/${members.maria}/qualifying-life-events`,
  `/v1/members/${members.liam}/id-cards`,
]

// [query, the parameter the message must name]
const BAD_QUERIES = [
  ['page=0', 'page'],
  ['page=-1', 'page'],
  ['page=abc', 'page'],
  ['page=1.5', 'page'],
  ['page=1e3', 'page'],
  ['page=', 'page'],
  ['page=1000001', 'page'],
  ['limit=0', 'limit'],
  ['limit=101', 'limit'],
  ['limit=-1', 'limit'],
  ['limit=2.5', 'limit'],
  ['limit=ten', 'limit'],
  ['page=1&page=abc', 'page'],
  ['page=2&page=2', 'page'],
  ['limit=5&limit=500', 'limit'],
]

const CASES = LISTS.flatMap((path) =>
  BAD_QUERIES.map(([query, name]) => ({ path, query, name })),
)

describe('list pagination', () => {
  it.each(CASES)(
    '$path?$query answers 400 naming $name',
    async ({ path, query, name }) => {
      const sandbox = createTestSandbox()
      const before = snapshot(sandbox.db)

      const response = await sandbox.call(
        'GET',
        `${path}?${query}`,
        sandbox.config.apiKey,
      )
      const json = (await response.json()) as { error: { message: string } }

      expect(response.status).toBe(400)
      expect(json).toMatchObject({ error: { code: 'invalid_request' } })
      expect(json.error.message).toContain(`\`${name}\``)
      expect(snapshot(sandbox.db)).toBe(before)
    },
  )

  it.each(LISTS)(
    '%s reads page 1 of 100 and ignores an unknown repeat',
    async (path) => {
      const sandbox = createTestSandbox()

      const response = await sandbox.call(
        'GET',
        `${path}?page=1&limit=100&sort=a&sort=b`,
        sandbox.config.apiKey,
      )

      expect(response.status).toBe(200)
      expect(await response.json()).toMatchObject({
        pagination: { page: 1, limit: 100 },
      })
    },
  )
})
