import { useEffect, useRef } from 'preact/hooks'

import { type FrameError, isTokenFailure } from '../FrameError.js'
import type { Messages } from '../i18n/Messages.js'
import { pickMessages } from '../i18n/pickMessages.js'
import type { Dashboard } from '../loadDashboard.js'
import type { RecoveryScope } from '../watchRecovery.js'
import { EnrollmentList } from './EnrollmentList.js'
import { ErrorPanel } from './ErrorPanel.js'
import { type DashboardState, useDashboard } from './useDashboard.js'

/** What the dashboard view needs from the frame around it. */
export interface AppProps {
  /** BCP 47 tag for strings, dates and money. */
  locale: string
  load: () => Promise<Dashboard>
  /** Called after each load ends, with its error if it failed. */
  onSettled: (error: FrameError | undefined) => void
  /** Asks the host to try getting a token again (`frame.retry`). */
  onRetryConnection: () => void
  /** Where a failed load listens for `online` and for coming into view. */
  scope: RecoveryScope
}

interface BodyProps {
  state: DashboardState
  messages: Messages
  locale: string
  onReload: () => void
  onRetryConnection: () => void
}

function DashboardBody(props: BodyProps) {
  const { state, messages } = props

  if (state.status === 'failed' && isTokenFailure(state.error)) {
    return (
      <ErrorPanel
        title={messages.connectFailed}
        detail={messages.connectFailedBody}
        action={messages.retry}
        code={state.error.code}
        onAction={props.onRetryConnection}
      />
    )
  }

  if (state.status === 'failed') {
    return (
      <ErrorPanel
        title={messages.loadFailed}
        detail={state.error.message}
        action={messages.tryAgain}
        code={state.error.code}
        onAction={props.onReload}
      />
    )
  }

  if (!state.data) return null

  return (
    <EnrollmentList
      enrollments={state.data.enrollments}
      messages={messages}
      locale={props.locale}
    />
  )
}

/**
 * The Employee Dashboard: heading, Refresh, and the current state. An error
 * panel brings its own button, so Refresh steps aside while one shows.
 */
export function App(props: AppProps) {
  const { locale, load, onSettled, onRetryConnection } = props
  const messages = pickMessages(locale)
  const { state, reload } = useDashboard(load, props.scope)
  const title = useRef<HTMLHeadingElement>(null)
  const refreshButton = useRef<HTMLButtonElement>(null)
  const isRefreshFocused = useRef(false)
  const isLoading = state.status === 'loading'
  const employee = state.status === 'failed' ? undefined : state.data?.employee

  useEffect(() => {
    if (state.status === 'loading') return

    onSettled(state.status === 'failed' ? state.error : undefined)
  }, [state, onSettled])

  // Refresh steps aside for the error panel; the focus it held goes to
  // the heading instead of falling out of the page.
  useEffect(() => {
    if (state.status === 'loading') return

    const hadFocus = isRefreshFocused.current

    isRefreshFocused.current = false
    if (hadFocus && state.status === 'failed') title.current?.focus()
  }, [state])

  // The button that was pressed goes away; the heading keeps focus nearby.
  const reloadFromPanel = () => {
    title.current?.focus()
    reload()
  }

  const retryConnection = () => {
    onRetryConnection()
    reloadFromPanel()
  }

  const refresh = () => {
    const button = refreshButton.current

    if (isLoading) return

    isRefreshFocused.current = button?.ownerDocument.activeElement === button
    reload()
  }

  return (
    <div class="dashboard">
      <header class="dashboard__header">
        <h1 class="dashboard__title" ref={title} tabIndex={-1}>
          {employee
            ? messages.benefitsFor(
                <span data-testid="employee-name">
                  {`${employee.first_name} ${employee.last_name}`}
                </span>,
              )
            : messages.benefitsTitle}
        </h1>
        {state.status === 'failed' ? null : (
          <button
            type="button"
            class="button button--quiet"
            data-testid="refresh"
            ref={refreshButton}
            aria-disabled={isLoading}
            onClick={refresh}
          >
            {messages.refresh}
          </button>
        )}
      </header>
      <p role="status" class={isLoading ? 'status' : 'status visually-hidden'}>
        {isLoading ? messages.loading : ''}
        {state.status === 'ready' ? messages.loaded : ''}
      </p>
      <main class="dashboard__main" aria-busy={isLoading}>
        <DashboardBody
          state={state}
          messages={messages}
          locale={locale}
          onReload={reloadFromPanel}
          onRetryConnection={retryConnection}
        />
      </main>
    </div>
  )
}
