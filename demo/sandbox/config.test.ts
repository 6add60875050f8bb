import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config.js'
import { REPO_ROOT } from './paths.js'

describe('readConfig', () => {
  it('uses the documented defaults', () => {
    expect(readConfig({})).toEqual({
      apiPort: 4010,
      widgetPort: 4011,
      apiOrigin: 'http://127.0.0.1:4010',
      widgetOrigin: 'http://127.0.0.1:4011',
      apiKey: 'vit_apk_sandbox_0000000000000000000000000000',
      tokenTtlSeconds: 900,
      databaseFile: resolve(REPO_ROOT, 'demo/sandbox/.data/sandbox.db'),
      allowedOrigins: ['http://localhost:5173'],
      quiet: false,
    })
  })

  it('reads every variable', () => {
    const config = readConfig({
      VITABLE_SANDBOX_API_PORT: '4810',
      VITABLE_SANDBOX_WIDGET_PORT: '4811',
      VITABLE_API_KEY: 'vit_apk_custom_key_12345678',
      VITABLE_TOKEN_TTL: '60',
      VITABLE_SANDBOX_DB: '/tmp/x.db',
      VITABLE_ALLOWED_ORIGINS: 'https://a.example, https://b.example/ ,',
      VITABLE_SANDBOX_QUIET: '1',
    })

    expect(config).toMatchObject({
      apiOrigin: 'http://127.0.0.1:4810',
      widgetOrigin: 'http://127.0.0.1:4811',
      apiKey: 'vit_apk_custom_key_12345678',
      tokenTtlSeconds: 60,
      databaseFile: '/tmp/x.db',
      allowedOrigins: ['https://a.example', 'https://b.example'],
      quiet: true,
    })
  })

  it('resolves a relative database path against the working directory', () => {
    const config = readConfig({ VITABLE_SANDBOX_DB: 'here.db' })

    expect(config.databaseFile).toBe(resolve('here.db'))
  })

  it.each([
    ['VITABLE_SANDBOX_API_PORT', '0'],
    ['VITABLE_SANDBOX_API_PORT', '70000'],
    ['VITABLE_SANDBOX_WIDGET_PORT', '40.5'],
    ['VITABLE_SANDBOX_WIDGET_PORT', '4010'],
    ['VITABLE_API_KEY', 'vit_at_not_a_key_0000000000'],
    ['VITABLE_API_KEY', 'vit_apk_short'],
    ['VITABLE_API_KEY', 'vit_apk_has spaces in it 0000'],
    ['VITABLE_TOKEN_TTL', '-5'],
    ['VITABLE_TOKEN_TTL', '15m'],
    ['VITABLE_TOKEN_TTL', '86401'],
    ['VITABLE_ALLOWED_ORIGINS', '*'],
    ['VITABLE_ALLOWED_ORIGINS', 'http://localhost:5173/portal'],
    ['VITABLE_ALLOWED_ORIGINS', 'ftp://files.example'],
    ['VITABLE_ALLOWED_ORIGINS', ' , '],
  ])('refuses %s=%s with a one-line message naming it', (name, value) => {
    const read = () => readConfig({ [name]: value })

    expect(read).toThrow(ConfigError)
    expect(read).toThrow(new RegExp(`^[^\\n]*${name}[^\\n]*$`))
  })

  it('never echoes a bad API key', () => {
    const read = () => readConfig({ VITABLE_API_KEY: 'sk_live_secret_value' })

    expect(read).toThrow(ConfigError)
    expect(read).not.toThrow(/sk_live_secret_value/)
  })
})
