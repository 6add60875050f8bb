import { warnInDevelopment } from './logger.js'

// Growth steps closer together than this count towards a runaway loop.
const LOOP_WINDOW = 250
const LOOP_LIMIT = 30
const TOLERANCE = 1

/**
 * Applies the heights the frame reports to its iframe: within bounds, with
 * a tolerance, and with a guard against a page whose height feeds on the
 * iframe's own height.
 */
export class FrameSizer {
  #iframe: HTMLIFrameElement
  #minHeight: number
  #maxHeight: number
  #now: () => number
  #height = -1
  #growthStreak = 0
  #lastGrowthAt = Number.NEGATIVE_INFINITY
  #isHalted = false

  constructor(
    iframe: HTMLIFrameElement,
    bounds: { minHeight: number; maxHeight: number },
    now: () => number = Date.now,
  ) {
    this.#iframe = iframe
    this.#minHeight = bounds.minHeight
    this.#maxHeight = bounds.maxHeight
    this.#now = now
  }

  /** The height last applied, in px. */
  get height(): number {
    return this.#height
  }

  /**
   * Applies `reported` px; returns the new height, or `undefined` when
   * nothing changed.
   */
  apply(reported: number): number | undefined {
    const height = Math.round(
      Math.min(Math.max(reported, this.#minHeight), this.#maxHeight),
    )

    if (Math.abs(height - this.#height) <= TOLERANCE) return undefined

    if (height > this.#height && this.#isRunaway()) return undefined

    if (height < this.#height) this.#growthStreak = 0

    this.#height = height
    this.#iframe.style.height = `${height}px`

    return height
  }

  #isRunaway(): boolean {
    const now = this.#now()

    this.#growthStreak =
      now - this.#lastGrowthAt < LOOP_WINDOW ? this.#growthStreak + 1 : 1
    this.#lastGrowthAt = now

    if (this.#growthStreak <= LOOP_LIMIT) return false

    if (!this.#isHalted) {
      this.#isHalted = true
      warnInDevelopment(
        'The dashboard kept growing; resizing paused. Give its container ' +
          'a height that does not depend on the iframe, or set `maxHeight`.',
      )
    }

    return true
  }
}
