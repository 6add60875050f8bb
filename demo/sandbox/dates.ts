const DAY_MS = 24 * 60 * 60 * 1000

/** Formats an instant as an ISO 8601 UTC timestamp. */
export function toTimestamp(epochMs: number): string {
  return new Date(epochMs).toISOString()
}

/** Formats an instant as a `YYYY-MM-DD` date, in UTC. */
export function toIsoDate(epochMs: number): string {
  return toTimestamp(epochMs).slice(0, 10)
}

/** The `YYYY-MM-DD` date `days` after (or before, if negative) `date`. */
export function addDays(date: string, days: number): string {
  return toIsoDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS)
}

/** The first day of the month `months` after the month of `date`. */
export function firstOfMonth(date: string, months: number): string {
  const day = new Date(`${date}T00:00:00Z`)
  const first = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + months, 1)

  return toIsoDate(first)
}

/** The last day of a one-year period that starts on `start`. */
export function endOfYearFrom(start: string): string {
  const day = new Date(`${start}T00:00:00Z`)
  const next = Date.UTC(
    day.getUTCFullYear() + 1,
    day.getUTCMonth(),
    day.getUTCDate(),
  )

  return toIsoDate(next - DAY_MS)
}

/** Whether `text` is a real calendar date written as `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false

  const parsed = Date.parse(`${text}T00:00:00Z`)

  return !Number.isNaN(parsed) && toIsoDate(parsed) === text
}
