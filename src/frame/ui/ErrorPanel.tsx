import type { ErrorCode } from '../../protocol/errorCodes.js'

/** What an error panel says and offers. */
export interface ErrorPanelProps {
  title: string
  detail: string
  action: string
  code: ErrorCode
  onAction: () => void
}

/** An alert with a title, one sentence of detail and one way out. */
export function ErrorPanel(props: ErrorPanelProps) {
  return (
    <section
      class="panel panel--error"
      role="alert"
      data-testid="error"
      data-error-code={props.code}
    >
      <h2 class="panel__title">{props.title}</h2>
      <p class="panel__detail">{props.detail}</p>
      <button type="button" class="button" onClick={props.onAction}>
        {props.action}
      </button>
    </section>
  )
}
