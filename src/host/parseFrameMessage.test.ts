import { describe, expect, test } from 'vitest'
import { envelope } from '../protocol/messages.js'
import { parseFrameMessage } from './parseFrameMessage.js'

const ID = 'widget-1'
const error = { code: 'api_error', message: 'Nope.', retryable: true }
const ready = envelope(ID, { type: 'frame.ready' })

describe('parseFrameMessage', () => {
  const accepted = [
    { type: 'frame.ready' },
    { type: 'frame.error', error: { ...error, message: 'x'.repeat(500) } },
    { type: 'frame.retry' },
    { type: 'frame.resize', height: 0 },
    { type: 'frame.resize', height: 812.5 },
    { type: 'token.request', reason: 'missing' },
    { type: 'token.request', reason: 'rejected', tokenId: 3 },
    { type: 'frame.error', error },
    {
      type: 'frame.event',
      name: 'enrollment.elected',
      data: { enrollment_id: 'enrl_1', status: 'enrolled', count: 1 },
    },
  ]

  for (const message of accepted) {
    test(`accepts ${JSON.stringify(message)}`, () => {
      const data = envelope(ID, message)

      expect(parseFrameMessage(data, ID)).toEqual(data)
    })
  }

  const dropped: Array<[string, unknown]> = [
    ['a string', 'frame.ready'],
    ['null', null],
    ['another namespace', { ns: 'other', v: 1, id: ID, type: 'frame.ready' }],
    ['another widget id', envelope('widget-2', { type: 'frame.ready' })],
    ['another version', { ...envelope(ID, { type: 'frame.ready' }), v: 2 }],
    ['a fractional version', { ...ready, v: 1.5 }],
    ['a NaN version', { ...ready, v: Number.NaN }],
    ['a negative version', { ...ready, v: -1 }],
    ['an infinite version', { ...ready, v: Infinity }],
    ['a string version', { ...ready, v: '1' }],
    ['an unknown type', envelope(ID, { type: 'token.update' })],
    ['a negative height', envelope(ID, { type: 'frame.resize', height: -1 })],
    ['a huge height', envelope(ID, { type: 'frame.resize', height: 1e9 })],
    ['a text height', envelope(ID, { type: 'frame.resize', height: '9' })],
    [
      'a NaN height',
      envelope(ID, { type: 'frame.resize', height: Number.NaN }),
    ],
    [
      'an unknown token reason',
      envelope(ID, { type: 'token.request', reason: 'please' }),
    ],
    [
      'a fractional token id',
      envelope(ID, { type: 'token.request', reason: 'rejected', tokenId: 1.5 }),
    ],
    [
      'an error code the frame may not raise',
      envelope(ID, { type: 'frame.error', error: { ...error, code: 'x' } }),
    ],
    [
      'an error without retryable',
      envelope(ID, {
        type: 'frame.error',
        error: { code: 'api_error', message: 'x' },
      }),
    ],
    [
      'an error message over 500 characters',
      envelope(ID, {
        type: 'frame.error',
        error: { ...error, message: 'x'.repeat(501) },
      }),
    ],
    [
      'an unknown event',
      envelope(ID, { type: 'frame.event', name: 'token.stolen', data: {} }),
    ],
    [
      'event data with a nested object',
      envelope(ID, {
        type: 'frame.event',
        name: 'qle.submitted',
        data: { person: { name: 'x' } },
      }),
    ],
  ]

  for (const [name, data] of dropped) {
    test(`drops ${name}`, () => {
      expect(parseFrameMessage(data, ID)).toBeUndefined()
    })
  }

  const nonObjects: Array<[string, unknown]> = [
    ['a string', 'enrl_1'],
    ['null', null],
    ['a number', 1],
    ['an array', ['enrl_1']],
    ['missing', undefined],
  ]

  for (const [name, data] of nonObjects) {
    test(`drops event data that is ${name}`, () => {
      const message = { type: 'frame.event', name: 'qle.submitted', data }

      expect(parseFrameMessage(envelope(ID, message), ID)).toBeUndefined()
    })
  }
})
