/** The demo portal's settings, read from the environment. */
export interface PortalConfig {
  port: number
  origin: string
  apiKey: string
  apiBaseUrl: string
  widgetUrl: string
}

// The sandbox's fixed development key; a real portal reads its own secret.
const SANDBOX_KEY = 'vit_apk_sandbox_0000000000000000000000000000'

function readPort(value: string | undefined, fallback: number): number {
  const port = Number(value ?? fallback)

  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new Error(`VITABLE_DEMO_PORTAL_PORT must be a port; got ${value}`)
  }

  return port
}

/** Reads the portal's configuration; names follow Vitable's server SDKs. */
export function readConfig(env = process.env): PortalConfig {
  const port = readPort(env.VITABLE_DEMO_PORTAL_PORT, 5173)

  return {
    port,
    origin: `http://localhost:${port}`,
    apiKey: env.VITABLE_CONNECT_API_KEY ?? SANDBOX_KEY,
    apiBaseUrl: env.VITABLE_CONNECT_BASE_URL ?? 'http://127.0.0.1:4010',
    widgetUrl: env.VITABLE_DEMO_WIDGET_URL ?? 'http://127.0.0.1:4011',
  }
}
