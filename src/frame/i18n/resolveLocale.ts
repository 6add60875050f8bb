/** The locale used when the host names none, or an invalid one. */
export const DEFAULT_LOCALE = 'en'

/** Canonicalizes a BCP 47 tag (`es-mx` → `es-MX`); invalid tags give `en`. */
export function resolveLocale(locale: string | undefined): string {
  if (!locale) return DEFAULT_LOCALE

  try {
    return Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}
