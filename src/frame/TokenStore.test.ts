import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'

import { FrameError } from './FrameError.js'
import { TokenStore } from './TokenStore.js'
import { flushPromises, trackPromise } from './testing/trackPromise.js'

const MINUTE = 60_000

function setup() {
  const request = vi.fn()
  const store = new TokenStore({ request })

  return { store, request }
}

function update(tokenId: number, expiresIn = 15 * MINUTE) {
  return { token: `vit_at_${tokenId}`, tokenId, expiresIn }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('getToken', () => {
  test('asks for a missing token and waits for the next update', async () => {
    const { store, request } = setup()

    const token = trackPromise(store.getToken())
    await flushPromises()
    const statusBefore = token.status
    store.receive(update(1))
    await flushPromises()

    expect(request.mock.calls).toEqual([['missing']])
    expect(statusBefore).toBe('pending')
    expect(token.value).toEqual({ value: 'vit_at_1', id: 1 })
  })

  test('answers from memory while the token is fresh', async () => {
    const { store, request } = setup()
    store.receive(update(1))

    const token = await store.getToken()

    expect(token).toEqual({ value: 'vit_at_1', id: 1 })
    expect(request).not.toHaveBeenCalled()
  })

  test('asks once however many callers wait', async () => {
    const { store, request } = setup()

    const tokens = [store.getToken(), store.getToken(), store.getToken()]
    store.receive(update(1))

    expect(await Promise.all(tokens)).toHaveLength(3)
    expect(request).toHaveBeenCalledTimes(1)
  })

  test.each([
    { elapsed: 0, isFresh: true },
    { elapsed: 55_000 - 1, isFresh: true },
    { elapsed: 55_000, isFresh: false },
    { elapsed: 60_000, isFresh: false },
    { elapsed: 10 * MINUTE, isFresh: false },
  ])(
    'counts a 60 s token fresh=$isFresh $elapsed ms after receipt (5 s margin)',
    async ({ elapsed, isFresh }) => {
      const { store, request } = setup()
      store.receive(update(1, MINUTE))

      vi.advanceTimersByTime(elapsed)
      const token = trackPromise(store.getToken())
      await flushPromises()

      expect(token.status).toBe(isFresh ? 'resolved' : 'pending')
      expect(request).toHaveBeenCalledTimes(isFresh ? 0 : 1)
    },
  )

  test('measures expiry from receipt, not from sending', async () => {
    const { store, request } = setup()

    vi.advanceTimersByTime(10 * MINUTE)
    store.receive(update(1, MINUTE))
    vi.advanceTimersByTime(30_000)
    await store.getToken()

    expect(request).not.toHaveBeenCalled()
  })
})

describe('token.error', () => {
  test('rejects every waiting caller with the host error', async () => {
    const { store } = setup()
    const first = trackPromise(store.getToken())
    const second = trackPromise(store.getToken())

    store.fail({ code: 'token_fetch_failed', message: 'Down', retryable: true })
    await flushPromises()

    for (const caller of [first, second]) {
      expect(caller.status).toBe('rejected')
      expect(caller.error).toBeInstanceOf(FrameError)
      expect(caller.error).toMatchObject({
        code: 'token_fetch_failed',
        message: 'Down',
        fromHost: true,
      })
    }
  })

  test('leaves a fresh token in place', async () => {
    const { store, request } = setup()
    store.receive(update(1))

    store.fail({ code: 'token_fetch_failed', message: 'Down', retryable: true })
    const token = await store.getToken()

    expect(token.id).toBe(1)
    expect(request).not.toHaveBeenCalled()
  })

  test('lets a later caller wait for a token again', async () => {
    const { store, request } = setup()
    store.getToken().catch(() => undefined)
    store.fail({ code: 'token_fetch_failed', message: 'Down', retryable: true })

    const token = store.getToken()
    store.receive(update(2))

    expect(await token).toEqual({ value: 'vit_at_2', id: 2 })
    expect(request).toHaveBeenCalledTimes(2)
  })
})

describe('replaceToken', () => {
  test('drops the refused token and asks with its id', async () => {
    const { store, request } = setup()
    store.receive(update(1))

    const replacement = store.replaceToken(1)
    store.receive(update(2))

    expect(await replacement).toEqual({ value: 'vit_at_2', id: 2 })
    expect(request.mock.calls).toEqual([['rejected', 1]])
  })

  test('asks once for requests refused the same token', async () => {
    const { store, request } = setup()
    store.receive(update(1))

    const replacements = [store.replaceToken(1), store.replaceToken(1)]
    store.receive(update(2))

    expect(await Promise.all(replacements)).toHaveLength(2)
    expect(request.mock.calls).toEqual([['rejected', 1]])
  })

  test('answers at once when a newer token already arrived', async () => {
    const { store, request } = setup()
    store.receive(update(1))
    store.receive(update(2))

    const token = await store.replaceToken(1)

    expect(token.id).toBe(2)
    expect(request).not.toHaveBeenCalled()
  })

  test('never hands out a refused token again', async () => {
    const { store } = setup()
    store.receive(update(1))

    const replacement = trackPromise(store.replaceToken(1))
    store.receive(update(1))
    await flushPromises()
    const statusAfterRepeat = replacement.status
    store.receive(update(2))
    await flushPromises()

    expect(statusAfterRepeat).toBe('pending')
    expect(replacement.value?.id).toBe(2)
  })
})

describe('restart', () => {
  test('forgets the token and asks again for waiting callers', async () => {
    const { store, request } = setup()
    store.receive(update(1))
    const refused = trackPromise(store.replaceToken(1))

    store.restart()
    store.receive(update(1))
    await flushPromises()

    expect(request.mock.calls).toEqual([['rejected', 1], ['missing']])
    expect(refused.value?.id).toBe(1)
  })

  test('asks nothing when nobody waits', () => {
    const { store, request } = setup()
    store.receive(update(1))

    store.restart()

    expect(request).not.toHaveBeenCalled()
  })

  test('makes the next caller ask for a token', async () => {
    const { store, request } = setup()
    store.receive(update(1))

    store.restart()
    const token = trackPromise(store.getToken())
    await flushPromises()

    expect(token.status).toBe('pending')
    expect(request.mock.calls).toEqual([['missing']])
  })
})
