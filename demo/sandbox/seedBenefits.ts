import type { Database } from './database.js'
import { insertRow } from './insertRow.js'
import { SEED } from './seedIds.js'
import { PLAN_SEEDS, type PlanSeed } from './seedPlans.js'

const { employers, products } = SEED

const PRODUCTS = [
  {
    id: products.harborMedical,
    employer_id: employers.harbor,
    name: 'Vitable Essentials',
    category: 'Medical',
    product_code: 'MEC',
  },
  {
    id: products.harborDental,
    employer_id: employers.harbor,
    name: 'Vitable Dental',
    category: 'Dental',
    product_code: 'VD',
  },
  {
    id: products.harborVision,
    employer_id: employers.harbor,
    name: 'Vitable Vision',
    category: 'Vision',
    product_code: 'VV',
  },
  {
    id: products.harborHospital,
    employer_id: employers.harbor,
    name: 'Vitable Hospital Indemnity',
    category: 'Hospital',
    product_code: 'MVP',
  },
  {
    id: products.northwindMedical,
    employer_id: employers.northwind,
    name: 'Vitable Essentials Plus',
    category: 'Medical',
    product_code: 'MEC_PLUS',
  },
  {
    id: products.northwindDental,
    employer_id: employers.northwind,
    name: 'Vitable Dental',
    category: 'Dental',
    product_code: 'VD',
  },
]

const TIERS = ['EE', 'ES', 'EC', 'EF'] as const

function seedPlan(db: Database, plan: PlanSeed): void {
  insertRow(db, 'plans', {
    id: plan.id,
    benefit_product_id: plan.product,
    name: plan.name,
    description: plan.description,
    carrier_name: plan.carrier,
    tier: plan.tier,
    deductible_cents: plan.deductible,
    out_of_pocket_max_cents: plan.outOfPocketMax,
  })

  for (const [index, tier] of TIERS.entries()) {
    insertRow(db, 'plan_costs', {
      plan_id: plan.id,
      coverage_tier: tier,
      employee_contribution_cents: plan.employee[index] ?? 0,
      employer_contribution_cents: plan.employer[index] ?? 0,
    })
  }
}

/** Seeds the benefit products each employer offers, with plans and costs. */
export function seedBenefits(db: Database): void {
  for (const product of PRODUCTS) {
    insertRow(db, 'benefit_products', product)
  }

  for (const plan of PLAN_SEEDS) seedPlan(db, plan)
}
