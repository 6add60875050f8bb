import { describe, expect, test, vi } from 'vitest'
import { envelope, PROTOCOL_VERSION } from '../protocol/messages.js'
import { FrameChannel } from './FrameChannel.js'

const ID = 'widget-1'
const WIDGET = 'https://widget.example'

interface Posted {
  data: unknown
  targetOrigin: string
  ports: MessagePort[]
}

function createFrameWindow() {
  const posted: Posted[] = []
  const frameWindow = {
    postMessage: (data: unknown, targetOrigin: string, ports: MessagePort[]) =>
      posted.push({ data, targetOrigin, ports }),
  }

  return { frameWindow, posted }
}

// Node's MessageEvent will not take a window as `source`, so the event is
// built by hand with exactly the fields the channel reads.
function messageEvent(init: {
  data: unknown
  origin: string
  source: unknown
}) {
  const event = new Event('message')

  Object.defineProperties(event, {
    data: { value: init.data },
    origin: { value: init.origin },
    source: { value: init.source },
  })

  return event
}

function setup() {
  const host = new EventTarget()
  const { frameWindow, posted } = createFrameWindow()
  const onConnect = vi.fn()
  const onMessage = vi.fn()
  const onMismatch = vi.fn()
  const channel = new FrameChannel({
    id: ID,
    widgetOrigin: WIDGET,
    iframe: { contentWindow: frameWindow } as unknown as HTMLIFrameElement,
    window: host as unknown as Window,
    log: () => {},
    describe: () => ({ locale: 'es' }),
    onConnect,
    onMessage,
    onMismatch,
  })
  const hello = (
    overrides: Partial<{ data: unknown; origin: string; source: unknown }> = {},
  ) =>
    host.dispatchEvent(
      messageEvent({
        data: envelope(ID, { type: 'frame.hello' }),
        origin: WIDGET,
        source: frameWindow,
        ...overrides,
      }),
    )

  return {
    channel,
    hello,
    posted,
    onConnect,
    onMessage,
    onMismatch,
    frameWindow,
  }
}

describe('FrameChannel', () => {
  test('answers a hello from its iframe with a port, to the widget origin only', () => {
    const { hello, posted, onConnect } = setup()

    hello()

    expect(posted).toHaveLength(1)
    expect(posted[0]?.targetOrigin).toBe(WIDGET)
    expect(posted[0]?.ports).toHaveLength(1)
    expect(posted[0]?.data).toMatchObject({
      ns: 'vitable',
      id: ID,
      type: 'host.connect',
      locale: 'es',
    })
    expect(onConnect).toHaveBeenCalledTimes(1)
  })

  const ignored: Array<
    [string, Partial<{ data: unknown; origin: string; source: unknown }>]
  > = [
    ['another origin', { origin: 'https://evil.example' }],
    ['a look-alike origin', { origin: `${WIDGET}.evil.example` }],
    ['no source', { source: null }],
    [
      'another widget id',
      { data: envelope('widget-2', { type: 'frame.hello' }) },
    ],
    ['a message that is not ours', { data: { type: 'frame.hello' } }],
    ['another message type', { data: envelope(ID, { type: 'frame.ready' }) }],
    ['a string', { data: 'frame.hello' }],
  ]

  for (const [name, overrides] of ignored) {
    test(`ignores a hello from ${name}`, () => {
      const { hello, posted, onConnect } = setup()

      hello(overrides)

      expect(posted).toHaveLength(0)
      expect(onConnect).not.toHaveBeenCalled()
    })
  }

  test('ignores a hello from another window at the widget origin', () => {
    const { hello, posted, onConnect, channel } = setup()
    const foreign = { postMessage: vi.fn() }

    hello({ source: foreign })

    expect(foreign.postMessage).not.toHaveBeenCalled()
    expect(posted).toHaveLength(0)
    expect(onConnect).not.toHaveBeenCalled()
    expect(channel.isConnected).toBe(false)
  })

  test.each<[string, unknown]>([
    ['a fractional', 1.5],
    ['a NaN', Number.NaN],
    ['a negative', -1],
    ['an infinite', Infinity],
    ['a string', '1'],
  ])('ignores a hello with %s version, reporting nothing', (_, version) => {
    const { hello, posted, onConnect, onMismatch } = setup()

    hello({ data: { ...envelope(ID, { type: 'frame.hello' }), v: version } })

    expect(posted).toHaveLength(0)
    expect(onConnect).not.toHaveBeenCalled()
    expect(onMismatch).not.toHaveBeenCalled()
  })

  test('answers a hello from a newer frame in its own version', () => {
    const { hello, posted, onMismatch } = setup()
    const newer = PROTOCOL_VERSION + 1

    hello({ data: { ...envelope(ID, { type: 'frame.hello' }), v: newer } })

    expect(posted).toHaveLength(1)
    expect(posted[0]?.data).toMatchObject({
      type: 'host.connect',
      v: PROTOCOL_VERSION,
    })
    expect(onMismatch).not.toHaveBeenCalled()
  })

  test('reports protocol_mismatch for a frame older than the SDK', () => {
    const { hello, posted, onMismatch } = setup()

    hello({ data: { ...envelope(ID, { type: 'frame.hello' }), v: 0 } })

    expect(posted).toHaveLength(0)
    expect(onMismatch).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'protocol_mismatch' }),
    )
  })

  test('gives a reloaded frame a fresh port and closes the old one', async () => {
    const { hello, posted, channel, onMessage } = setup()
    hello()
    const first = posted[0]?.ports[0] as MessagePort

    hello()
    const second = posted[1]?.ports[0] as MessagePort
    first.postMessage(envelope(ID, { type: 'frame.ready' }))
    second.postMessage(envelope(ID, { type: 'frame.resize', height: 300 }))

    await vi.waitFor(() => expect(onMessage).toHaveBeenCalled())
    expect(onMessage).toHaveBeenCalledTimes(1)
    expect(onMessage).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'frame.resize', height: 300 }),
    )
    expect(channel.isConnected).toBe(true)
    first.close()
    second.close()
    channel.close()
  })

  test('delivers valid port messages and drops malformed ones', async () => {
    const { hello, posted, channel, onMessage } = setup()
    hello()
    const port = posted[0]?.ports[0] as MessagePort

    port.postMessage(envelope(ID, { type: 'frame.resize', height: 'tall' }))
    port.postMessage({ type: 'frame.ready' })
    port.postMessage(envelope(ID, { type: 'frame.ready' }))

    await vi.waitFor(() => expect(onMessage).toHaveBeenCalled())
    expect(onMessage.mock.calls).toEqual([
      [expect.objectContaining({ type: 'frame.ready' })],
    ])
    port.close()
    channel.close()
  })

  test('sends nothing before the frame connects', () => {
    const { channel } = setup()

    const sent = channel.send({ type: 'host.update', locale: 'en' })

    expect(sent).toBe(false)
  })

  test('stops listening once closed', () => {
    const { channel, hello, posted } = setup()

    channel.close()
    hello()

    expect(posted).toHaveLength(0)
    expect(channel.isConnected).toBe(false)
  })
})
