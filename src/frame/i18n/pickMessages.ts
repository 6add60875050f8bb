import { en } from './en.js'
import { es } from './es.js'
import type { Messages } from './Messages.js'

const CATALOGUES: Record<string, Messages> = { en, es }

/** The catalogue for a BCP 47 tag's language (`es-MX` → `es`), else `en`. */
export function pickMessages(locale: string): Messages {
  const language = locale.split('-')[0]?.toLowerCase() ?? ''

  return Object.hasOwn(CATALOGUES, language)
    ? (CATALOGUES[language] as Messages)
    : en
}
