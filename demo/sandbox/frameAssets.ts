import { readFile, stat } from 'node:fs/promises'
import { extname, join } from 'node:path'

/** A file to answer with. */
export interface Asset {
  body: Buffer
  contentType: string
}

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment)
  } catch {
    return null
  }
}

// Only plain names: no "..", ".", empty parts, separators or NUL.
function isSafeSegment(segment: string | null): segment is string {
  if (segment === null || segment === '' || segment.startsWith('.')) {
    return false
  }

  return !/[/\\\0]/.test(segment)
}

/**
 * Reads the asset at `rawPath` (the still-encoded URL path below
 * `/embed/assets/`) from `assetsDir`; null when it is missing, not a
 * file, or tries to leave the folder.
 */
export async function readAsset(
  assetsDir: string,
  rawPath: string,
): Promise<Asset | null> {
  const segments = rawPath.split('/').map(decodeSegment)

  if (!segments.every(isSafeSegment)) return null

  const file = join(assetsDir, ...segments)
  const info = await stat(file).catch(() => null)

  if (!info?.isFile()) return null

  const type = CONTENT_TYPES[extname(file).toLowerCase()]

  return {
    body: await readFile(file),
    contentType: type ?? 'application/octet-stream',
  }
}
