/**
 * The origins of every end-to-end run, as in production, plus the fixture
 * host pages and a hostile third party. Set VITABLE_E2E_PORT_OFFSET to run
 * two suites side by side.
 */
const offset = Number(process.env.VITABLE_E2E_PORT_OFFSET ?? 0)

export const API_PORT = 4110 + offset
export const WIDGET_PORT = 4111 + offset
export const PORTAL_PORT = 5273 + offset
export const FIXTURE_PORT = 5274 + offset
export const HOSTILE_PORT = 5275 + offset

export const API_ORIGIN = `http://127.0.0.1:${API_PORT}`
export const WIDGET_ORIGIN = `http://127.0.0.1:${WIDGET_PORT}`
export const PORTAL_ORIGIN = `http://localhost:${PORTAL_PORT}`

/** Where the fixture host pages live; on the widget server's allowlist. */
export const FIXTURE_ORIGIN = `http://localhost:${FIXTURE_PORT}`

/** The same fixture server seen from another origin: never allowed. */
export const HOSTILE_ORIGIN = `http://127.0.0.1:${HOSTILE_PORT}`

/** The sandbox's development key, read only by the test process. */
export const API_KEY = 'vit_apk_sandbox_e2e_00000000000000000000000000'

/** Short, so a test can outlive a token. */
export const TOKEN_TTL = 20
