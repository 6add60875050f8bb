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

function toQle(row: QleRow): QualifyingLifeEvent {
  return { ...row, event_type_label: QLE_EVENT_TYPES[row.event_type] }
}

/** One page of a member's life events, newest first, and the total. */
export function listQles(db: Database, memberId: string, page: Page) {
  const rows = db
    .prepare<[string, number, number], QleRow>(
      'SELECT * FROM qualifying_life_events WHERE member_id = ? ' +
        'ORDER BY submitted_at DESC, rowid DESC LIMIT ? OFFSET ?',
    )
    .all(memberId, page.limit, page.offset)
  const count = db
    .prepare<[string], { total: number }>(
      'SELECT COUNT(*) AS total FROM qualifying_life_events ' +
        'WHERE member_id = ?',
    )
    .get(memberId)

  return { rows: rows.map(toQle), total: count?.total ?? 0 }
}

/** Whether the member already reported this event type on that date. */
export function hasQle(db: Database, report: QleReport): boolean {
  const row = db
    .prepare(
      'SELECT 1 FROM qualifying_life_events WHERE member_id = ? ' +
        "AND event_type = ? AND event_date = ? AND status <> 'denied'",
    )
    .get(report.memberId, report.eventType, report.eventDate)

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
