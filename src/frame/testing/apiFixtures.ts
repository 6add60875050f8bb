import * as v from 'valibot'

import {
  EmployeeResponseSchema,
  EnrollmentsResponseSchema,
} from '../apiSchemas.js'
import type { Dashboard } from '../loadDashboard.js'

/** The employee every fixture token is bound to. */
export const EMPLOYEE_ID = 'empl_SGVsbG8gV29ybGQ'

/** `GET /v1/auth/me` for an employee-bound token. */
export const meBody = {
  data: {
    credential: 'access_token',
    bound_entity: { type: 'employee', id: EMPLOYEE_ID },
    expires_at: '2026-01-01T00:15:00Z',
  },
}

/** `GET /v1/employees/{id}`. */
export const employeeBody = {
  data: {
    id: EMPLOYEE_ID,
    member_id: 'mbr_AAAAAAAAAAAAAAAAAAAAAQ',
    first_name: 'María José',
    last_name: 'Peña',
    email: 'maria@example.com',
    status: 'active',
  },
}

/** `GET /v1/employees/{id}/enrollments`: one enrolled, one pending. */
export const enrollmentsBody = {
  data: [
    {
      id: 'enrl_AAAAAAAAAAAAAAAAAAAAAQ',
      benefit: {
        id: 'bprd_1',
        name: 'Vitable Primary Care',
        category: 'Medical',
        product_code: 'VPC',
      },
      status: 'enrolled',
      coverage_start: '2026-01-01',
      coverage_end: '2026-12-31',
      employee_deduction_in_cents: 4250,
      employer_contribution_in_cents: 10000,
      enrollment_window_start: '2025-11-01',
      enrollment_window_end: '2025-11-30',
    },
    {
      id: 'enrl_AAAAAAAAAAAAAAAAAAAAAg',
      benefit: {
        id: 'bprd_2',
        name: 'Vitable Dental',
        category: 'Dental',
        product_code: 'VD',
      },
      status: 'pending',
      coverage_start: null,
      coverage_end: null,
      employee_deduction_in_cents: null,
      employer_contribution_in_cents: null,
      enrollment_window_start: '2026-01-01',
      enrollment_window_end: '2026-01-31',
    },
  ],
  pagination: { page: 1, limit: 100, total: 2, total_pages: 1 },
}

/** The same data as `loadDashboard` returns it. */
export const dashboard: Dashboard = {
  employee: v.parse(EmployeeResponseSchema, employeeBody).data,
  enrollments: v.parse(EnrollmentsResponseSchema, enrollmentsBody).data,
}
