import type { Database } from './database.js'
import { addDays, endOfYearFrom, firstOfMonth } from './dates.js'
import { insertRow } from './insertRow.js'
import { type CoverageTier, findPlanCost } from './planRecords.js'
import { SEED } from './seedIds.js'

type Status = 'pending' | 'enrolled' | 'waived' | 'inactive'

interface Period {
  windowStart: string
  windowEnd: string
  coverageStart: string
  coverageEnd: string
}

type PeriodName = 'current' | 'open' | 'closed' | 'previous' | 'terminated'

type Election = [plan: string, tier: CoverageTier, dependents?: string[]]

type EnrollmentSeed = [
  id: string,
  employee: string,
  product: string,
  status: Status,
  period: PeriodName,
]

const { dependents: d, employees: e, enrollments: n, plans: p } = SEED
const { products: b } = SEED

const ENROLLMENTS: EnrollmentSeed[] = [
  [n.mariaMedical, e.maria, b.harborMedical, 'pending', 'open'],
  [n.mariaDental, e.maria, b.harborDental, 'enrolled', 'current'],
  [n.mariaVision, e.maria, b.harborVision, 'waived', 'current'],
  [n.mariaHospital, e.maria, b.harborHospital, 'inactive', 'previous'],
  [n.liamMedical, e.liam, b.harborMedical, 'enrolled', 'current'],
  [n.liamDental, e.liam, b.harborDental, 'enrolled', 'current'],
  [n.liamVision, e.liam, b.harborVision, 'pending', 'open'],
  [n.longNameMedical, e.longName, b.harborMedical, 'waived', 'current'],
  [n.longNameDental, e.longName, b.harborDental, 'pending', 'open'],
  [n.longNameVision, e.longName, b.harborVision, 'pending', 'closed'],
  [n.jeanLucMedical, e.jeanLuc, b.harborMedical, 'inactive', 'terminated'],
  [n.jeanLucDental, e.jeanLuc, b.harborDental, 'inactive', 'terminated'],
  [n.chloeMedical, e.chloe, b.northwindMedical, 'pending', 'open'],
  [n.chloeDental, e.chloe, b.northwindDental, 'enrolled', 'current'],
  [n.kwameMedical, e.kwame, b.northwindMedical, 'enrolled', 'current'],
  [n.kwameDental, e.kwame, b.northwindDental, 'waived', 'current'],
]

// The plan, tier and dependents of every enrollment that was elected.
const ELECTIONS: Record<string, Election> = {
  [n.mariaDental]: [p.dentalPlus, 'EF', [d.andres, d.sofia, d.mateo]],
  [n.mariaHospital]: [p.hospitalIndemnity, 'EE'],
  [n.liamMedical]: [p.essentialsSilver, 'EE'],
  [n.liamDental]: [p.dentalBasic, 'EE'],
  [n.jeanLucMedical]: [p.essentialsBronze, 'EE'],
  [n.jeanLucDental]: [p.dentalBasic, 'EE'],
  [n.chloeDental]: [p.northwindDental, 'EC', [d.lea]],
  [n.kwameMedical]: [p.mecPlusGold, 'EE'],
}

function periodStarting(coverageStart: string): Period {
  return {
    windowStart: addDays(coverageStart, -30),
    windowEnd: addDays(coverageStart, -10),
    coverageStart,
    coverageEnd: endOfYearFrom(coverageStart),
  }
}

/** The seeded periods, all relative to `today` so the demo looks current. */
function periodsAround(today: string): Record<PeriodName, Period> {
  const current = periodStarting(firstOfMonth(today, -5))
  const openEnd = addDays(today, 25)
  const terminatedOn = addDays(today, -45)

  return {
    current,
    open: {
      ...periodStarting(firstOfMonth(openEnd, 1)),
      windowStart: addDays(today, -5),
      windowEnd: openEnd,
    },
    closed: {
      ...periodStarting(firstOfMonth(today, 1)),
      windowStart: addDays(today, -40),
      windowEnd: addDays(today, -10),
    },
    previous: periodStarting(firstOfMonth(today, -17)),
    terminated: {
      ...current,
      coverageEnd: addDays(firstOfMonth(terminatedOn, 1), -1),
    },
  }
}

function seedEnrollment(db: Database, seed: EnrollmentSeed, period: Period) {
  const [id, employeeId, productId, status] = seed
  const [planId, tier, dependentIds = []] = ELECTIONS[id] ?? []
  const cost = planId && tier ? findPlanCost(db, planId, tier) : undefined
  const isEnrolled = status === 'enrolled'
  const answeredAt = status === 'pending' ? null : addDays(period.windowEnd, -2)
  const endedAt = status === 'inactive' ? period.coverageEnd : null

  insertRow(db, 'enrollments', {
    id,
    employee_id: employeeId,
    benefit_product_id: productId,
    status,
    coverage_tier: tier ?? null,
    selected_plan_id: planId ?? null,
    coverage_start: period.coverageStart,
    coverage_end: period.coverageEnd,
    employee_deduction_in_cents: isEnrolled
      ? (cost?.employee_contribution_cents ?? null)
      : null,
    employer_contribution_in_cents: isEnrolled
      ? (cost?.employer_contribution_cents ?? null)
      : null,
    enrollment_window_start: period.windowStart,
    enrollment_window_end: period.windowEnd,
    answered_at: answeredAt && `${answeredAt}T18:22:41.000Z`,
    terminated_at: endedAt && `${endedAt}T23:59:59.000Z`,
    signed_by: null,
    created_at: `${period.windowStart}T08:00:00.000Z`,
    updated_at: `${endedAt ?? answeredAt ?? period.windowStart}T18:22:41.000Z`,
  })

  for (const dependentId of dependentIds) {
    insertRow(db, 'enrollment_dependents', {
      enrollment_id: id,
      dependent_id: dependentId,
    })
  }
}

/** Seeds every employee's enrollments, with elections where answered. */
export function seedEnrollments(db: Database, today: string): void {
  const periods = periodsAround(today)

  for (const seed of ENROLLMENTS) {
    seedEnrollment(db, seed, periods[seed[4]])
  }
}
