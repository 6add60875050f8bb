import type { DashboardEventName, FrameMessage } from '../protocol/messages.js'

/** Business event data: ids and statuses only, never personal data. */
export type EventData = Record<string, string | number | boolean | null>

/** Anything that can post a frame message to the host, e.g. `HostLink`. */
export interface EventSink {
  send(message: FrameMessage): boolean
}

/**
 * Reports a business event (`enrollment.elected`, …) to the host page over
 * the private port. Returns false when no host is connected yet.
 */
export function emitEvent(
  sink: EventSink,
  name: DashboardEventName,
  data: EventData,
): boolean {
  return sink.send({ type: 'frame.event', name, data })
}
