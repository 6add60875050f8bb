import * as v from 'valibot'
import { idSchema } from './idSchema.js'
import { plainObject } from './plainObject.js'

const TIERS = ['Unspecified', 'EE', 'ES', 'EC', 'EF'] as const

const SIGNATURE_SHAPE = 'must be an object with full_name and consent'

const ELECTION = v.pipe(
  plainObject('must be an object'),
  v.object({
    enrollment_id: idSchema('enrl_'),
    decision: v.picklist(
      ['Enrolled', 'Waived'],
      'must be "Enrolled" or "Waived"',
    ),
    coverage_tier: v.nullish(
      v.picklist(TIERS, 'must be Unspecified, EE, ES, EC or EF'),
    ),
    selected_plan_id: v.nullish(idSchema('plan_')),
    dependent_ids: v.optional(
      v.array(idSchema('dpnd_'), 'must be an array of dependent ids'),
      [],
    ),
  }),
)

/**
 * The body of `POST /v1/employees/{empl}/enrollments/elect`: Vitable's
 * `elections` plus an e-signature block. Shapes only; whether the
 * elections are possible is judged by `planElection`.
 */
export const ELECTION_REQUEST = v.object({
  elections: v.pipe(
    v.array(ELECTION, 'must be an array of elections'),
    v.minLength(1, 'must hold at least one election'),
    v.maxLength(50, 'must hold at most 50 elections'),
  ),
  signature: v.pipe(
    plainObject(SIGNATURE_SHAPE),
    v.object(
      {
        full_name: v.pipe(
          v.string('must be a string'),
          v.trim(),
          v.minLength(1, 'must not be blank'),
          v.maxLength(200, 'must be at most 200 characters'),
        ),
        consent: v.boolean('must be a boolean'),
      },
      SIGNATURE_SHAPE,
    ),
  ),
})

/** One validated election. */
export type ElectionInput = v.InferOutput<typeof ELECTION>

/** A validated election request. */
export type ElectionRequest = v.InferOutput<typeof ELECTION_REQUEST>
