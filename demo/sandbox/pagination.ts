import type { Context } from 'hono'
import * as v from 'valibot'
import { readQuery } from './requestQuery.js'

/** One page of a list request. */
export interface Page {
  page: number
  limit: number
  offset: number
}

/** The list envelope: `{ data, pagination }`. */
export interface PageBody<T> {
  data: T[]
  pagination: {
    page: number
    limit: number
    total: number
    total_pages: number
  }
}

const MAX_LIMIT = 100

function wholeNumber(min: number, max: number) {
  const range = `a whole number from ${min} to ${max}`

  return v.pipe(
    v.string(),
    v.regex(/^\d{1,9}$/, `must be ${range}`),
    v.transform(Number),
    v.minValue(min, `must be ${range}`),
    v.maxValue(max, `must be ${range}`),
  )
}

const PAGE_QUERY = v.object({
  page: v.optional(wholeNumber(1, 1_000_000), '1'),
  limit: v.optional(wholeNumber(1, MAX_LIMIT), '20'),
})

/** Reads `?page=` (default 1) and `?limit=` (default 20, max 100). */
export function readPage(c: Context): Page {
  const { page, limit } = readQuery(c, PAGE_QUERY)

  return { page, limit, offset: (page - 1) * limit }
}

/** Wraps one page of `data` out of `total` records in the list envelope. */
export function pageBody<T>(data: T[], total: number, page: Page): PageBody<T> {
  return {
    data,
    pagination: {
      page: page.page,
      limit: page.limit,
      total,
      total_pages: Math.ceil(total / page.limit),
    },
  }
}
