// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest'

import { parseFrameMessage } from '../host/parseFrameMessage.js'
import {
  envelope,
  type FrameMessage,
  PROTOCOL_VERSION,
} from '../protocol/messages.js'
import { HostLink } from './HostLink.js'
import { createFakePort } from './testing/createFakePort.js'
import {
  dispatchFromHost,
  type ForgedMessage,
} from './testing/dispatchFromHost.js'

const HOST = 'http://localhost:5173'
const ID = 'widget-1'

const connect = envelope(ID, { type: 'host.connect' })
const tokenUpdate = envelope(ID, {
  type: 'token.update',
  token: 'vit_at_abc',
  tokenId: 1,
  expiresIn: 900_000,
})

const links: HostLink[] = []

afterEach(() => {
  for (const link of links.splice(0)) link.stop()
})

function setup(supportedVersions?: readonly number[]) {
  const parent = { postMessage: vi.fn() }
  const onConnect = vi.fn()
  const onMessage = vi.fn()
  const link = new HostLink({
    window,
    parent,
    hostOrigin: HOST,
    id: ID,
    onConnect,
    onMessage,
    ...(supportedVersions ? { supportedVersions } : {}),
  })

  links.push(link)
  link.start()

  function post(message: Partial<ForgedMessage>): void {
    dispatchFromHost({
      data: undefined,
      origin: HOST,
      source: parent,
      ...message,
    })
  }

  return { link, parent, onConnect, onMessage, post }
}

function setupConnected() {
  const context = setup()
  const port = createFakePort()

  context.post({ data: connect, ports: [port] })

  return { ...context, port }
}

describe('handshake', () => {
  test('listens before it greets the host', () => {
    const addListener = vi.spyOn(window, 'addEventListener')

    const { parent } = setup()

    const listenedAt = addListener.mock.invocationCallOrder[0] ?? Infinity
    const greetedAt = parent.postMessage.mock.invocationCallOrder[0] ?? 0
    expect(addListener).toHaveBeenCalledWith('message', expect.any(Function))
    expect(listenedAt).toBeLessThan(greetedAt)
  })

  test('greets exactly the host origin with an envelope for its id', () => {
    const { parent } = setup()

    expect(parent.postMessage.mock.calls).toEqual([
      [{ ns: 'vitable', v: 1, id: ID, type: 'frame.hello' }, HOST],
    ])
  })

  test('accepts a valid host.connect and starts its port', () => {
    const { post, onConnect } = setup()
    const port = createFakePort()

    post({
      data: { ...connect, locale: 'es-MX', appearance: { color: 'teal' } },
      ports: [port],
    })

    expect(onConnect).toHaveBeenCalledWith({
      type: 'host.connect',
      locale: 'es-MX',
      appearance: { color: 'teal' },
    })
    expect(port.onmessage).toBeTypeOf('function')
    expect(port.isStarted).toBe(true)
  })

  test.each<[string, Record<string, unknown>]>([
    ['from another origin', { origin: 'http://evil.example' }],
    ['from a look-alike origin', { origin: 'http://localhost:51730' }],
    ['from the host origin with a path', { origin: `${HOST}/` }],
    ['from another window', { source: {} }],
    ['with no source', { source: null }],
    ['for another widget', { data: { ...connect, id: 'widget-2' } }],
    ['from another namespace', { data: { ...connect, ns: 'penpal' } }],
    ['without a namespace', { data: { v: 1, id: ID, type: 'host.connect' } }],
    ['in an older version', { data: { ...connect, v: 0 } }],
    ['with a fractional version', { data: { ...connect, v: 1.5 } }],
    ['with a NaN version', { data: { ...connect, v: Number.NaN } }],
    ['with a negative version', { data: { ...connect, v: -1 } }],
    ['with an infinite version', { data: { ...connect, v: Infinity } }],
    ['with a string version', { data: { ...connect, v: '1' } }],
    ['without a port', { ports: [] }],
    ['of a port-only type', { data: tokenUpdate }],
    ['of an unknown type', { data: { ...connect, type: 'host.hello' } }],
    ['with a non-string locale', { data: { ...connect, locale: 42 } }],
    ['with a string appearance', { data: { ...connect, appearance: 'x' } }],
    ['that is a string', { data: 'host.connect' }],
    ['that is null', { data: null }],
  ])('drops a host.connect %s', (_, change) => {
    const { post, onConnect, parent } = setup()
    const port = createFakePort()

    post({ data: connect, ports: [port], ...change })

    expect(onConnect).not.toHaveBeenCalled()
    expect(port.isStarted).toBe(false)
    expect(port.sent).toEqual([])
    expect(parent.postMessage).toHaveBeenCalledTimes(1)
  })

  test('reports protocol_mismatch over the port of a newer host', () => {
    const { post, onConnect } = setup()
    const port = createFakePort()

    post({ data: { ...connect, v: 2 }, ports: [port] })

    expect(onConnect).not.toHaveBeenCalled()
    expect(port.sent).toEqual([
      expect.objectContaining({
        ns: 'vitable',
        v: 2,
        id: ID,
        type: 'frame.error',
        error: expect.objectContaining({
          code: 'protocol_mismatch',
          retryable: false,
        }),
      }),
    ])
    expect(port.isClosed).toBe(true)
  })

  test('answers a host one version ahead in a way that host parses', () => {
    const { post } = setup([PROTOCOL_VERSION - 1])
    const port = createFakePort()

    post({ data: connect, ports: [port] })

    const report = parseFrameMessage(port.sent[0], ID)
    expect(port.sent).toHaveLength(1)
    expect(report).toMatchObject({
      type: 'frame.error',
      error: { code: 'protocol_mismatch', retryable: false },
    })
  })

  test('ignores a newer host that sent no port', () => {
    const { post, onConnect, parent } = setup()

    post({ data: { ...connect, v: 2 } })

    expect(onConnect).not.toHaveBeenCalled()
    expect(parent.postMessage).toHaveBeenCalledTimes(1)
  })

  test('replaces the port on a later host.connect, closing the old', () => {
    const { post, link, onConnect } = setup()
    const first = createFakePort()
    const second = createFakePort()

    post({ data: connect, ports: [first] })
    post({ data: connect, ports: [second] })
    link.send({ type: 'frame.ready' })

    expect(onConnect).toHaveBeenCalledTimes(2)
    expect(first.isClosed).toBe(true)
    expect(first.onmessage).toBeNull()
    expect(first.sent).toEqual([])
    expect(second.sent).toEqual([envelope(ID, { type: 'frame.ready' })])
  })
})

describe('a frame that speaks versions 1 and 2', () => {
  const inVersion = (version: number, data: object) => ({ ...data, v: version })

  test('greets the host in version 2, the newest it speaks', () => {
    const { parent } = setup([1, 2])

    expect(parent.postMessage.mock.calls).toEqual([
      [envelope(ID, { type: 'frame.hello' }, 2), HOST],
    ])
  })

  test.each([1, 2])('replies in v%s to a host that connects in it', (v) => {
    const { link, post, onConnect, onMessage } = setup([1, 2])
    const port = createFakePort()

    post({ data: inVersion(v, connect), ports: [port] })
    port.deliver(inVersion(v, tokenUpdate))
    link.send({ type: 'frame.ready' })
    link.send({ type: 'token.request', reason: 'rejected', tokenId: 1 })

    expect(onConnect).toHaveBeenCalledTimes(1)
    expect(onMessage).toHaveBeenCalledTimes(1)
    expect(port.sent).toEqual([
      envelope(ID, { type: 'frame.ready' }, v),
      envelope(
        ID,
        { type: 'token.request', reason: 'rejected', tokenId: 1 },
        v,
      ),
    ])
  })

  test('drops port messages in the version it was not connected in', () => {
    const { post, onMessage } = setup([1, 2])
    const port = createFakePort()

    post({ data: inVersion(1, connect), ports: [port] })
    port.deliver(inVersion(2, tokenUpdate))

    expect(onMessage).not.toHaveBeenCalled()
  })

  test('switches version when a host reconnects in another', () => {
    const { link, post } = setup([1, 2])
    const first = createFakePort()
    const second = createFakePort()

    post({ data: inVersion(2, connect), ports: [first] })
    post({ data: inVersion(1, connect), ports: [second] })
    link.send({ type: 'frame.ready' })

    expect(second.sent).toEqual([envelope(ID, { type: 'frame.ready' }, 1)])
  })

  test('reports protocol_mismatch in v3 to a v3 host', () => {
    const { post, onConnect } = setup([1, 2])
    const port = createFakePort()

    post({ data: inVersion(3, connect), ports: [port] })

    expect(onConnect).not.toHaveBeenCalled()
    expect(port.sent).toEqual([
      expect.objectContaining({
        v: 3,
        type: 'frame.error',
        error: expect.objectContaining({ code: 'protocol_mismatch' }),
      }),
    ])
  })
})

describe('port messages', () => {
  const tokenError = envelope(ID, {
    type: 'token.error',
    error: { code: 'token_fetch_failed', message: 'Down', retryable: true },
  })
  const hostUpdate = envelope(ID, { type: 'host.update', locale: 'es' })

  test.each<[string, unknown]>([
    ['token.update', tokenUpdate],
    ['token.error', tokenError],
    ['host.update', hostUpdate],
    [
      'host.update with only an appearance',
      envelope(ID, { type: 'host.update', appearance: { accent: 'teal' } }),
    ],
    ['host.retry', envelope(ID, { type: 'host.retry' })],
  ])('passes on a valid %s', (_, data) => {
    const { port, onMessage } = setupConnected()

    port.deliver(data)

    const { ns, v, id, ...message } = data as Record<string, unknown>
    expect(onMessage).toHaveBeenCalledWith(message)
  })

  test.each<[string, unknown]>([
    ['for another widget', { ...tokenUpdate, id: 'widget-2' }],
    ['from another namespace', { ...tokenUpdate, ns: 'other' }],
    ['in an unsupported version', { ...tokenUpdate, v: 2 }],
    ['in a fractional version', { ...tokenUpdate, v: 1.5 }],
    ['in a NaN version', { ...tokenUpdate, v: Number.NaN }],
    ['in a negative version', { ...tokenUpdate, v: -1 }],
    ['in an infinite version', { ...tokenUpdate, v: Infinity }],
    ['in a string version', { ...tokenUpdate, v: '1' }],
    ['carrying an API key', { ...tokenUpdate, token: 'vit_apk_secret' }],
    ['with a non-integer token id', { ...tokenUpdate, tokenId: 1.5 }],
    ['with a negative token id', { ...tokenUpdate, tokenId: -1 }],
    ['with a lifetime of zero', { ...tokenUpdate, expiresIn: 0 }],
    ['with an infinite lifetime', { ...tokenUpdate, expiresIn: Infinity }],
    ['without a token', { ...tokenUpdate, token: undefined }],
    [
      'with an unknown error code',
      { ...tokenError, error: { code: 'oops', message: 'x', retryable: 1 } },
    ],
    ['of host.update with a number locale', { ...hostUpdate, locale: 42 }],
    ['of host.update with a null locale', { ...hostUpdate, locale: null }],
    [
      'of host.update with a string appearance',
      { ...hostUpdate, appearance: 'dark' },
    ],
    [
      'of host.update with a null appearance',
      { ...hostUpdate, appearance: null },
    ],
    ['of a frame message type', envelope(ID, { type: 'frame.ready' })],
    ['of host.connect', connect],
    ['that is null', null],
  ])('drops a port message %s', (_, data) => {
    const { port, onMessage } = setupConnected()

    port.deliver(data)

    expect(onMessage).not.toHaveBeenCalled()
  })
})

describe('sending', () => {
  test('drops messages while no port exists', () => {
    const { link, parent } = setup()

    const wasSent = link.send({ type: 'frame.ready' })

    expect(wasSent).toBe(false)
    expect(parent.postMessage).toHaveBeenCalledTimes(1)
  })

  test.each<FrameMessage>([
    { type: 'frame.ready' },
    { type: 'frame.resize', height: 480 },
    { type: 'token.request', reason: 'rejected', tokenId: 3 },
    {
      type: 'frame.error',
      error: { code: 'api_error', message: 'Down', retryable: true },
    },
    { type: 'frame.retry' },
    { type: 'frame.event', name: 'enrollment.waived', data: { id: 'enrl_1' } },
  ])('posts $type over the port only, in an envelope', (message) => {
    const { link, parent, port } = setupConnected()

    link.send(message)

    expect(port.sent).toEqual([{ ns: 'vitable', v: 1, id: ID, ...message }])
    expect(parent.postMessage).toHaveBeenCalledTimes(1)
  })

  test('never addresses the window to "*"', () => {
    const { link, post, parent } = setupConnected()

    post({ data: { ...connect, v: 2 }, ports: [createFakePort()] })
    link.send({ type: 'frame.ready' })

    for (const [, targetOrigin] of parent.postMessage.mock.calls) {
      expect(targetOrigin).toBe(HOST)
    }
  })

  test('stops listening and closes the port on stop()', () => {
    const { link, port, post, onConnect } = setupConnected()

    link.stop()
    post({ data: connect, ports: [createFakePort()] })

    expect(port.isClosed).toBe(true)
    expect(onConnect).toHaveBeenCalledTimes(1)
  })
})
