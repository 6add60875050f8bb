import { expect, test, vi } from 'vitest'
import { watchWakeUps } from './watchWakeUps.js'

function createPage() {
  return {
    window: new EventTarget(),
    document: Object.assign(new EventTarget(), {
      visibilityState: 'visible' as string,
    }),
  }
}

const cases: [string, string, 'visible' | 'hidden', string | undefined][] = [
  ['focus', 'window', 'visible', 'check'],
  ['pageshow', 'window', 'visible', 'check'],
  ['online', 'window', 'visible', 'retry'],
  ['visibilitychange', 'document', 'visible', 'retry'],
  ['visibilitychange', 'document', 'hidden', undefined],
  ['offline', 'window', 'visible', undefined],
]

for (const [event, where, visibility, expected] of cases) {
  test(`${event} on a ${visibility} ${where} calls ${expected ?? 'nothing'}`, () => {
    const page = createPage()
    const heard: string[] = []
    page.document.visibilityState = visibility
    watchWakeUps(page, {
      onCheck: () => heard.push('check'),
      onRetry: () => heard.push('retry'),
    })

    const target = where === 'window' ? page.window : page.document
    target.dispatchEvent(new Event(event))

    expect(heard).toEqual(expected ? [expected] : [])
  })
}

test('the returned function removes every listener it added', () => {
  const page = createPage()
  const targets = [page.window, page.document]
  const added = targets.map((target) => vi.spyOn(target, 'addEventListener'))
  const removed = targets.map((target) =>
    vi.spyOn(target, 'removeEventListener'),
  )

  const stop = watchWakeUps(page, { onCheck() {}, onRetry() {} })
  stop()

  expect(added.flatMap((spy) => spy.mock.calls).length).toBe(4)
  for (const [i, spy] of removed.entries()) {
    expect(spy.mock.calls).toEqual(added[i]?.mock.calls)
  }
})
