import type { Database } from './database.js'

/** Vitable's coverage tiers: employee, +spouse, +children, family. */
export const COVERAGE_TIERS = ['EE', 'ES', 'EC', 'EF'] as const

/** One coverage tier. */
export type CoverageTier = (typeof COVERAGE_TIERS)[number]

/** A plan's monthly cost for one tier, in cents. */
export interface PlanCost {
  coverage_tier: CoverageTier
  employee_contribution_cents: number
  employer_contribution_cents: number
  total_monthly_premium_cents: number
}

/** A plan offered for an enrollment, as the API answers it. */
export interface Plan {
  id: string
  benefit_product_id: string
  name: string
  description: string | null
  carrier_name: string | null
  tier: string | null
  deductible_cents: number | null
  out_of_pocket_max_cents: number | null
  costs: PlanCost[]
}

type PlanRow = Omit<Plan, 'costs'>

type CostRow = Omit<PlanCost, 'total_monthly_premium_cents'>

const TIER_ORDER =
  "CASE coverage_tier WHEN 'EE' THEN 0 WHEN 'ES' THEN 1 " +
  "WHEN 'EC' THEN 2 ELSE 3 END"

function toCost(row: CostRow): PlanCost {
  return {
    ...row,
    total_monthly_premium_cents:
      row.employee_contribution_cents + row.employer_contribution_cents,
  }
}

/** The monthly cost of `planId` at `tier`, or undefined if none. */
export function findPlanCost(
  db: Database,
  planId: string,
  tier: CoverageTier,
): PlanCost | undefined {
  const row = db
    .prepare<[string, string], CostRow>(
      'SELECT coverage_tier, employee_contribution_cents, ' +
        'employer_contribution_cents FROM plan_costs ' +
        'WHERE plan_id = ? AND coverage_tier = ?',
    )
    .get(planId, tier)

  return row ? toCost(row) : undefined
}

/** Whether `planId` is one of the plans of benefit product `productId`. */
export function isPlanOffered(
  db: Database,
  planId: string,
  productId: string,
): boolean {
  const row = db
    .prepare('SELECT 1 FROM plans WHERE id = ? AND benefit_product_id = ?')
    .get(planId, productId)

  return row !== undefined
}

/** Every plan of a benefit product, with its costs per tier. */
export function listPlans(db: Database, productId: string): Plan[] {
  const plans = db
    .prepare<[string], PlanRow>(
      'SELECT * FROM plans WHERE benefit_product_id = ? ORDER BY rowid',
    )
    .all(productId)
  const costs = db.prepare<[string], CostRow>(
    'SELECT coverage_tier, employee_contribution_cents, ' +
      `employer_contribution_cents FROM plan_costs WHERE plan_id = ? ` +
      `ORDER BY ${TIER_ORDER}`,
  )

  return plans.map((plan) => ({
    ...plan,
    costs: costs.all(plan.id).map(toCost),
  }))
}
