import { describe, expect, it } from 'vitest'
import { createApiApp } from './apiApp.js'
import { openDatabase } from './database.js'
import { newId } from './ids.js'
import { SEED } from './seedIds.js'
import { OTHER } from './seedOtherOrganization.js'
import {
  createTestSandbox,
  seeded,
  TEST_CONFIG,
  type TestSandbox,
} from './testSandbox.js'

const SECRET = 'SeCrEt0123456789abcdefghijklmnop'

// [how the credential is written in the path, the kind it is]
const PASTED = [
  [`vit_at_${SECRET}`, 'at'],
  [`VIT_AT_${SECRET}`, 'at'],
  [`Vit_At_${SECRET}`, 'at'],
  [`vit%5Fat%5F${SECRET}`, 'at'],
  [`vit%5fat%5f${SECRET}`, 'at'],
  [`VIT%5FAT%5F${SECRET}`, 'at'],
  [`vit%255Fat%255F${SECRET}`, 'at'],
  [`vit%25255Fat%25255F${SECRET}`, 'at'],
  [`%76it_at_${SECRET}`, 'at'],
  [`token-vit_at_${SECRET}.json`, 'at'],
  [`vit_apk_${SECRET}`, 'apk'],
  [`VIT_APK_${SECRET}`, 'apk'],
  [`vit%5Fapk%5F${SECRET}`, 'apk'],
]

// How a secret part without its prefix may be written in a path.
const BARE: [string, (secret: string) => string][] = [
  ['as is', (secret) => secret],
  ['percent-encoded', (secret) => secret.replace(/_/g, '%5F')],
  ['encoded twice', (secret) => secret.replace(/_/g, '%255F')],
  ['inside a file name', (secret) => `token-${secret}.json`],
]

// Every id the seed writes, and a freshly made one of each prefix.
const IDS = [
  ...Object.values(SEED).flatMap((value) =>
    typeof value === 'string' ? [value] : Object.values(value),
  ),
  ...Object.values(OTHER),
  ...['org_', 'empr_', 'empl_', 'mbr_', 'dpnd_', 'bprd_', 'plan_'].map(newId),
  ...['enrl_', 'qle_'].map(newId),
]

async function loggedPath(sandbox: TestSandbox, path: string) {
  sandbox.logs.length = 0
  await sandbox.call('GET', path, sandbox.config.apiKey)
  const [line] = sandbox.logs

  return (JSON.parse(line ?? '{}') as { path: string }).path
}

async function secretsOf(sandbox: TestSandbox): Promise<[string, string][]> {
  const token = await sandbox.mint(null)

  return [
    ['a minted token', token.slice('vit_at_'.length)],
    ['the API key', sandbox.config.apiKey.slice('vit_apk_'.length)],
  ]
}

describe('request log redaction', () => {
  it.each(PASTED)('redacts %s in a path', async (pasted, kind) => {
    const sandbox = createTestSandbox()

    const path = await loggedPath(sandbox, `/v1/members/${pasted}/dependents`)

    expect(path).toBe(`/v1/members/vit_${kind}_[redacted]/dependents`)
    expect(path.toLowerCase()).not.toContain(SECRET.toLowerCase())
  })

  it.each(BARE)(
    'redacts the secret part of a token and of the API key %s',
    async (_, write) => {
      const sandbox = createTestSandbox()

      for (const [name, secret] of await secretsOf(sandbox)) {
        const path = `/v1/members/${write(secret)}/dependents`

        expect(await loggedPath(sandbox, path), name).toBe(
          '/v1/members/[redacted]/dependents',
        )
        expect(sandbox.logs.join('\n')).not.toContain(secret)
      }
    },
  )

  it.each([
    ['a 32-character hex run', 'a3f1'.repeat(8)],
    ['a SHA-256 in hex', 'e3b0c442'.repeat(8)],
  ])('redacts %s', async (_, run) => {
    const sandbox = createTestSandbox()

    const path = await loggedPath(sandbox, `/v1/employees/${run}`)

    expect(path).toBe('/v1/employees/[redacted]')
  })

  it('redacts the secret of an API key too short to look opaque', async () => {
    const secret = 'Sh0rtSecret_1234'
    const config = { ...TEST_CONFIG, apiKey: `vit_apk_${secret}` }
    const logs: string[] = []
    const app = createApiApp(seeded(openDatabase(':memory:')), config, {
      log: (line) => logs.push(line),
    })

    await app.request(`/v1/employees/x-${secret}`)

    expect(logs.join('\n')).toContain('/v1/employees/[redacted]')
    expect(logs.join('\n')).not.toContain(secret)
  })

  it.each(IDS)('logs the id %s unchanged', async (id) => {
    const sandbox = createTestSandbox()
    const path = `/v1/employees/${id}/enrollments`

    expect(await loggedPath(sandbox, path)).toBe(path)
  })

  it.each([
    ['/v1/employees/empl_lK_g9W2aHfP_Q7s2', 'an ordinary path'],
    ['/v1/employees/empl_%41bc', 'an encoded id'],
    ['/v1/employees/vit%zz', 'a malformed escape'],
    ['/v1/employees/vitals_at_x', 'a look-alike'],
    ['/v1/members/mbr_x/qualifying-life-events', 'the longest route word'],
    [`/v1/employees/${'a'.repeat(31)}`, 'a run one short of opaque'],
  ])('logs %s unchanged (%s)', async (path) => {
    const sandbox = createTestSandbox()

    expect(await loggedPath(sandbox, path)).toBe(path)
  })
})
