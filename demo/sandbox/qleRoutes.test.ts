import { describe, expect, it } from 'vitest'
import { addDays, toIsoDate } from './dates.js'
import { insertRow } from './insertRow.js'
import type { QualifyingLifeEvent } from './qleRecords.js'
import { SEED } from './seedIds.js'
import {
  createTestSandbox,
  snapshot,
  TEST_NOW,
  type TestSandbox,
} from './testSandbox.js'
import type { BoundEntity } from './tokenStore.js'

const liam = SEED.members.liam
const PATH = `/v1/members/${liam}/qualifying-life-events`
const HOUR_MS = 60 * 60 * 1000

// María also works at Northwind; one event is filed under that job.
const SECOND_JOB = 'empl_mariaAtNorthwind1'
const SECOND_JOB_EVENT = 'qle_mariaAtNorthwind01'
const MARIA_EVENTS = `/v1/members/${SEED.members.maria}/qualifying-life-events`
const MOVE = {
  event_type: 'moved_to_new_coverage_area',
  event_date: '2026-03-09',
}

const { employees, employers, qualifyingLifeEvents: events } = SEED

const HARBOR: BoundEntity = { type: 'employer', id: employers.harbor }
const NORTHWIND: BoundEntity = { type: 'employer', id: employers.northwind }
const AT_HARBOR: BoundEntity = { type: 'employee', id: employees.maria }
const AT_NORTHWIND: BoundEntity = { type: 'employee', id: SECOND_JOB }

// [caller, the events it lists]
const READERS: [string, BoundEntity | null, string[]][] = [
  ['the API key', null, [SECOND_JOB_EVENT, events.mariaBirth]],
  ['a Harbor token', HARBOR, [events.mariaBirth]],
  ['a Northwind token', NORTHWIND, [SECOND_JOB_EVENT]],
  ['her Harbor employee token', AT_HARBOR, [events.mariaBirth]],
  ['her Northwind employee token', AT_NORTHWIND, [SECOND_JOB_EVENT]],
]

function withSecondJob(): TestSandbox {
  const sandbox = createTestSandbox()
  const at = new Date(TEST_NOW).toISOString()

  insertRow(sandbox.db, 'employees', {
    id: SECOND_JOB,
    member_id: SEED.members.maria,
    employer_id: employers.northwind,
    email: 'maria.pena@northwind.example',
    phone: null,
    employee_class: 'Part Time',
    status: 'active',
    hire_date: '2025-06-01',
    termination_date: null,
    reference_id: null,
    created_at: at,
    updated_at: at,
  })
  insertRow(sandbox.db, 'qualifying_life_events', {
    id: SECOND_JOB_EVENT,
    member_id: SEED.members.maria,
    employee_id: SECOND_JOB,
    ...MOVE,
    status: 'pending',
    enrollment_window_start: MOVE.event_date,
    enrollment_window_end: addDays(MOVE.event_date, 60),
    submitted_at: at,
    created_at: at,
    updated_at: at,
  })

  return sandbox
}

async function credentialOf(sandbox: TestSandbox, bound: BoundEntity | null) {
  return bound ? sandbox.mint(bound) : sandbox.config.apiKey
}

describe('qualifying life events', () => {
  it('lists the member’s events newest first with labels', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint({
      type: 'employee',
      id: SEED.employees.liam,
    })

    const response = await sandbox.call('GET', PATH, token)

    expect(await response.json()).toEqual({
      data: [
        expect.objectContaining({
          id: SEED.qualifyingLifeEvents.liamMove,
          event_type: 'moved_to_new_coverage_area',
          event_type_label: 'Moved to a new coverage area',
          status: 'pending',
        }),
      ],
      pagination: { page: 1, limit: 20, total: 1, total_pages: 1 },
    })
  })

  it('records a reported event as pending with a 60-day window', async () => {
    const sandbox = createTestSandbox()
    const token = await sandbox.mint({
      type: 'employee',
      id: SEED.employees.liam,
    })
    const eventDate = addDays(sandbox.today(), -2)
    const report = {
      event_type: 'married',
      event_date: eventDate,
      notes: 'Yay',
    }

    const created = await sandbox.call('POST', PATH, token, report)
    const listed = await sandbox.call('GET', PATH, token)
    const json = (await created.json()) as { data: { id: string } }

    expect(created.status).toBe(201)
    expect(json.data).toMatchObject({
      id: expect.stringMatching(/^qle_[A-Za-z0-9_-]{22}$/),
      member_id: liam,
      employee_id: SEED.employees.liam,
      event_type: 'married',
      event_date: eventDate,
      status: 'pending',
      notes: 'Yay',
      enrollment_window_end: addDays(eventDate, 60),
      submitted_at: new Date(TEST_NOW).toISOString(),
    })
    expect(await listed.json()).toMatchObject({
      data: [{ id: json.data.id }, { id: SEED.qualifyingLifeEvents.liamMove }],
    })
  })

  it.each([
    [
      'an unknown event type',
      { event_type: 'won_lottery' },
      400,
      '`event_type`',
    ],
    [
      'a date that is not a date',
      { event_date: '2026-02-30' },
      400,
      '`event_date`',
    ],
    [
      'a date in another format',
      { event_date: '03/01/2026' },
      400,
      '`event_date`',
    ],
    ['notes that are not text', { notes: 42 }, 400, '`notes`'],
    ['notes that are too long', { notes: 'x'.repeat(1001) }, 400, '`notes`'],
    [
      'no event type',
      { event_type: undefined },
      400,
      '`event_type` is required',
    ],
    ['a date in the future', { event_date: '2026-03-17' }, 422, '`event_date`'],
    [
      'a date over 60 days ago',
      { event_date: '2026-01-14' },
      422,
      '`event_date`',
    ],
    [
      'an event already reported',
      { event_type: 'moved_to_new_coverage_area', event_date: '2026-03-06' },
      422,
      'already',
    ],
  ])('refuses %s and writes nothing', async (_, change, status, fragment) => {
    const sandbox = createTestSandbox()
    const report = {
      event_type: 'married',
      event_date: '2026-03-10',
      ...change,
    }
    const before = snapshot(sandbox.db)

    const response = await sandbox.call(
      'POST',
      PATH,
      sandbox.config.apiKey,
      report,
    )
    const json = (await response.json()) as { error: { message: string } }

    expect(response.status).toBe(status)
    expect(json).toMatchObject({
      error: { code: status === 400 ? 'invalid_request' : 'unprocessable' },
    })
    expect(json.error.message).toContain(fragment)
    expect(snapshot(sandbox.db)).toBe(before)
  })

  it.each([
    ['a made-up field', { mood: 'happy' }],
    [
      'fields the sandbox sets itself',
      {
        id: 'qle_chosenByTheCaller1',
        status: 'approved',
        employee_id: SEED.employees.maria,
        reviewed_at: '2026-03-11T00:00:00.000Z',
      },
    ],
  ])('ignores %s, writing what it would without', async (_, extra) => {
    const plain = createTestSandbox()
    const padded = createTestSandbox()
    const report = { event_type: 'married', event_date: '2026-03-10' }
    const key = plain.config.apiKey
    const expected = await plain.call('POST', PATH, key, report)
    const { data: want } = (await expected.json()) as { data: { id: string } }

    const response = await padded.call('POST', PATH, key, {
      ...report,
      ...extra,
    })
    const { data: got } = (await response.json()) as { data: { id: string } }

    expect(response.status).toBe(201)
    expect({ ...got, id: want.id }).toEqual(want)
    expect(snapshot(padded.db).replace(got.id, want.id)).toBe(
      snapshot(plain.db),
    )
  })

  it('accepts an event exactly 60 days ago', async () => {
    const sandbox = createTestSandbox()
    const report = {
      event_type: 'other',
      event_date: addDays(sandbox.today(), -60),
    }

    const response = await sandbox.call(
      'POST',
      PATH,
      sandbox.config.apiKey,
      report,
    )

    expect(response.status).toBe(201)
  })

  it.each([
    ['in the afternoon', 0],
    ['a millisecond before midnight UTC', 9 * HOUR_MS - 1],
    ['from midnight UTC', 9 * HOUR_MS],
  ])('accepts an event dated today %s', async (_, later) => {
    const sandbox = createTestSandbox()
    sandbox.advance(later)
    const today = toIsoDate(TEST_NOW + later)
    const report = { event_type: 'had_baby', event_date: today }

    const response = await sandbox.call(
      'POST',
      PATH,
      sandbox.config.apiKey,
      report,
    )

    expect(sandbox.today()).toBe(today)
    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({
      data: {
        event_date: today,
        enrollment_window_end: addDays(today, 60),
        submitted_at: new Date(TEST_NOW + later).toISOString(),
      },
    })
  })
})

describe('life events of a member employed twice', () => {
  it.each(READERS)(
    '%s lists only those filed under jobs in its reach',
    async (_, bound, expected) => {
      const sandbox = withSecondJob()
      const credential = await credentialOf(sandbox, bound)

      const response = await sandbox.call('GET', MARIA_EVENTS, credential)
      const json = (await response.json()) as {
        data: QualifyingLifeEvent[]
        pagination: { total: number }
      }

      expect(json.data.map((event) => event.id)).toEqual(expected)
      expect(json.pagination.total).toBe(expected.length)
    },
  )

  it('a Harbor report ignores a Northwind filing of the event', async () => {
    const sandbox = withSecondJob()
    const token = await sandbox.mint(HARBOR)

    const response = await sandbox.call('POST', MARIA_EVENTS, token, MOVE)

    expect(response.status).toBe(201)
    expect(await response.json()).toMatchObject({
      data: { employee_id: employees.maria, ...MOVE },
    })
  })

  it('a Northwind report of the same event answers 422', async () => {
    const sandbox = withSecondJob()
    const token = await sandbox.mint(NORTHWIND)
    const before = snapshot(sandbox.db)

    const response = await sandbox.call('POST', MARIA_EVENTS, token, MOVE)

    expect(response.status).toBe(422)
    expect(snapshot(sandbox.db)).toBe(before)
  })
})
