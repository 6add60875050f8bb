import type { Database } from './database.js'
import { addDays } from './dates.js'
import { newId } from './ids.js'
import { insertRow } from './insertRow.js'
import type { Page } from './pagination.js'
import {
  QLE_EVENT_TYPES,
  QLE_WINDOW_DAYS,
  type QleEventType,
} from './qleTypes.js'

/** A qualifying life event as stored and answered. */
export interface QualifyingLifeEvent {
  id: string
  member_id: string
  employee_id: string
  event_type: QleEventType
  event_type_label: string
  event_date: string
  status: 'pending' | 'approved' | 'denied'
  notes: string | null
  enrollment_window_start: string
  enrollment_window_end: string
  submitted_at: string
  reviewed_at: string | null
  created_at: string
  updated_at: string
}

/** Whose events a caller may see: a member, through some employments. */
export interface QleScope {
  memberId: string
  employeeIds: string[]
}

/** What a member reports. */
export interface QleReport {
  memberId: string
  employeeId: string
  eventType: QleEventType
  eventDate: string
  notes: string | null
  submittedAt: string
}

type QleRow = Omit<QualifyingLifeEvent, 'event_type_label'>

// The member's events filed under the employments in `scope`; the ids go
// in as one JSON array, so the statement has a fixed number of parameters.
const IN_SCOPE =
  'FROM qualifying_life_events WHERE member_id = ? ' +
  'AND employee_id IN (SELECT value FROM json_each(?))'

function toQle(row: QleRow): QualifyingLifeEvent {
  return { ...row, event_type_label: QLE_EVENT_TYPES[row.event_type] }
}

function scopeParams(scope: QleScope): [string, string] {
  return [scope.memberId, JSON.stringify(scope.employeeIds)]
}

/** One page of the events in `scope`, newest first, and the total. */
export function listQles(db: Database, scope: QleScope, page: Page) {
  const rows = db
    .prepare<[string, string, number, number], QleRow>(
      `SELECT * ${IN_SCOPE} ` +
        'ORDER BY submitted_at DESC, rowid DESC LIMIT ? OFFSET ?',
    )
    .all(...scopeParams(scope), page.limit, page.offset)
  const count = db
    .prepare<[string, string], { total: number }>(
      `SELECT COUNT(*) AS total ${IN_SCOPE}`,
    )
    .get(...scopeParams(scope))

  return { rows: rows.map(toQle), total: count?.total ?? 0 }
}

/** Whether an event in `scope` has this report's type and date. */
export function hasQle(
  db: Database,
  scope: QleScope,
  report: QleReport,
): boolean {
  const row = db
    .prepare(
      `SELECT 1 ${IN_SCOPE} ` +
        "AND event_type = ? AND event_date = ? AND status <> 'denied'",
    )
    .get(...scopeParams(scope), report.eventType, report.eventDate)

  return row !== undefined
}

/** Records a reported life event as `pending` and returns it. */
export function insertQle(db: Database, report: QleReport) {
  const row: QleRow = {
    id: newId('qle_'),
    member_id: report.memberId,
    employee_id: report.employeeId,
    event_type: report.eventType,
    event_date: report.eventDate,
    status: 'pending',
    notes: report.notes,
    enrollment_window_start: report.eventDate,
    enrollment_window_end: addDays(report.eventDate, QLE_WINDOW_DAYS),
    submitted_at: report.submittedAt,
    reviewed_at: null,
    created_at: report.submittedAt,
    updated_at: report.submittedAt,
  }

  insertRow(db, 'qualifying_life_events', { ...row })

  return toQle(row)
}
