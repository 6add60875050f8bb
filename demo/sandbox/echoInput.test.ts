import { describe, expect, it } from 'vitest'
import { MAX_ECHO } from './echoInput.js'
import { electPath, FAMILY, SIGNATURE } from './electionFixtures.js'
import { SEED } from './seedIds.js'
import { createTestSandbox, type TestSandbox } from './testSandbox.js'

interface Site {
  name: string
  status: number
  send: (sandbox: TestSandbox, input: string) => Response | Promise<Response>
}

interface OpenSite extends Site {
  /** The whole text the message repeats when `input` is sent. */
  echoed: (input: string) => string
}

const SECRET = 'SeCrEt0123456789abcdefghijklmn'

const MINT = '/v1/auth/access-tokens'

function post(sandbox: TestSandbox, path: string, body: unknown) {
  return sandbox.call('POST', path, sandbox.config.apiKey, body)
}

function elect(sandbox: TestSandbox, changes: Record<string, unknown>) {
  const body = { elections: [{ ...FAMILY, ...changes }], signature: SIGNATURE }

  return post(sandbox, electPath(), body)
}

// Where a message repeats text of any length and encoding.
const OPEN_SITES: OpenSite[] = [
  {
    name: 'an id in the path',
    status: 404,
    send: (sandbox, input) =>
      sandbox.call('GET', `/v1/employees/${input}`, sandbox.config.apiKey),
    echoed: (input) => input,
  },
  {
    name: 'a path with no route',
    status: 404,
    send: (sandbox, input) =>
      sandbox.call('GET', `/v1/nothing/${input}`, sandbox.config.apiKey),
    echoed: (input) => `/v1/nothing/${input}`,
  },
  {
    name: 'the Content-Type',
    status: 400,
    send: (sandbox, input) =>
      sandbox.app.request(MINT, {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${sandbox.config.apiKey}`,
          'Content-Type': `text/${input}`,
        },
        body: '{}',
      }),
    echoed: (input) => `text/${input}`,
  },
]

// Where a message repeats an id from the body: a prefix, then at most 64
// letters, digits, "_" or "-", so never long and never encoded.
const ID_SITES: Site[] = [
  {
    name: 'bound_entity.id',
    status: 404,
    send: (sandbox, input) =>
      post(sandbox, MINT, {
        grant_type: 'client_credentials',
        bound_entity: { type: 'employee', id: `empl_${input}` },
      }),
  },
  {
    name: 'an enrollment_id',
    status: 422,
    send: (sandbox, input) =>
      elect(sandbox, { enrollment_id: `enrl_${input}` }),
  },
  {
    name: 'a selected_plan_id on a waiver',
    status: 422,
    send: (sandbox, input) =>
      elect(sandbox, {
        decision: 'Waived',
        coverage_tier: null,
        dependent_ids: [],
        selected_plan_id: `plan_${input}`,
      }),
  },
  {
    name: 'a dependent id',
    status: 422,
    send: (sandbox, input) =>
      elect(sandbox, {
        dependent_ids: [SEED.dependents.andres, `dpnd_${input}`],
      }),
  },
]

// [what the caller sent, what the message may show of it]
const SECRETS: [string, string][] = [
  [`vit_at_${SECRET}`, 'vit_at_[redacted]'],
  [`vit_apk_${SECRET}`, 'vit_apk_[redacted]'],
  [`x-vit_at_${SECRET}`, 'vit_at_[redacted]'],
  [`Q${'k'.repeat(42)}`, '[redacted]'],
]

const ENCODED: [string, string][] = [
  [`vit%255Fat%255F${SECRET}`, 'vit_at_[redacted]'],
]

function cross(sites: Site[], inputs: [string, string][]) {
  return sites.flatMap((site) =>
    inputs.map(([input, shown]) => ({ ...site, input, shown })),
  )
}

const CASES = [
  ...cross(OPEN_SITES, [...SECRETS, ...ENCODED]),
  ...cross(ID_SITES, SECRETS),
]

async function messageOf(response: Response): Promise<string> {
  const json = (await response.json()) as { error: { message: string } }

  return json.error.message
}

describe('error messages', () => {
  it.each(CASES)(
    '$name holding $input shows $shown',
    async ({ send, status, input, shown }) => {
      const sandbox = createTestSandbox()

      const response = await send(sandbox, input)
      const message = await messageOf(response)

      expect(response.status).toBe(status)
      expect(message).toContain(shown)
      expect(message).not.toContain(SECRET)
      expect(message).not.toContain('k'.repeat(32))
    },
  )

  it.each(OPEN_SITES)(
    '$name is echoed up to 100 characters and an ellipsis',
    async ({ send, status, echoed }) => {
      const sandbox = createTestSandbox()
      const input = 'ab.'.repeat(100)
      const text = echoed(input)

      const response = await send(sandbox, input)
      const message = await messageOf(response)

      expect(response.status).toBe(status)
      expect(message).toContain(`${text.slice(0, MAX_ECHO)}…`)
      expect(message).not.toContain(text.slice(0, MAX_ECHO + 1))
    },
  )
})
