import type { ComponentChildren } from 'preact'

import type { EnrollmentStatus } from '../apiSchemas.js'

/** Every string the dashboard shows, for one language. */
export interface Messages {
  notAllowedTitle: string
  notAllowedBody: string
  /** The page heading; `name` arrives already wrapped for tests. */
  benefitsFor: (name: ComponentChildren) => ComponentChildren
  benefitsTitle: string
  refresh: string
  loading: string
  loaded: string
  empty: string
  enrollmentsLabel: string
  loadFailed: string
  tryAgain: string
  connectFailed: string
  connectFailedBody: string
  retry: string
  coverage: string
  coverageRange: (start: string, end: string) => string
  coverageFrom: (start: string) => string
  coverageNone: string
  deduction: string
  perMonth: (amount: string) => string
  noDeduction: string
  status: Record<EnrollmentStatus, string>
  /** Known benefit categories; others are shown as the API spells them. */
  categories: Record<string, string>
}
