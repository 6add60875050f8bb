import type { Appearance } from '../protocol/messages.js'
import { resolveLocale } from './i18n/resolveLocale.js'

/**
 * What the host page chooses for the frame. `appearance` is kept as sent,
 * so the frame can apply it; `locale` is one the frame speaks.
 */
export interface HostSettings {
  locale: string
  appearance?: Appearance
}

/** What a `host.connect` or `host.update` may change. */
export interface SettingsUpdate {
  locale?: string
  appearance?: Appearance
}

/**
 * `settings` with the fields `update` carries; a field it leaves out (or
 * an empty locale) keeps its value.
 */
export function mergeSettings(
  settings: HostSettings,
  update: SettingsUpdate,
): HostSettings {
  const locale = update.locale ? resolveLocale(update.locale) : settings.locale
  const appearance = update.appearance ?? settings.appearance

  return appearance ? { locale, appearance } : { locale }
}
