import { afterEach, expect, test, vi } from 'vitest'
import { createEmitter } from './createEmitter.js'

interface Events {
  ping: (n: number) => void
}

afterEach(() => {
  vi.unstubAllGlobals()
})

test('reports a listener that throws and still calls the rest', () => {
  const reported = vi.fn()
  vi.stubGlobal('reportError', reported)
  const emitter = createEmitter<Events>()
  const heard: number[] = []
  const bug = new Error('host bug')
  emitter.on('ping', () => {
    throw bug
  })
  emitter.on('ping', (n) => heard.push(n))

  emitter.emit('ping', 7)

  expect(heard).toEqual([7])
  expect(reported).toHaveBeenCalledWith(bug)
})

test('skips a listener that an earlier one unbound, and one it added', () => {
  const emitter = createEmitter<Events>()
  const heard: string[] = []
  let unbindLast = () => {}
  emitter.on('ping', () => {
    heard.push('first')
    unbindLast()
    emitter.on('ping', () => heard.push('added'))
  })
  unbindLast = emitter.on('ping', () => heard.push('last'))

  emitter.emit('ping', 1)
  emitter.emit('ping', 2)

  expect(heard).toEqual(['first', 'first', 'added'])
})

test('calls no one once every listener is dropped mid-emit', () => {
  const emitter = createEmitter<Events>()
  const heard: string[] = []
  emitter.on('ping', () => {
    heard.push('unmounts')
    emitter.events = {}
  })
  emitter.on('ping', () => heard.push('after'))

  emitter.emit('ping', 1)

  expect(heard).toEqual(['unmounts'])
})
