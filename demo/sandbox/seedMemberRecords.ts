import type { Database } from './database.js'
import { addDays } from './dates.js'
import { insertRow } from './insertRow.js'
import { MATEO_AGE_DAYS } from './seedDependents.js'
import { SEED } from './seedIds.js'

type CardType = 'medical' | 'dental' | 'vision' | 'rx'

type CardSeed = [
  member: string,
  type: CardType,
  name: string,
  plan: string,
  productCode: string,
]

const { members: m } = SEED

const CARDS: CardSeed[] = [
  [m.maria, 'dental', 'María José Peña', 'Dental Plus', 'VD'],
  [m.liam, 'medical', "Liam O'Connor", 'Essentials Silver', 'MEC'],
  [m.liam, 'rx', "Liam O'Connor", 'Essentials Silver', 'MEC'],
  [m.liam, 'dental', "Liam O'Connor", 'Dental Basic', 'VD'],
  [m.chloe, 'dental', 'Chloé Dubois-Martin', 'Dental Basic', 'VD'],
  [m.kwame, 'medical', 'Kwame Mensah-Boateng', 'Plus Gold', 'MEC_PLUS'],
  [m.kwame, 'rx', 'Kwame Mensah-Boateng', 'Plus Gold', 'MEC_PLUS'],
]

const CARRIERS: Record<CardType, [payer: string, phone: string, web: string]> =
  {
    medical: ['Vitable Health', '8885550100', 'https://vitablehealth.com'],
    rx: ['Ventegra', '8885550142', 'https://ventegra.example'],
    dental: ['Brightsmile Dental', '8885550177', 'https://brightsmile.example'],
    vision: ['ClearView Vision', '8885550190', 'https://clearview.example'],
  }

const NSA_TABLE = [
  ['', 'In-network', 'Out-of-network'],
  ['Deductible', '$750', '$1,500'],
  ['Out-of-pocket maximum', '$6,000', '$12,000'],
]

function cardDetails(seed: CardSeed, index: number) {
  const [, type, memberName, planName, productCode] = seed
  const [payer, phone, website] = CARRIERS[type]
  const isMedical = type === 'medical'

  return {
    group_id: type === 'rx' ? 'VTGRX01' : 'VH100245',
    group_member_id: `VH${String(48213907 + index * 7919)}`,
    member_name: memberName,
    employer_name: null,
    plan_name: planName,
    benefit_code: productCode,
    network: isMedical ? 'Vitable Care Network' : null,
    claims_payer_display_name: payer,
    carrier_phone: phone,
    carrier_website: website,
    plan_disclaimer: 'This card does not guarantee coverage.',
    general_disclaimer: 'Show this card at every visit.',
    nsa_table: isMedical ? NSA_TABLE : [],
  }
}

function seedQle(db: Database, row: Record<string, string | null>): void {
  const eventDate = row.event_date ?? ''

  insertRow(db, 'qualifying_life_events', {
    ...row,
    enrollment_window_start: eventDate,
    enrollment_window_end: addDays(eventDate, 60),
    created_at: row.submitted_at ?? null,
    updated_at: row.reviewed_at ?? row.submitted_at ?? null,
  })
}

/** Seeds digital ID cards and two qualifying life events. */
export function seedMemberRecords(db: Database, today: string): void {
  for (const [index, seed] of CARDS.entries()) {
    insertRow(db, 'id_cards', {
      member_id: seed[0],
      card_type: seed[1],
      details: JSON.stringify(cardDetails(seed, index)),
    })
  }

  const born = addDays(today, -MATEO_AGE_DAYS)
  const moved = addDays(today, -10)

  seedQle(db, {
    id: SEED.qualifyingLifeEvents.mariaBirth,
    member_id: m.maria,
    employee_id: SEED.employees.maria,
    event_type: 'had_baby',
    event_date: born,
    status: 'approved',
    notes: 'Mateo was born; adding him to dental.',
    submitted_at: `${addDays(born, 3)}T16:40:12.000Z`,
    reviewed_at: `${addDays(born, 5)}T10:05:00.000Z`,
  })
  seedQle(db, {
    id: SEED.qualifyingLifeEvents.liamMove,
    member_id: m.liam,
    employee_id: SEED.employees.liam,
    event_type: 'moved_to_new_coverage_area',
    event_date: moved,
    status: 'pending',
    notes: 'Moved from Portland, OR to Boise, ID.',
    submitted_at: `${addDays(moved, 1)}T21:03:55.000Z`,
    reviewed_at: null,
  })
}
