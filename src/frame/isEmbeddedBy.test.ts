import { expect, test } from 'vitest'

import { type AncestorScope, isEmbeddedBy } from './isEmbeddedBy.js'

const HOST = 'http://localhost:5173'

test.each<[string, AncestorScope, boolean]>([
  ['the named host embeds it', { ancestorOrigins: [HOST] }, true],
  [
    'the named host embeds it inside another page',
    { ancestorOrigins: [HOST, 'https://top.example'] },
    true,
  ],
  ['the browser has no ancestorOrigins', {}, true],
  ['the list is empty', { ancestorOrigins: [] }, true],
  ['the browser masks the origin', { ancestorOrigins: ['null'] }, true],
  [
    'another allowed page embeds it',
    { ancestorOrigins: ['https://portal.example.com'] },
    false,
  ],
  [
    'a look-alike origin embeds it',
    { ancestorOrigins: ['http://localhost:51730'] },
    false,
  ],
  [
    'the named host is only the top page',
    { ancestorOrigins: ['https://evil.example', HOST] },
    false,
  ],
])('when %s, says %s', (_, location, expected) => {
  expect(isEmbeddedBy(location, HOST)).toBe(expected)
})
