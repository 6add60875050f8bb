import type { Database } from './database.js'
import { addDays } from './dates.js'
import { insertRow } from './insertRow.js'
import { hashCredential } from './tokenStore.js'

/** Fixed ids of the second organization tests add beside the seed. */
export const OTHER = {
  organizationId: 'org_otherOrganization1',
  employerId: 'empr_otherEmployer0001',
  employeeId: 'empl_otherEmployee0001',
  memberId: 'mbr_otherMember000001',
  dependentId: 'dpnd_otherDependent001',
  productId: 'bprd_otherProduct00001',
  planId: 'plan_otherPlan00000001',
  enrollmentId: 'enrl_otherEnrollment01',
  qleId: 'qle_otherLifeEvent0001',
} as const

function seedPeople(db: Database, today: string, createdAt: string): void {
  insertRow(db, 'members', {
    id: OTHER.memberId,
    first_name: 'Ottilie',
    last_name: 'Other-Org',
    date_of_birth: '1984-08-08',
    sex: 'Female',
    created_at: createdAt,
  })
  insertRow(db, 'employees', {
    id: OTHER.employeeId,
    member_id: OTHER.memberId,
    employer_id: OTHER.employerId,
    email: 'ottilie@other.example',
    phone: null,
    employee_class: 'Full Time',
    status: 'active',
    hire_date: addDays(today, -100),
    termination_date: null,
    reference_id: null,
    created_at: createdAt,
    updated_at: createdAt,
  })
  insertRow(db, 'dependents', {
    id: OTHER.dependentId,
    member_id: OTHER.memberId,
    first_name: 'Otto',
    last_name: 'Other-Org',
    date_of_birth: '2018-01-01',
    relationship: 'Child',
    sex: 'Male',
    active: 1,
    created_at: createdAt,
    updated_at: createdAt,
  })
}

function seedBenefits(db: Database, today: string, createdAt: string): void {
  insertRow(db, 'benefit_products', {
    id: OTHER.productId,
    employer_id: OTHER.employerId,
    name: 'Other Medical',
    category: 'Medical',
    product_code: 'MEC',
  })
  insertRow(db, 'plans', {
    id: OTHER.planId,
    benefit_product_id: OTHER.productId,
    name: 'Other Bronze',
  })

  for (const tier of ['EE', 'ES', 'EC', 'EF']) {
    insertRow(db, 'plan_costs', {
      plan_id: OTHER.planId,
      coverage_tier: tier,
      employee_contribution_cents: 5000,
      employer_contribution_cents: 5000,
    })
  }

  insertRow(db, 'enrollments', {
    id: OTHER.enrollmentId,
    employee_id: OTHER.employeeId,
    benefit_product_id: OTHER.productId,
    status: 'pending',
    coverage_start: addDays(today, 30),
    enrollment_window_start: addDays(today, -5),
    enrollment_window_end: addDays(today, 20),
    created_at: createdAt,
    updated_at: createdAt,
  })
}

function seedRecords(db: Database, today: string, createdAt: string): void {
  insertRow(db, 'qualifying_life_events', {
    id: OTHER.qleId,
    member_id: OTHER.memberId,
    employee_id: OTHER.employeeId,
    event_type: 'married',
    event_date: addDays(today, -4),
    status: 'pending',
    enrollment_window_start: addDays(today, -4),
    enrollment_window_end: addDays(today, 56),
    submitted_at: createdAt,
    created_at: createdAt,
    updated_at: createdAt,
  })
  insertRow(db, 'id_cards', {
    member_id: OTHER.memberId,
    card_type: 'medical',
    details: JSON.stringify({ member_name: 'Ottilie Other-Org' }),
  })
}

/**
 * Adds a second organization beside the seeded one, with one employer,
 * employee, member, child, plan, pending enrollment, life event and ID
 * card; the API key reaches none of it. `today` is `YYYY-MM-DD`.
 */
export function seedOtherOrganization(db: Database, today: string): void {
  const createdAt = `${addDays(today, -100)}T09:00:00.000Z`

  db.transaction(() => {
    insertRow(db, 'organizations', {
      id: OTHER.organizationId,
      name: 'Other Payroll Inc.',
      created_at: createdAt,
    })
    insertRow(db, 'employers', {
      id: OTHER.employerId,
      organization_id: OTHER.organizationId,
      name: 'Other Employer',
      legal_name: 'Other Employer LLC',
      ein: '11-1111111',
      created_at: createdAt,
      updated_at: createdAt,
    })
    seedPeople(db, today, createdAt)
    seedBenefits(db, today, createdAt)
    seedRecords(db, today, createdAt)
  })()
}

/**
 * Stores an unbound access token of the second organization, valid for
 * 900 s from `now` (epoch ms), and returns its text. The sandbox has one
 * API key, so a token row is how a test holds that organization's
 * credential.
 */
export function otherOrganizationToken(db: Database, now: number): string {
  const token = `vit_at_${'o'.repeat(43)}`

  insertRow(db, 'access_tokens', {
    token_hash: hashCredential(token),
    organization_id: OTHER.organizationId,
    bound_type: null,
    bound_id: null,
    expires_at: now + 900_000,
    created_at: new Date(now).toISOString(),
  })

  return token
}
