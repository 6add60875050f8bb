import { describe, expect, it } from 'vitest'
import { addDays } from './dates.js'
import { electPath, withElection } from './electionFixtures.js'
import { SEED } from './seedIds.js'
import { createTestSandbox, snapshot, type TestSandbox } from './testSandbox.js'

interface Endpoint {
  name: string
  path: string
  body: (sandbox: TestSandbox) => unknown
  status: number
}

const ENDPOINTS: Endpoint[] = [
  {
    name: 'minting',
    path: '/v1/auth/access-tokens',
    body: () => ({ grant_type: 'client_credentials' }),
    status: 200,
  },
  {
    name: 'electing',
    path: electPath(),
    body: () => withElection({}),
    status: 200,
  },
  {
    name: 'reporting a life event',
    path: `/v1/members/${SEED.members.maria}/qualifying-life-events`,
    body: (sandbox) => ({
      event_type: 'married',
      event_date: addDays(sandbox.today(), -3),
    }),
    status: 201,
  },
]

// null sends bytes with no Content-Type at all.
const REFUSED = [
  null,
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'text/json',
  'application/jsonp',
  'application/json-patch+json',
]

const ACCEPTED = [
  'application/json',
  'application/json; charset=utf-8',
  'Application/JSON;charset=UTF-8',
]

function cross(types: (string | null)[]) {
  return ENDPOINTS.flatMap((endpoint) =>
    types.map((type) => ({ ...endpoint, type: type ?? 'none', header: type })),
  )
}

async function post(
  sandbox: TestSandbox,
  endpoint: Endpoint,
  type: string | null,
) {
  const headers = new Headers({
    Authorization: `Bearer ${sandbox.config.apiKey}`,
  })
  const text = JSON.stringify(endpoint.body(sandbox))

  if (type) headers.set('Content-Type', type)

  return sandbox.app.request(endpoint.path, {
    method: 'POST',
    headers,
    body: new TextEncoder().encode(text),
  })
}

describe('JSON bodies', () => {
  it.each(cross(REFUSED))(
    '$name with Content-Type $type answers 400, writing nothing',
    async (endpoint) => {
      const sandbox = createTestSandbox()
      const before = snapshot(sandbox.db)

      const response = await post(sandbox, endpoint, endpoint.header)
      const json = (await response.json()) as { error: { message: string } }

      expect(response.status).toBe(400)
      expect(json).toMatchObject({ error: { code: 'invalid_request' } })
      expect(json.error.message).toContain('`Content-Type`')
      expect(snapshot(sandbox.db)).toBe(before)
    },
  )

  it.each(cross(ACCEPTED))(
    '$name with Content-Type $type is read',
    async (endpoint) => {
      const sandbox = createTestSandbox()

      const response = await post(sandbox, endpoint, endpoint.header)

      expect(response.status).toBe(endpoint.status)
    },
  )
})
