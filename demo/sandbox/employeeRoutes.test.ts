import { describe, expect, it } from 'vitest'
import { SEED } from './seedIds.js'
import { createTestSandbox, snapshot } from './testSandbox.js'

const { employees } = SEED
const maria = { type: 'employee', id: employees.maria } as const

const ENROLLMENT_KEYS = [
  'answered_at',
  'benefit',
  'coverage_end',
  'coverage_start',
  'created_at',
  'employee_deduction_in_cents',
  'employee_id',
  'employer_contribution_in_cents',
  'employer_id',
  'enrollment_window_end',
  'enrollment_window_start',
  'id',
  'status',
  'updated_at',
]

describe('GET /v1/employees/{empl}', () => {
  it('answers the bound employee with Vitable field names', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint(maria)

    const response = await sandbox.call(
      'GET',
      `/v1/employees/${maria.id}`,
      token,
    )

    const json = (await response.json()) as { data: object }

    expect(response.status).toBe(200)
    expect(json.data).not.toHaveProperty('sex')
    expect(json).toMatchObject({
      data: {
        id: employees.maria,
        member_id: SEED.members.maria,
        employer_id: SEED.employers.harbor,
        first_name: 'María José',
        last_name: 'Peña',
        gender: 'Female',
        email: expect.stringContaining('@'),
        status: 'active',
        hire_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        termination_date: null,
        created_at: expect.stringMatching(/Z$/),
        updated_at: expect.stringMatching(/Z$/),
      },
    })
  })

  it('hides another employee from a bound token as missing', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint(maria)
    const other = employees.liam
    const missing = 'empl_doesNotExist000'

    const outOfScope = await sandbox.call(
      'GET',
      `/v1/employees/${other}`,
      token,
    )
    const absent = await sandbox.call('GET', `/v1/employees/${missing}`, token)
    const outOfScopeBody = await outOfScope.text()

    expect(outOfScope.status).toBe(404)
    expect(JSON.parse(outOfScopeBody)).toEqual({
      error: { code: 'not_found', message: expect.stringContaining(other) },
    })
    expect(outOfScopeBody.replace(other, missing)).toBe(await absent.text())
  })

  it('shows a terminated employee with the termination date', async () => {
    const sandbox = createTestSandbox()
    const id = employees.jeanLuc

    const response = await sandbox.call(
      'GET',
      `/v1/employees/${id}`,
      sandbox.config.apiKey,
    )

    expect(await response.json()).toMatchObject({
      data: { status: 'terminated', termination_date: expect.any(String) },
    })
  })
})

describe('GET /v1/employees/{empl}/enrollments', () => {
  it('lists enrollments with benefit, status, dates and cents', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint(maria)

    const response = await sandbox.call(
      'GET',
      `/v1/employees/${maria.id}/enrollments`,
      token,
    )
    const json = (await response.json()) as {
      data: Record<string, unknown>[]
      pagination: unknown
    }

    expect(json.pagination).toEqual({
      page: 1,
      limit: 20,
      total: 4,
      total_pages: 1,
    })
    expect(json.data.map((row) => row.status)).toEqual([
      'pending',
      'enrolled',
      'waived',
      'inactive',
    ])
    expect(Object.keys(json.data[0] ?? {})).toEqual(
      expect.arrayContaining(ENROLLMENT_KEYS),
    )
    expect(json.data[0]).toMatchObject({
      benefit: {
        id: SEED.products.harborMedical,
        category: 'Medical',
        product_code: 'MEC',
      },
      is_within_enrollment_window: true,
      employee_deduction_in_cents: null,
    })
    expect(json.data[1]).toMatchObject({
      employee_deduction_in_cents: expect.any(Number),
      employer_contribution_in_cents: expect.any(Number),
      coverage_tier: 'EF',
    })
  })

  it('pages with page and limit', async () => {
    const sandbox = createTestSandbox()
    const path = `/v1/employees/${maria.id}/enrollments?page=2&limit=3`

    const response = await sandbox.call('GET', path, sandbox.config.apiKey)
    const json = (await response.json()) as { data: { id: string }[] }

    expect(json).toMatchObject({
      pagination: { page: 2, limit: 3, total: 4, total_pages: 2 },
    })
    expect(json.data.map((row) => row.id)).toEqual([
      SEED.enrollments.mariaHospital,
    ])
  })

  it('filters by status', async () => {
    const sandbox = createTestSandbox()
    const id = employees.longName
    const path = `/v1/employees/${id}/enrollments?status=pending`

    const response = await sandbox.call('GET', path, sandbox.config.apiKey)
    const json = (await response.json()) as { data: { id: string }[] }

    expect(json.data.map((row) => row.id)).toEqual([
      SEED.enrollments.longNameDental,
      SEED.enrollments.longNameVision,
    ])
  })

  it('answers an employee without enrollments with an empty page', async () => {
    const sandbox = createTestSandbox()
    const path = `/v1/employees/${employees.zoe}/enrollments`

    const response = await sandbox.call('GET', path, sandbox.config.apiKey)

    expect(await response.json()).toEqual({
      data: [],
      pagination: { page: 1, limit: 20, total: 0, total_pages: 0 },
    })
  })

  it.each([
    ['page=0', '`page`'],
    ['page=abc', '`page`'],
    ['limit=101', '`limit`'],
    ['limit=-1', '`limit`'],
    ['limit=2.5', '`limit`'],
    ['status=active', '`status`'],
    ['status=bogus', '`status`'],
    ['status=PENDING', '`status`'],
    ['status=', '`status`'],
  ])('answers 400 naming the parameter for ?%s', async (query, field) => {
    const sandbox = createTestSandbox()
    const path = `/v1/employees/${maria.id}/enrollments?${query}`
    const before = snapshot(sandbox.db)

    const response = await sandbox.call('GET', path, sandbox.config.apiKey)
    const json = (await response.json()) as { error: { message: string } }

    expect(response.status).toBe(400)
    expect(json).toMatchObject({ error: { code: 'invalid_request' } })
    expect(json.error.message).toContain(field)
    expect(snapshot(sandbox.db)).toBe(before)
  })
})
