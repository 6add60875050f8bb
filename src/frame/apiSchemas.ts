import * as v from 'valibot'

const DateSchema = v.pipe(v.string(), v.isoDate())

const CentsSchema = v.pipe(v.number(), v.integer())

/** `GET /v1/auth/me`: which entity the token is bound to. */
export const MeResponseSchema = v.object({
  data: v.object({
    bound_entity: v.nullable(v.object({ type: v.string(), id: v.string() })),
  }),
})

/** The fields of an employee the dashboard shows. */
export const EmployeeSchema = v.object({
  id: v.string(),
  first_name: v.string(),
  last_name: v.string(),
})

/** `GET /v1/employees/{id}`. */
export const EmployeeResponseSchema = v.object({ data: EmployeeSchema })

/** The fields of an enrollment the dashboard shows. */
export const EnrollmentSchema = v.object({
  id: v.string(),
  benefit: v.object({
    id: v.string(),
    name: v.string(),
    category: v.string(),
  }),
  status: v.picklist(['pending', 'enrolled', 'waived', 'inactive']),
  coverage_start: v.nullish(DateSchema),
  coverage_end: v.nullish(DateSchema),
  /** Monthly, in cents. */
  employee_deduction_in_cents: v.nullish(CentsSchema),
})

/** `GET /v1/employees/{id}/enrollments`. */
export const EnrollmentsResponseSchema = v.object({
  data: v.array(EnrollmentSchema),
})

/** An employee as the dashboard reads it. */
export type Employee = v.InferOutput<typeof EmployeeSchema>

/** An enrollment as the dashboard reads it. */
export type Enrollment = v.InferOutput<typeof EnrollmentSchema>

/** One of the four enrollment statuses. */
export type EnrollmentStatus = Enrollment['status']
