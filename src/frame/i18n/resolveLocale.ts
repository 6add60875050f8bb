/** The locale used when the host names none, or one we do not speak. */
export const DEFAULT_LOCALE = 'en'

// The languages with a catalogue; see pickMessages.
const SPOKEN = new Set(['en', 'es'])

/**
 * Canonicalizes a BCP 47 tag (`es-mx` → `es-MX`). A tag that is invalid,
 * or whose language has no catalogue, gives `en`, so words, dates and
 * money always speak one language.
 */
export function resolveLocale(locale: string | undefined): string {
  // Real tags are short; a long string is not worth parsing.
  if (!locale || locale.length > 35) return DEFAULT_LOCALE

  try {
    const canonical = Intl.getCanonicalLocales(locale)[0] ?? DEFAULT_LOCALE
    const language = canonical.split('-')[0] ?? ''

    return SPOKEN.has(language) ? canonical : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE
  }
}
