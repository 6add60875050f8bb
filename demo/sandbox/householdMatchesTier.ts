import type { Database } from './database.js'
import { echoInput } from './echoInput.js'
import { unprocessable } from './errors.js'
import { findDependents } from './memberRecords.js'
import type { CoverageTier } from './planRecords.js'

// Who each tier covers: [spouses, has children, in words].
const TIER_RULES: Record<CoverageTier, [number, boolean, string]> = {
  EE: [0, false, 'no dependents'],
  ES: [1, false, 'exactly one spouse and no children'],
  EC: [0, true, 'one or more children and no spouse'],
  EF: [1, true, 'one spouse and one or more children'],
}

/**
 * Checks that `dependentIds` are distinct, active dependents of the
 * member and that they fit `tier`: `EE` none, `ES` one spouse, `EC`
 * children only, `EF` a spouse and children. Throws 422 naming the field
 * under `field` (e.g. `elections[0]`).
 */
export function householdMatchesTier(
  db: Database,
  memberId: string,
  dependentIds: string[],
  tier: CoverageTier,
  field: string,
): void {
  const household = new Map(
    findDependents(db, memberId).map((row) => [row.id, row]),
  )
  let spouses = 0
  let children = 0

  for (const [index, id] of dependentIds.entries()) {
    const dependent = household.get(id)

    if (!dependent || dependentIds.indexOf(id) !== index) {
      throw unprocessable(
        `\`${field}.dependent_ids[${index}]\` ${echoInput(id)} is not a ` +
          'dependent of this member, or is listed twice.',
      )
    }

    if (dependent.relationship === 'Spouse') spouses += 1
    else children += 1
  }

  const [needsSpouses, needsChildren, rule] = TIER_RULES[tier]

  if (spouses === needsSpouses && children > 0 === needsChildren) return

  throw unprocessable(
    `\`${field}.coverage_tier\` ${tier} covers ${rule}; received ` +
      `${spouses} spouse(s) and ${children} child(ren).`,
  )
}
