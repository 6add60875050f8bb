/** Vitable's snake_case qualifying life event types and their labels. */
export const QLE_EVENT_TYPES = {
  married: 'Got married',
  divorced: 'Got divorced',
  had_baby: 'Had a baby',
  adopted_child: 'Adopted a child',
  new_child: 'Gained a child',
  lost_job_based_coverage: 'Lost job-based coverage',
  aged_off_parent_plan: "Aged off a parent's plan",
  lost_medicaid_chip_medicare: 'Lost Medicaid, CHIP or Medicare',
  moved_to_new_coverage_area: 'Moved to a new coverage area',
  court_ordered: 'Court-ordered coverage',
  death_of_spouse_or_dependent: 'Death of a spouse or dependent',
  other: 'Other',
} as const

/** One qualifying life event type. */
export type QleEventType = keyof typeof QLE_EVENT_TYPES

/** Days after the event that its special enrollment window stays open. */
export const QLE_WINDOW_DAYS = 60
