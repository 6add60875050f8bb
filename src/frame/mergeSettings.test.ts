import { expect, test } from 'vitest'

import {
  type HostSettings,
  mergeSettings,
  type SettingsUpdate,
} from './mergeSettings.js'

const teal = { accent: 'teal' }
const plum = { accent: 'plum' }

test.each<[string, HostSettings, SettingsUpdate, HostSettings]>([
  ['takes a locale', { locale: 'en' }, { locale: 'es' }, { locale: 'es' }],
  [
    'resolves the locale it takes',
    { locale: 'en' },
    { locale: 'es-mx' },
    { locale: 'es-MX' },
  ],
  [
    'keeps the appearance when only the locale changes',
    { locale: 'en', appearance: teal },
    { locale: 'es' },
    { locale: 'es', appearance: teal },
  ],
  [
    'keeps an update that carries only an appearance',
    { locale: 'es' },
    { appearance: teal },
    { locale: 'es', appearance: teal },
  ],
  [
    'replaces the appearance',
    { locale: 'en', appearance: teal },
    { appearance: plum },
    { locale: 'en', appearance: plum },
  ],
  [
    'keeps the locale on an empty one',
    { locale: 'es' },
    { locale: '' },
    { locale: 'es' },
  ],
  [
    'changes nothing on an empty update',
    { locale: 'es' },
    {},
    { locale: 'es' },
  ],
])('%s', (_, settings, update, expected) => {
  expect(mergeSettings(settings, update)).toEqual(expected)
})
