/**
 * The sandbox's programmatic API, for tests, the demo and the e2e specs:
 * build the apps without ports, or start the real servers.
 */

export { type ApiAppOptions, createApiApp } from './apiApp.js'
export type { Principal } from './apiEnv.js'
export { MAX_BODY_BYTES } from './bodyCap.js'
export type { Clock } from './clock.js'
export { ConfigError, readConfig, type SandboxConfig } from './config.js'
export { type Database, deleteDatabase, openDatabase } from './database.js'
export { type FrameConfig, frameConfig } from './framePage.js'
export { isSeeded, SEED, seed } from './seed.js'
export { type RunningSandbox, startSandbox } from './startSandbox.js'
export type { BoundEntity } from './tokenStore.js'
export { createWidgetApp, type WidgetAppOptions } from './widgetApp.js'
