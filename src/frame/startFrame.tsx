/**
 * Runs the dashboard once the embedding page is known to be allowed.
 *
 * 1. Requirements: the host hears from us only over the private port; it
 *    knows whether we show data (`frame.ready`) or an error (`frame.error`)
 *    and always our current height; a token failure shows "unable to
 *    connect" even when no read was waiting, once no usable token is left;
 *    a token that arrives after that loads again unasked; a replaced port
 *    may belong to another session, so nothing from the old one is kept.
 * 2. Watch the root's height, render the view (its first load waits for
 *    a token), then start the handshake.
 * 3. On each `host.connect`: forget tokens, re-ask for waiting callers,
 *    resend the last height, take its settings; on a replacement, remount
 *    the view so it loads again under the new session.
 * 4. Port messages feed the token store and the host's settings: a
 *    `host.update` re-renders in place, without a remount, and keeps an
 *    appearance it carries even when it carries nothing else (applied by
 *    `applyAppearance`); `host.retry` loads a failed view again.
 * 5. When a load ends: measure, then `frame.error` if it failed, or
 *    `frame.ready` if it succeeded and we were not already showing data.
 *    The view reads a transient failure again by itself (`useDashboard`).
 */

import { render } from 'preact'

import { ApiClient } from './ApiClient.js'
import { applyAppearance } from './applyAppearance.js'
import type { FrameError } from './FrameError.js'
import { HostLink, type MessageTarget, type ParentTarget } from './HostLink.js'
import type { ConnectMessage, PortMessage } from './hostSchemas.js'
import { DEFAULT_LOCALE } from './i18n/resolveLocale.js'
import { loadDashboard } from './loadDashboard.js'
import { type HostSettings, mergeSettings } from './mergeSettings.js'
import type { FrameConfig } from './readConfig.js'
import { TokenStore } from './TokenStore.js'
import { App } from './ui/App.js'
import { type HeightWatchScope, watchHeight } from './watchHeight.js'
import type { RecoveryScope } from './watchRecovery.js'

/** What `startFrame` needs; `bootFrame` passes the real window. */
export interface StartFrameOptions {
  config: FrameConfig
  hostOrigin: string
  id: string
  /** The element the app renders into and whose height is reported. */
  root: HTMLElement
  window: MessageTarget & HeightWatchScope & RecoveryScope['window']
  parent: ParentTarget
  fetch?: typeof fetch
}

/** Starts the frame; returns the function that stops it. */
export function startFrame(options: StartFrameOptions): () => void {
  const { root, config } = options
  let settings: HostSettings = { locale: DEFAULT_LOCALE }
  let isConnected = false
  let viewKey = 0
  let height: number | undefined
  let isShowingData = false
  let isShowingFailure = false
  let isWaitingForToken = false

  const link = new HostLink({
    window: options.window,
    parent: options.parent,
    hostOrigin: options.hostOrigin,
    id: options.id,
    onConnect: handleConnect,
    onMessage: handlePortMessage,
  })
  const tokens = new TokenStore({
    request: (reason, tokenId) =>
      link.send(
        tokenId === undefined
          ? { type: 'token.request', reason }
          : { type: 'token.request', reason, tokenId },
      ),
  })
  const api = new ApiClient({
    baseUrl: config.apiBaseUrl,
    tokens,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  })
  const load = () => loadDashboard(api)
  const scope = { window: options.window, document: root.ownerDocument }
  const heights = watchHeight(
    root,
    (next) => {
      height = next
      link.send({ type: 'frame.resize', height })
    },
    options.window,
  )

  function handleSettled(error: FrameError | undefined): void {
    // The host learns the settled height before anything else.
    heights.measure()
    isShowingFailure = error !== undefined

    if (error) {
      isShowingData = false
      isWaitingForToken = error.fromHost
      link.send({ type: 'frame.error', error: error.toJSON() })
      return
    }

    if (isShowingData) return

    isShowingData = link.send({ type: 'frame.ready' })
  }

  function reloadView(): void {
    viewKey += 1
    renderView()
  }

  function retryConnection(): void {
    link.send({ type: 'frame.retry' })
  }

  function renderView(): void {
    const page = root.ownerDocument.documentElement

    page.lang = settings.locale
    applyAppearance(page, settings.appearance)

    render(
      <App
        key={viewKey}
        locale={settings.locale}
        load={load}
        onSettled={handleSettled}
        onRetryConnection={retryConnection}
        scope={scope}
      />,
      root,
    )
  }

  function handleConnect(message: ConnectMessage): void {
    const isReconnect = isConnected

    isConnected = true
    isShowingData = false
    isWaitingForToken = false
    settings = mergeSettings(settings, message)

    tokens.restart()
    if (height !== undefined) link.send({ type: 'frame.resize', height })
    if (isReconnect) reloadView()
    else renderView()
  }

  function handleTokenUpdate(message: PortMessage & { type: 'token.update' }) {
    tokens.receive(message)

    if (!isWaitingForToken) return

    isWaitingForToken = false
    reloadView()
  }

  // No read was waiting, yet the token is gone: a fresh load meets the
  // failure and shows it, instead of old data that can no longer refresh.
  function handleTokenError(message: PortMessage & { type: 'token.error' }) {
    const waiting = tokens.fail(message.error)

    if (waiting > 0 || isWaitingForToken || tokens.hasUsableToken) return

    reloadView()
  }

  // The host asks; only a failure is worth reading again. The fresh load
  // asks for a token itself, so nothing waits for one any more.
  function handleRetry(): void {
    if (!isShowingFailure) return

    isShowingFailure = false
    isWaitingForToken = false
    reloadView()
  }

  function handlePortMessage(message: PortMessage): void {
    if (message.type === 'token.update') handleTokenUpdate(message)
    if (message.type === 'token.error') handleTokenError(message)
    if (message.type === 'host.retry') handleRetry()
    if (message.type === 'host.update') {
      settings = mergeSettings(settings, message)
      renderView()
    }
  }

  renderView()
  link.start()

  return () => {
    heights.stop()
    link.stop()
    render(null, root)
  }
}
