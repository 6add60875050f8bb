import * as v from 'valibot'

/** Id of the JSON block the widget server injects into the page. */
export const CONFIG_ELEMENT_ID = 'vitable-config'

// URL.parse() would do, but is too new for the browsers we embed in.
function parseHttpUrl(value: string): URL | undefined {
  try {
    const url = new URL(value)

    return url.protocol === 'https:' || url.protocol === 'http:'
      ? url
      : undefined
  } catch {
    return undefined
  }
}

function isHttpUrl(value: string): boolean {
  return parseHttpUrl(value) !== undefined
}

// A serialized origin and nothing more: no "*", no path, no trailing slash.
function isOrigin(value: string): boolean {
  return parseHttpUrl(value)?.origin === value
}

const FrameConfigSchema = v.object({
  apiBaseUrl: v.pipe(v.string(), v.check(isHttpUrl)),
  allowedOrigins: v.array(v.pipe(v.string(), v.check(isOrigin))),
})

/** What the widget server tells the frame. */
export type FrameConfig = v.InferOutput<typeof FrameConfigSchema>

/**
 * Reads `<script type="application/json" id="vitable-config">`:
 * `{ apiBaseUrl, allowedOrigins }`. Returns undefined when it is missing,
 * not JSON, or not that shape.
 */
export function readConfig(document: Document): FrameConfig | undefined {
  const element = document.getElementById(CONFIG_ELEMENT_ID)

  if (element?.getAttribute('type') !== 'application/json') return

  let json: unknown

  try {
    json = JSON.parse(element.textContent ?? '')
  } catch {
    return
  }

  const parsed = v.safeParse(FrameConfigSchema, json)

  return parsed.success ? parsed.output : undefined
}
