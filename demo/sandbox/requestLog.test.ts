import { describe, expect, it } from 'vitest'
import { createTestSandbox } from './testSandbox.js'

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

async function loggedPath(path: string): Promise<string> {
  const sandbox = createTestSandbox()

  await sandbox.call('GET', path, sandbox.config.apiKey)
  const [line] = sandbox.logs

  return (JSON.parse(line ?? '{}') as { path: string }).path
}

describe('request log redaction', () => {
  it.each(PASTED)('redacts %s in a path', async (pasted, kind) => {
    const path = await loggedPath(`/v1/members/${pasted}/dependents`)

    expect(path).toBe(`/v1/members/vit_${kind}_[redacted]/dependents`)
    expect(path.toLowerCase()).not.toContain(SECRET.toLowerCase())
  })

  it.each([
    ['/v1/employees/empl_lK_g9W2aHfP_Q7s2', 'an ordinary path'],
    ['/v1/employees/empl_%41bc', 'an encoded id'],
    ['/v1/employees/vit%zz', 'a malformed escape'],
    ['/v1/employees/vitals_at_x', 'a look-alike'],
  ])('logs %s unchanged (%s)', async (path) => {
    expect(await loggedPath(path)).toBe(path)
  })
})
