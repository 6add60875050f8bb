import type { Messages } from '../i18n/Messages.js'

/** Shown, and nothing else done, when the embedding page is not allowed. */
export function NotAllowed({ messages }: { messages: Messages }) {
  return (
    <main class="panel" data-testid="not-allowed">
      <h1 class="panel__title">{messages.notAllowedTitle}</h1>
      <p class="panel__detail">{messages.notAllowedBody}</p>
    </main>
  )
}
