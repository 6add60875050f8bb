/**
 * Decides, before saying a word to anyone, whether this page may run.
 *
 * 1. Requirements: post nothing unless the widget server's config is
 *    valid, the URL fragment names a host origin and widget id, that
 *    origin is exactly on the allowlist, and we are inside a frame.
 * 2. Otherwise render the "not allowed" state and stop there.
 * 3. Else hand over to `startFrame`.
 */

import { render } from 'preact'

import { parseFragment } from '../protocol/messages.js'
import type { ParentTarget } from './HostLink.js'
import { pickMessages } from './i18n/pickMessages.js'
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
    !config.allowedOrigins.includes(fragment.hostOrigin)
  ) {
    const messages = pickMessages(window.navigator.language)

    render(<NotAllowed messages={messages} />, root)
    return
  }

  return startFrame({ ...fragment, config, root, window, parent })
}
