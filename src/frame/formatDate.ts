const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/**
 * Formats a calendar date (`YYYY-MM-DD`) for `locale`, e.g. "Jan 1, 2026".
 * The date is read and written in UTC so no time zone shifts its day; a
 * string that is not such a date is returned as is.
 */
export function formatDate(date: string, locale: string): string {
  const time = ISO_DATE.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN

  if (Number.isNaN(time)) return date

  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: 'UTC',
  })

  return format.format(time)
}
