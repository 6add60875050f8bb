import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

export interface SizeRow {
  file: string
  raw: number
  gzip: number
  brotli: number
}

function measure(file: string): SizeRow {
  const bytes = readFileSync(file)

  return {
    file,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes).length,
  }
}

/** Bytes a host page and the frame pay, read from a built `dist/`. */
export function measureBundles(dist = 'dist'): SizeRow[] {
  if (!existsSync(join(dist, 'index.js'))) {
    throw new Error('dist/ is missing; run `npm run build` first')
  }

  const assets = join(dist, 'frame', 'assets')
  const frameFiles = readdirSync(assets)
    .filter((name) => /\.(js|css)$/.test(name))
    .map((name) => join(assets, name))

  return [join(dist, 'index.js'), join(dist, 'vitable.js'), ...frameFiles].map(
    measure,
  )
}
