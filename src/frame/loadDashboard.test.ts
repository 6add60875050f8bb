import * as v from 'valibot'
import { describe, expect, test, vi } from 'vitest'

import { type ApiReader, loadDashboard } from './loadDashboard.js'
import {
  dashboard,
  EMPLOYEE_ID,
  employeeBody,
  enrollmentsBody,
  meBody,
} from './testing/apiFixtures.js'

function fakeApi(bodies: Record<string, unknown>) {
  const get = vi.fn(async (path: string, schema: v.GenericSchema) => {
    if (!(path in bodies)) throw new Error(`unexpected GET ${path}`)

    return v.parse(schema, bodies[path])
  })

  return { get: get as ApiReader['get'] & typeof get }
}

const employeePath = `/v1/employees/${EMPLOYEE_ID}`

describe('loadDashboard', () => {
  test('reads the bound employee and their enrollments', async () => {
    const api = fakeApi({
      '/v1/auth/me': meBody,
      [employeePath]: employeeBody,
      [`${employeePath}/enrollments?limit=100`]: enrollmentsBody,
    })

    const result = await loadDashboard(api)

    expect(result).toEqual(dashboard)
    expect(api.get.mock.calls.map(([path]) => path)).toEqual([
      '/v1/auth/me',
      employeePath,
      `${employeePath}/enrollments?limit=100`,
    ])
  })

  test('escapes the employee id in paths', async () => {
    const id = 'empl_a/b?c'
    const api = fakeApi({
      '/v1/auth/me': { data: { bound_entity: { type: 'employee', id } } },
      '/v1/employees/empl_a%2Fb%3Fc': employeeBody,
      '/v1/employees/empl_a%2Fb%3Fc/enrollments?limit=100': enrollmentsBody,
    })

    const result = await loadDashboard(api)

    expect(result.enrollments).toHaveLength(2)
  })

  test.each([
    { bound: 'nothing', entity: null },
    { bound: 'an employer', entity: { type: 'employer', id: 'empr_1' } },
  ])('refuses a token bound to $bound', async ({ entity }) => {
    const api = fakeApi({ '/v1/auth/me': { data: { bound_entity: entity } } })

    const failure = loadDashboard(api)

    await expect(failure).rejects.toMatchObject({
      code: 'api_error',
      retryable: false,
      message: expect.stringContaining('bound to an employee'),
    })
    expect(api.get).toHaveBeenCalledTimes(1)
  })
})
