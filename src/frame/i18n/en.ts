import type { Messages } from './Messages.js'

/** English strings; the default catalogue. */
export const en: Messages = {
  notAllowedTitle: 'This page is not allowed to embed the dashboard',
  notAllowedBody:
    'Ask the site owner to register this site with Vitable Health.',
  benefitsFor: (name) => ['Benefits for ', name],
  benefitsTitle: 'Your benefits',
  refresh: 'Refresh',
  loading: 'Loading your benefits…',
  loaded: 'Your benefits are up to date.',
  empty: 'You have no benefits to show yet.',
  enrollmentsLabel: 'Your enrollments',
  loadFailed: 'We could not load your benefits.',
  tryAgain: 'Try again',
  connectFailed: 'Unable to connect',
  connectFailedBody: 'The dashboard could not sign you in to Vitable Health.',
  retry: 'Retry',
  coverage: 'Coverage',
  coverageRange: (start, end) => `${start} – ${end}`,
  coverageFrom: (start) => `From ${start}`,
  coverageNone: 'Not scheduled',
  deduction: 'Your cost',
  perMonth: (amount) => `${amount} / month`,
  noDeduction: 'No deduction',
  status: {
    pending: 'Pending',
    enrolled: 'Enrolled',
    waived: 'Waived',
    inactive: 'Inactive',
  },
  categories: {
    Medical: 'Medical',
    Dental: 'Dental',
    Vision: 'Vision',
    Hospital: 'Hospital',
  },
}
