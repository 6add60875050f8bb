import { describe, expect, it } from 'vitest'
import { addDays } from './dates.js'
import { SEED } from './seedIds.js'
import {
  otherOrganizationToken,
  seedOtherOrganization,
} from './seedOtherOrganization.js'
import {
  createTestSandbox,
  snapshot,
  TEST_NOW,
  type TestSandbox,
} from './testSandbox.js'

type Caller =
  | 'apiKey'
  | 'unbound'
  | 'employerOwn'
  | 'employerOther'
  | 'employeeOwn'
  | 'employeeOther'
  | 'employeeOtherEmployer'
  | 'otherOrganization'
  | 'expired'
  | 'garbage'
  | 'malformed'
  | 'none'

interface Resource {
  name: string
  method: 'GET' | 'POST'
  path: string
  body?: (sandbox: TestSandbox) => unknown
}

const { employees, employers, enrollments, members, plans } = SEED
const maria = employees.maria
const mariaMember = members.maria

const ELECTION = {
  elections: [
    {
      enrollment_id: enrollments.mariaMedical,
      decision: 'Enrolled',
      coverage_tier: 'EE',
      selected_plan_id: plans.essentialsBronze,
      dependent_ids: [],
    },
  ],
  signature: { full_name: 'María José Peña', consent: true },
}

const RESOURCES: Record<string, Resource> = {
  me: { name: 'who am I', method: 'GET', path: '/v1/auth/me' },
  mint: {
    name: 'mint a token',
    method: 'POST',
    path: '/v1/auth/access-tokens',
    body: () => ({ grant_type: 'client_credentials' }),
  },
  stats: { name: 'sandbox stats', method: 'GET', path: '/__sandbox/stats' },
  employee: {
    name: 'the employee',
    method: 'GET',
    path: `/v1/employees/${maria}`,
  },
  enrollments: {
    name: 'their enrollments',
    method: 'GET',
    path: `/v1/employees/${maria}/enrollments`,
  },
  elect: {
    name: 'an election',
    method: 'POST',
    path: `/v1/employees/${maria}/enrollments/elect`,
    body: () => ELECTION,
  },
  enrollment: {
    name: 'one enrollment',
    method: 'GET',
    path: `/v1/enrollments/${enrollments.mariaMedical}`,
  },
  plans: {
    name: 'its plans',
    method: 'GET',
    path: `/v1/enrollments/${enrollments.mariaMedical}/plans`,
  },
  dependents: {
    name: 'the member’s dependents',
    method: 'GET',
    path: `/v1/members/${mariaMember}/dependents`,
  },
  qles: {
    name: 'their life events',
    method: 'GET',
    path: `/v1/members/${mariaMember}/qualifying-life-events`,
  },
  reportQle: {
    name: 'a life event report',
    method: 'POST',
    path: `/v1/members/${mariaMember}/qualifying-life-events`,
    body: (sandbox) => ({
      event_type: 'married',
      event_date: addDays(sandbox.today(), -3),
    }),
  },
  idCards: {
    name: 'their ID cards',
    method: 'GET',
    path: `/v1/members/${mariaMember}/id-cards`,
  },
  employers: { name: 'employers', method: 'GET', path: '/v1/employers' },
  employerEmployees: {
    name: 'the employer’s employees',
    method: 'GET',
    path: `/v1/employers/${employers.harbor}/employees`,
  },
}

// Columns: apiKey, unbound, employerOwn, employerOther, employeeOwn,
// employeeOther (same employer), employeeOtherEmployer, otherOrganization
// (an unbound token of the second organization, which lists only its own
// employers); expired, garbage, malformed and none are always 401.
const EXPECTED: Record<keyof typeof RESOURCES, number[]> = {
  me: [200, 200, 200, 200, 200, 200, 200, 200],
  mint: [200, 403, 403, 403, 403, 403, 403, 403],
  stats: [200, 403, 403, 403, 403, 403, 403, 403],
  employee: [200, 200, 200, 404, 200, 404, 404, 404],
  enrollments: [200, 200, 200, 404, 200, 404, 404, 404],
  elect: [200, 200, 200, 404, 200, 404, 404, 404],
  enrollment: [200, 200, 200, 404, 200, 404, 404, 404],
  plans: [200, 200, 200, 404, 200, 404, 404, 404],
  dependents: [200, 200, 200, 404, 200, 404, 404, 404],
  qles: [200, 200, 200, 404, 200, 404, 404, 404],
  reportQle: [201, 201, 201, 404, 201, 404, 404, 404],
  idCards: [200, 200, 200, 404, 200, 404, 404, 404],
  employers: [200, 200, 200, 200, 403, 403, 403, 200],
  employerEmployees: [200, 200, 200, 404, 403, 403, 403, 404],
}

const CALLERS: Caller[] = [
  'apiKey',
  'unbound',
  'employerOwn',
  'employerOther',
  'employeeOwn',
  'employeeOther',
  'employeeOtherEmployer',
  'otherOrganization',
  'expired',
  'garbage',
  'malformed',
  'none',
]

const CODES: Record<number, string> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
}

async function credentialOf(sandbox: TestSandbox, caller: Caller) {
  switch (caller) {
    case 'apiKey':
      return sandbox.config.apiKey
    case 'unbound':
      return sandbox.mint(null)
    case 'employerOwn':
      return sandbox.mint({ type: 'employer', id: employers.harbor })
    case 'employerOther':
      return sandbox.mint({ type: 'employer', id: employers.northwind })
    case 'employeeOwn':
      return sandbox.mint({ type: 'employee', id: maria })
    case 'employeeOther':
      return sandbox.mint({ type: 'employee', id: employees.liam })
    case 'employeeOtherEmployer':
      return sandbox.mint({ type: 'employee', id: employees.chloe })
    case 'otherOrganization':
      return otherOrganizationToken(sandbox.db, TEST_NOW)
    case 'expired': {
      const token = await sandbox.mint({ type: 'employee', id: maria })
      sandbox.advance(sandbox.config.tokenTtlSeconds * 1000)
      return token
    }
    case 'garbage':
      return `vit_at_${'x'.repeat(43)}`
    case 'malformed':
      return 'not a credential'
    case 'none':
      return null
  }
}

const CASES = Object.entries(EXPECTED).flatMap(([key, statuses]) =>
  CALLERS.map((caller, index) => ({
    key,
    caller,
    status: statuses[index] ?? 401,
  })),
)

describe('scope matrix', () => {
  it.each(CASES)(
    '$key as $caller answers $status',
    async ({ key, caller, status }) => {
      const sandbox = createTestSandbox()
      seedOtherOrganization(sandbox.db, sandbox.today())
      const resource = RESOURCES[key] as Resource
      const credential = await credentialOf(sandbox, caller)
      const before = snapshot(sandbox.db)

      const response = await sandbox.call(
        resource.method,
        resource.path,
        credential,
        resource.body?.(sandbox),
      )
      const json = (await response.json()) as Record<string, unknown>

      expect(response.status).toBe(status)

      if (status >= 400) {
        expect(json).toEqual({
          error: { code: CODES[status], message: expect.any(String) },
        })
        expect(snapshot(sandbox.db)).toBe(before)
      } else {
        expect(json).not.toHaveProperty('error')
      }
    },
  )
})
