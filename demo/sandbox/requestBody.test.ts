import { describe, expect, it } from 'vitest'
import { abandonRequest, type Framing } from './abandonRequest.js'
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

// [what the body is, its text, what the message says]
const MALFORMED = [
  ['not JSON', '{event_type: married}', 'not valid JSON'],
  ['JSON cut off', '{"event_type":', 'not valid JSON'],
  ['an array', '[]', 'must be a JSON object'],
  ['a string', '"married"', 'must be a JSON object'],
  ['a number', '42', 'must be a JSON object'],
  ['null', 'null', 'must be a JSON object'],
  ['empty', '', 'empty'],
  ['only whitespace', ' \n\t', 'empty'],
]

const BAD_BODIES = ENDPOINTS.flatMap((endpoint) =>
  MALFORMED.map(([shape, text, fragment]) => ({
    ...endpoint,
    shape,
    text,
    fragment,
  })),
)

const LIFE_EVENTS = `/v1/members/${SEED.members.maria}/qualifying-life-events`

// [framing, a header that frames it, what the message says]
const CUT_SHORT: [Framing, Record<string, string>, string][] = [
  [
    'content-length',
    { 'Content-Length': '100' },
    'The body ended before its Content-Length.',
  ],
  ['chunked', {}, 'The body ended before its last chunk.'],
]

function cross(types: (string | null)[]) {
  return ENDPOINTS.flatMap((endpoint) =>
    types.map((type) => ({ ...endpoint, type: type ?? 'none', header: type })),
  )
}

// A body whose connection fails after its first bytes.
function cutShort(): ReadableStream<Uint8Array> {
  let sent = false

  return new ReadableStream({
    pull(controller) {
      if (sent) return controller.error(new Error('aborted'))

      sent = true
      controller.enqueue(new TextEncoder().encode('{"event_type":'))
    },
  })
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

describe('malformed bodies', () => {
  it.each(BAD_BODIES)(
    '$name with a body that is $shape answers 400, writing nothing',
    async ({ path, text, fragment }) => {
      const sandbox = createTestSandbox()
      const before = snapshot(sandbox.db)

      const response = await sandbox.call(
        'POST',
        path,
        sandbox.config.apiKey,
        text,
      )
      const json = (await response.json()) as { error: { message: string } }

      expect(response.status).toBe(400)
      expect(json).toMatchObject({ error: { code: 'invalid_request' } })
      expect(json.error.message).toContain(fragment)
      expect(snapshot(sandbox.db)).toBe(before)
    },
  )
})

describe('bodies cut short', () => {
  it.each(CUT_SHORT)(
    'a %s body cut short answers 400, writing nothing',
    async (_, framing, message) => {
      const sandbox = createTestSandbox()
      const before = snapshot(sandbox.db)

      const response = await sandbox.app.request(LIFE_EVENTS, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${sandbox.config.apiKey}`,
          'Content-Type': 'application/json',
          ...framing,
        },
        body: cutShort(),
        duplex: 'half',
      } as RequestInit)

      expect(response.status).toBe(400)
      expect(await response.json()).toEqual({
        error: { code: 'invalid_request', message },
      })
      expect(snapshot(sandbox.db)).toBe(before)
    },
  )

  it.each(CUT_SHORT.map(([framing]) => framing))(
    'a %s body abandoned on the wire is logged as a 400, not an error',
    async (framing) => {
      const sandbox = createTestSandbox()
      const before = snapshot(sandbox.db)

      await abandonRequest(sandbox, LIFE_EVENTS, framing)
      const lines = sandbox.logs.map((line) => JSON.parse(line))

      expect(lines).toEqual([
        expect.objectContaining({ method: 'POST', status: 400 }),
      ])
      expect(snapshot(sandbox.db)).toBe(before)
    },
  )
})
