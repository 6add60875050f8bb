import { DASHBOARD_PATH, formatFragment } from '../protocol/messages.js'

const TITLES: Record<string, string> = {
  en: 'Vitable benefits dashboard',
  es: 'Panel de beneficios de Vitable',
}

const FALLBACKS: Record<string, string> = {
  en: 'The benefits dashboard could not load. Please try again later.',
  es: 'No se pudo cargar el panel de beneficios. Inténtelo más tarde.',
}

// What the dashboard needs: its own scripts and origin (API calls and
// origin checks break without allow-same-origin), forms, and opening plan
// documents in a new tab.
const SANDBOX = [
  'allow-scripts',
  'allow-same-origin',
  'allow-forms',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
].join(' ')

function pick(table: Record<string, string>, locale: string): string {
  const language = locale.toLowerCase().split('-')[0] ?? 'en'

  // Own keys only: `constructor` is not a language.
  return Object.hasOwn(table, language)
    ? (table[language] as string)
    : (table.en as string)
}

/** The URL of the dashboard frame; its fragment holds no secret. */
export function frameUrl(baseUrl: string, hostOrigin: string, id: string) {
  return `${baseUrl}${DASHBOARD_PATH}${formatFragment(hostOrigin, id)}`
}

/** Creates the dashboard iframe, not yet in the page. */
export function createFrame(
  document: Document,
  src: string,
  locale: string,
): HTMLIFrameElement {
  const iframe = document.createElement('iframe')

  iframe.title = pick(TITLES, locale)
  iframe.setAttribute('sandbox', SANDBOX)
  iframe.setAttribute('referrerpolicy', 'no-referrer')
  iframe.setAttribute('allow', '')
  iframe.setAttribute('loading', 'eager')
  iframe.style.display = 'block'
  iframe.style.width = '100%'
  iframe.style.border = '0'
  iframe.style.colorScheme = 'normal'
  iframe.src = src

  return iframe
}

/** Retitles the iframe for a new locale. */
export function retitleFrame(iframe: HTMLIFrameElement, locale: string) {
  iframe.title = pick(TITLES, locale)
}

/** An accessible message shown when the frame never announced itself. */
export function createFallback(
  document: Document,
  locale: string,
): HTMLElement {
  const element = document.createElement('p')

  element.setAttribute('role', 'alert')
  element.textContent = pick(FALLBACKS, locale)
  element.style.margin = '0'
  element.style.padding = '16px'

  return element
}
