import type { Dashboard } from './Dashboard.js'
import type { MountOptions, SessionOptions } from './options.js'
import { Session } from './Session.js'
import type { FetchToken } from './TokenManager.js'

/**
 * Mounts the Employee Dashboard into `target` with its own token session.
 * Unmounting the widget ends that session.
 */
export function mount(
  target: Element | string,
  fetchToken: FetchToken,
  options: MountOptions & Omit<SessionOptions, 'fetchToken'> = {},
): Dashboard {
  const session = new Session({ ...options, fetchToken })

  try {
    return session.attach(target, options, () => session.destroy())
  } catch (error) {
    session.destroy()
    throw error
  }
}

/** Creates a session whose token any number of widgets share. */
export function init(options: SessionOptions): Session {
  return new Session(options)
}
