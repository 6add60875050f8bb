import { randomBytes } from 'node:crypto'

/**
 * A new opaque id with one of Vitable's prefixes (`qle_`, `enrl_`, …): the
 * prefix and 16 random bytes in base64url, like the ids in Vitable's docs.
 */
export function newId(prefix: string): string {
  return `${prefix}${randomBytes(16).toString('base64url')}`
}
