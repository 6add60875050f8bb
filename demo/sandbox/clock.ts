/** Returns the current time in epoch milliseconds; tests inject their own. */
export type Clock = () => number

/** The real wall clock. */
export const systemClock: Clock = () => Date.now()
