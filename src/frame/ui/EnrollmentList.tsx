import type { Enrollment } from '../apiSchemas.js'
import type { Messages } from '../i18n/Messages.js'
import { EnrollmentItem } from './EnrollmentItem.js'

/** The employee's enrollments, or a note that there are none. */
export interface EnrollmentListProps {
  enrollments: Enrollment[]
  messages: Messages
  locale: string
}

/** A list of enrollment cards, or the empty state. */
export function EnrollmentList(props: EnrollmentListProps) {
  const { enrollments, messages, locale } = props

  if (enrollments.length === 0) {
    return (
      <p class="panel" data-testid="empty">
        {messages.empty}
      </p>
    )
  }

  return (
    <ul class="enrollments" aria-label={messages.enrollmentsLabel}>
      {enrollments.map((enrollment) => (
        <EnrollmentItem
          key={enrollment.id}
          enrollment={enrollment}
          messages={messages}
          locale={locale}
        />
      ))}
    </ul>
  )
}
