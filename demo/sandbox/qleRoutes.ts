import { Hono } from 'hono'
import * as v from 'valibot'
import type { ApiDeps, ApiEnv } from './apiEnv.js'
import { addDays, isIsoDate, toIsoDate, toTimestamp } from './dates.js'
import type { EmployeeRow } from './employeeRecords.js'
import { unprocessable } from './errors.js'
import { pageBody, readPage } from './pagination.js'
import { hasQle, insertQle, listQles, type QleScope } from './qleRecords.js'
import {
  QLE_EVENT_TYPES,
  QLE_WINDOW_DAYS,
  type QleEventType,
} from './qleTypes.js'
import { readBody } from './requestBody.js'
import { reachEmployments } from './scope.js'

const EVENT_TYPES = Object.keys(QLE_EVENT_TYPES) as QleEventType[]

const QLE_REPORT = v.object({
  event_type: v.picklist(
    EVENT_TYPES,
    `must be one of ${EVENT_TYPES.join(', ')}`,
  ),
  event_date: v.pipe(
    v.string('must be a string'),
    v.check(isIsoDate, 'must be a date written YYYY-MM-DD'),
  ),
  notes: v.nullish(
    v.pipe(
      v.string('must be a string'),
      v.maxLength(1000, 'must be at most 1000 characters'),
    ),
  ),
})

function assertRecent(eventDate: string, today: string): void {
  if (eventDate > today) {
    throw unprocessable(`\`event_date\` ${eventDate} is in the future.`)
  }

  if (eventDate < addDays(today, -QLE_WINDOW_DAYS)) {
    throw unprocessable(
      `\`event_date\` ${eventDate} is more than ${QLE_WINDOW_DAYS} days ` +
        'ago; report life events within 60 days.',
    )
  }
}

function scopeOf(employments: [EmployeeRow, ...EmployeeRow[]]): QleScope {
  return {
    memberId: employments[0].member_id,
    employeeIds: employments.map((row) => row.id),
  }
}

/**
 * `GET` and `POST /v1/members/{mbr}/qualifying-life-events`, limited to
 * events filed under employments the caller reaches. A report needs an
 * event within the last 60 days, not in the future, and not already
 * reported in that reach; it is stored `pending` under the first of them.
 */
export function qleRoutes(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>()
  const { db } = deps

  app.get('/:memberId/qualifying-life-events', (c) => {
    const id = c.req.param('memberId')
    const employments = reachEmployments(db, c.get('principal'), id)
    const page = readPage(c)

    const { rows, total } = listQles(db, scopeOf(employments), page)

    return c.json(pageBody(rows, total, page))
  })

  app.post('/:memberId/qualifying-life-events', async (c) => {
    const id = c.req.param('memberId')
    const employments = reachEmployments(db, c.get('principal'), id)
    const [employment] = employments
    const body = await readBody(c, QLE_REPORT)
    const now = deps.clock()

    assertRecent(body.event_date, toIsoDate(now))

    const report = {
      memberId: employment.member_id,
      employeeId: employment.id,
      eventType: body.event_type,
      eventDate: body.event_date,
      notes: body.notes ?? null,
      submittedAt: toTimestamp(now),
    }

    const qle = db.transaction(() => {
      if (hasQle(db, scopeOf(employments), report)) {
        throw unprocessable(
          `A ${report.eventType} event on ${report.eventDate} is already ` +
            'reported for this member.',
        )
      }

      return insertQle(db, report)
    })()

    return c.json({ data: qle }, 201)
  })

  return app
}
