/** Formats integer US cents as currency for `locale`: 4250 → "$42.50". */
export function formatCents(cents: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
  })

  return format.format(cents / 100)
}
