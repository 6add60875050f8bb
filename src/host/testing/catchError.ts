/** What `action` throws; fails the test when it throws nothing. */
export function catchError(action: () => unknown): unknown {
  try {
    action()
  } catch (error) {
    return error
  }

  throw new Error('expected a throw')
}
