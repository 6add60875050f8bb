/**
 * The `<script>` bundle: defines `window.Vitable` and mounts every
 * `[data-vitable-dashboard]` element, the one place where loading code
 * touches the page by design. Loading it twice is harmless.
 */

import { init, isVitableError, mount, VitableError, version } from '../index.js'
import { readDeclaration } from './readDeclaration.js'

declare global {
  interface Window {
    Vitable?: typeof api
  }
}

const api = { mount, init, isVitableError, VitableError, version }

const SELECTOR = '[data-vitable-dashboard]'

// Read while this bundle runs: later, currentScript is someone else's.
const scriptBaseUrl = document.currentScript?.dataset.baseUrl ?? undefined

function postForToken(url: string) {
  return async ({ signal }: { signal: AbortSignal }) => {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' },
      signal,
    })

    if (!response.ok) {
      throw new Error(`The token route ${url} answered ${response.status}.`)
    }

    return response.json()
  }
}

function mountDeclared(element: HTMLElement): void {
  const declaration = readDeclaration(element, location.href, scriptBaseUrl)

  if ('problem' in declaration) {
    console.error(`[vitable] ${declaration.problem}`)
    return
  }

  const { tokenUrl, baseUrl, locale } = declaration

  mount(element, postForToken(tokenUrl), {
    ...(baseUrl ? { baseUrl } : {}),
    ...(locale ? { locale } : {}),
  })
}

function mountAll(): void {
  for (const element of document.querySelectorAll<HTMLElement>(SELECTOR)) {
    try {
      mountDeclared(element)
    } catch (error) {
      console.error('[vitable]', error)
    }
  }
}

if (!window.Vitable) {
  window.Vitable = api

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', mountAll, { once: true })
  } else {
    mountAll()
  }
}
