/**
 * Decides, before saying a word to anyone, whether this page may run.
 *
 * 1. Requirements: post nothing unless the widget server's config is
 *    valid, the URL fragment names a host origin and widget id, that
 *    origin is exactly on the allowlist, and we are inside a frame; say
 *    at once when we will never hear from the host.
 * 2. Where the browser names our parent's origin (`ancestorOrigins`), it
 *    must be the one in the fragment: a hello to any other origin is
 *    never delivered, so waiting for an answer would wait forever.
 * 3. Otherwise render the "not allowed" state and stop there.
 * 4. Else hand over to `startFrame`.
 */

import { render } from 'preact'

import { parseFragment } from '../protocol/messages.js'
import type { ParentTarget } from './HostLink.js'
import { pickMessages } from './i18n/pickMessages.js'
import { isEmbeddedBy } from './isEmbeddedBy.js'
import { readConfig } from './readConfig.js'
import { startFrame } from './startFrame.js'
import { NotAllowed } from './ui/NotAllowed.js'

/** Id of the element the app renders into. */
export const ROOT_ELEMENT_ID = 'app'

/**
 * Boots the frame in `window`. `parent` is `window.parent` unless a test
 * passes a stand-in. Returns the stop function once the frame runs.
 */
export function bootFrame(
  window: Window & typeof globalThis,
  parent: ParentTarget = window.parent,
): (() => void) | undefined {
  const root = window.document.getElementById(ROOT_ELEMENT_ID)
  const config = readConfig(window.document)
  const fragment = parseFragment(window.location.hash)
  const isFramed = parent !== window

  if (!root) return

  if (
    !config ||
    !fragment ||
    !isFramed ||
    !config.allowedOrigins.includes(fragment.hostOrigin) ||
    !isEmbeddedBy(window.location, fragment.hostOrigin)
  ) {
    const messages = pickMessages(window.navigator.language)

    render(<NotAllowed messages={messages} />, root)
    return
  }

  return startFrame({ ...fragment, config, root, window, parent })
}
