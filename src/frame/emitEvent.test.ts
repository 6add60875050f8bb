import { expect, test, vi } from 'vitest'

import { emitEvent } from './emitEvent.js'

test('sends a business event as frame.event', () => {
  const sink = { send: vi.fn(() => true) }

  const wasSent = emitEvent(sink, 'enrollment.elected', {
    enrollmentId: 'enrl_1',
    status: 'enrolled',
  })

  expect(wasSent).toBe(true)
  expect(sink.send).toHaveBeenCalledWith({
    type: 'frame.event',
    name: 'enrollment.elected',
    data: { enrollmentId: 'enrl_1', status: 'enrolled' },
  })
})
