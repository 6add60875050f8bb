import { isAbsolute, resolve } from 'node:path'
import { DEFAULT_DATABASE_FILE, REPO_ROOT } from './paths.js'

/** Everything the sandbox reads from its environment, validated. */
export interface SandboxConfig {
  /** Port of the API server on 127.0.0.1 (default 4010). */
  apiPort: number
  /** Port of the widget server on 127.0.0.1 (default 4011). */
  widgetPort: number
  /** `http://127.0.0.1:<apiPort>`. */
  apiOrigin: string
  /** `http://127.0.0.1:<widgetPort>`, the only origin the API allows. */
  widgetOrigin: string
  /** The organization's dev-only API key, `vit_apk_…`. */
  apiKey: string
  /** Lifetime of minted access tokens, in seconds (default 900). */
  tokenTtlSeconds: number
  /** Absolute path of the SQLite file, or `:memory:`. */
  databaseFile: string
  /** Portal origins allowed to frame the dashboard. */
  allowedOrigins: string[]
  /** Whether request logs are silenced. */
  quiet: boolean
}

/** The environment variables the sandbox reads. */
export type SandboxEnv = Record<string, string | undefined>

/** A bad environment value; its message is one line, fit to print. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const DEFAULT_API_KEY = 'vit_apk_sandbox_0000000000000000000000000000'

function readPort(env: SandboxEnv, name: string, fallback: number): number {
  const text = env[name]?.trim() || String(fallback)
  const port = Number(text)

  if (!/^\d+$/.test(text) || port < 1 || port > 65535) {
    throw new ConfigError(
      `${name} must be a port from 1 to 65535; got "${text}"`,
    )
  }

  return port
}

function readApiKey(env: SandboxEnv): string {
  const key = env.VITABLE_API_KEY?.trim() || DEFAULT_API_KEY

  if (!/^vit_apk_[A-Za-z0-9_-]{16,}$/.test(key)) {
    throw new ConfigError(
      'VITABLE_API_KEY must be "vit_apk_" followed by at least 16 ' +
        'letters, digits, "_" or "-"',
    )
  }

  return key
}

function readTtl(env: SandboxEnv): number {
  const text = env.VITABLE_TOKEN_TTL?.trim() || '900'
  const seconds = Number(text)

  if (!/^\d+$/.test(text) || seconds < 1 || seconds > 86400) {
    throw new ConfigError(
      `VITABLE_TOKEN_TTL must be whole seconds from 1 to 86400; got "${text}"`,
    )
  }

  return seconds
}

function readDatabaseFile(env: SandboxEnv): string {
  const text = env.VITABLE_SANDBOX_DB?.trim()

  if (!text) return resolve(REPO_ROOT, DEFAULT_DATABASE_FILE)

  if (text === ':memory:' || isAbsolute(text)) return text

  return resolve(text)
}

function readOrigin(entry: string): string {
  const origin = entry.replace(/\/+$/, '')
  const parsed = URL.canParse(origin) ? new URL(origin) : null
  const isWeb = parsed?.protocol === 'http:' || parsed?.protocol === 'https:'

  if (!parsed || !isWeb || parsed.origin !== origin) {
    throw new ConfigError(
      'VITABLE_ALLOWED_ORIGINS must be comma-separated origins like ' +
        `"https://portal.example.com"; got "${entry}"`,
    )
  }

  return origin
}

function readOrigins(env: SandboxEnv): string[] {
  const text = env.VITABLE_ALLOWED_ORIGINS?.trim() || 'http://localhost:5173'
  const entries = text.split(',').map((entry) => entry.trim())
  const origins = entries.filter((entry) => entry !== '').map(readOrigin)

  if (origins.length === 0) {
    throw new ConfigError(
      'VITABLE_ALLOWED_ORIGINS must name at least one origin',
    )
  }

  return [...new Set(origins)]
}

/**
 * Reads and validates the sandbox configuration from `env` (defaults:
 * ports 4010 and 4011, the fixed dev key, 900 s tokens, the `.data` file,
 * `http://localhost:5173`). Throws a `ConfigError` on a bad value.
 */
export function readConfig(env: SandboxEnv): SandboxConfig {
  const apiPort = readPort(env, 'VITABLE_SANDBOX_API_PORT', 4010)
  const widgetPort = readPort(env, 'VITABLE_SANDBOX_WIDGET_PORT', 4011)

  if (apiPort === widgetPort) {
    throw new ConfigError(
      'VITABLE_SANDBOX_API_PORT and VITABLE_SANDBOX_WIDGET_PORT must ' +
        `differ; both are ${apiPort}`,
    )
  }

  return {
    apiPort,
    widgetPort,
    apiOrigin: `http://127.0.0.1:${apiPort}`,
    widgetOrigin: `http://127.0.0.1:${widgetPort}`,
    apiKey: readApiKey(env),
    tokenTtlSeconds: readTtl(env),
    databaseFile: readDatabaseFile(env),
    allowedOrigins: readOrigins(env),
    quiet: env.VITABLE_SANDBOX_QUIET === '1',
  }
}
