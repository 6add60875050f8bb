import { resolveLocale } from './i18n/resolveLocale.js'

// As the host sent it: `applyAppearance` reads only what it can trust.
type Appearance = Record<string, unknown>

/**
 * What the host page chooses for the frame. `appearance` is kept as sent,
 * so the frame can apply what it trusts of it; `locale` is one the frame
 * speaks.
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
