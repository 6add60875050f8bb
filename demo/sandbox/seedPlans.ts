import { SEED } from './seedIds.js'

/** Monthly cents for the tiers EE, ES, EC and EF. */
export type Costs = [ee: number, es: number, ec: number, ef: number]

/** One seeded plan with its costs per tier. */
export interface PlanSeed {
  id: string
  product: string
  name: string
  description: string
  carrier: string
  tier: string | null
  deductible: number | null
  outOfPocketMax: number | null
  employee: Costs
  employer: Costs
}

const { plans, products } = SEED

const HARBOR_MEDICAL_SHARE: Costs = [9000, 14000, 13000, 18000]
const DENTAL_SHARE: Costs = [800, 1200, 1200, 1600]

/** The plans each benefit product offers. */
export const PLAN_SEEDS: PlanSeed[] = [
  {
    id: plans.essentialsBronze,
    product: products.harborMedical,
    name: 'Essentials Bronze',
    carrier: 'Vitable Health',
    tier: 'Bronze',
    description: 'Preventive care and virtual visits at no cost.',
    deductible: 150000,
    outOfPocketMax: 900000,
    employee: [4500, 12000, 10500, 17500],
    employer: HARBOR_MEDICAL_SHARE,
  },
  {
    id: plans.essentialsSilver,
    product: products.harborMedical,
    name: 'Essentials Silver',
    carrier: 'Vitable Health',
    tier: 'Silver',
    description: 'Adds urgent care and generic prescriptions.',
    deductible: 75000,
    outOfPocketMax: 600000,
    employee: [8900, 19800, 17200, 27400],
    employer: HARBOR_MEDICAL_SHARE,
  },
  {
    id: plans.dentalBasic,
    product: products.harborDental,
    name: 'Dental Basic',
    carrier: 'Brightsmile Dental',
    tier: null,
    description: 'Two cleanings a year, fillings at 80%.',
    deductible: 5000,
    outOfPocketMax: null,
    employee: [1200, 2600, 2900, 4200],
    employer: DENTAL_SHARE,
  },
  {
    id: plans.dentalPlus,
    product: products.harborDental,
    name: 'Dental Plus',
    carrier: 'Brightsmile Dental',
    tier: null,
    description: 'Adds crowns, root canals and orthodontics for children.',
    deductible: 5000,
    outOfPocketMax: null,
    employee: [2100, 4300, 4600, 6900],
    employer: DENTAL_SHARE,
  },
  {
    id: plans.visionStandard,
    product: products.harborVision,
    name: 'Vision Standard',
    carrier: 'ClearView Vision',
    tier: null,
    description: 'Yearly eye exam and $150 toward frames or contacts.',
    deductible: null,
    outOfPocketMax: null,
    employee: [450, 900, 950, 1400],
    employer: [300, 400, 400, 500],
  },
  {
    id: plans.hospitalIndemnity,
    product: products.harborHospital,
    name: 'Hospital Indemnity',
    carrier: 'Vitable Health',
    tier: null,
    description: 'Pays $1,000 per hospital admission.',
    deductible: null,
    outOfPocketMax: null,
    employee: [1800, 3600, 3300, 5100],
    employer: [0, 0, 0, 0],
  },
  {
    id: plans.mecPlusGold,
    product: products.northwindMedical,
    name: 'Essentials Plus Gold',
    carrier: 'Vitable Health',
    tier: 'Gold',
    description: 'Low deductible, specialist visits and brand drugs.',
    deductible: 50000,
    outOfPocketMax: 400000,
    employee: [11000, 24000, 21000, 33000],
    employer: [25000, 30000, 29000, 36000],
  },
  {
    id: plans.mecPlusSilver,
    product: products.northwindMedical,
    name: 'Essentials Plus Silver',
    carrier: 'Vitable Health',
    tier: 'Silver',
    description: 'Balanced premium and deductible.',
    deductible: 100000,
    outOfPocketMax: 650000,
    employee: [7500, 17000, 15000, 24500],
    employer: [25000, 30000, 29000, 36000],
  },
  {
    id: plans.northwindDental,
    product: products.northwindDental,
    name: 'Dental Basic',
    carrier: 'Brightsmile Dental',
    tier: null,
    description: 'Two cleanings a year, fillings at 80%.',
    deductible: 5000,
    outOfPocketMax: null,
    employee: [1500, 3100, 3300, 4800],
    employer: [1000, 1500, 1500, 2000],
  },
]
