/**
 * The `<script>` bundle: defines `window.Vitable` and mounts every
 * `[data-vitable-dashboard]` element, the one place where loading code
 * touches the page by design. Loading it twice is harmless.
 */

import { init, isVitableError, mount, VitableError, version } from '../index.js'

declare global {
  interface Window {
    Vitable?: typeof api
  }
}

const api = { mount, init, isVitableError, VitableError, version }

const SELECTOR = '[data-vitable-dashboard]'

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
  const { tokenUrl, baseUrl, locale } = element.dataset

  if (!tokenUrl) {
    console.error(
      '[vitable] data-vitable-dashboard needs data-token-url, the route ' +
        'of your server that returns an access token.',
    )
    return
  }

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
