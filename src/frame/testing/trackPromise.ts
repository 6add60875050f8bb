/** A promise's outcome, readable without awaiting it. */
export interface Tracked<T> {
  status: 'pending' | 'resolved' | 'rejected'
  value: T | undefined
  error: unknown
}

/** Records how `promise` settles, so a test can check it is still pending. */
export function trackPromise<T>(promise: Promise<T>): Tracked<T> {
  const tracked: Tracked<T> = {
    status: 'pending',
    value: undefined,
    error: undefined,
  }

  promise.then(
    (value) => {
      tracked.status = 'resolved'
      tracked.value = value
    },
    (error: unknown) => {
      tracked.status = 'rejected'
      tracked.error = error
    },
  )

  return tracked
}

/** Lets every queued promise callback run; no timer is involved. */
export async function flushPromises(): Promise<void> {
  for (let round = 0; round < 10; round += 1) await Promise.resolve()
}
