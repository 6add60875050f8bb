import type { Enrollment } from '../apiSchemas.js'
import { formatCents } from '../formatCents.js'
import { formatDate } from '../formatDate.js'
import type { Messages } from '../i18n/Messages.js'

/** One enrollment, in the user's language and locale. */
export interface EnrollmentItemProps {
  enrollment: Enrollment
  messages: Messages
  locale: string
}

function describeCoverage({
  enrollment,
  messages,
  locale,
}: EnrollmentItemProps) {
  const { coverage_start: start, coverage_end: end } = enrollment

  if (!start) return messages.coverageNone

  const from = formatDate(start, locale)

  if (!end) return messages.coverageFrom(from)

  return messages.coverageRange(from, formatDate(end, locale))
}

function describeDeduction({
  enrollment,
  messages,
  locale,
}: EnrollmentItemProps) {
  const cents = enrollment.employee_deduction_in_cents

  if (!cents) return messages.noDeduction

  return messages.perMonth(formatCents(cents, locale))
}

/** A card: benefit, category, status badge, coverage dates, monthly cost. */
export function EnrollmentItem(props: EnrollmentItemProps) {
  const { benefit, status } = props.enrollment
  const { messages } = props

  return (
    <li class="enrollment" data-testid="enrollment">
      <div class="enrollment__head">
        <h2 class="enrollment__name">{benefit.name}</h2>
        <span class={`badge badge--${status}`}>{messages.status[status]}</span>
      </div>
      <p class="enrollment__category">
        {messages.categories[benefit.category] ?? benefit.category}
      </p>
      <dl class="enrollment__facts">
        <div>
          <dt>{messages.coverage}</dt>
          <dd>{describeCoverage(props)}</dd>
        </div>
        <div>
          <dt>{messages.deduction}</dt>
          <dd>{describeDeduction(props)}</dd>
        </div>
      </dl>
    </li>
  )
}
