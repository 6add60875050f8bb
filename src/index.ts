export type {
  Dashboard,
  DashboardEventData,
  DashboardEvents,
  DashboardState,
  DashboardUpdate,
} from './host/Dashboard.js'
export type { Logger } from './host/logger.js'
export { init, mount } from './host/mount.js'
export type { TokenResult } from './host/normalizeToken.js'
export type { MountOptions, SessionOptions } from './host/options.js'
export type { Session, SessionEvents } from './host/Session.js'
export type {
  FetchToken,
  TokenContext,
  TokenReason,
  TokenState,
} from './host/TokenManager.js'
export type { ErrorCode } from './host/VitableError.js'
export { isVitableError, VitableError } from './host/VitableError.js'
export type { Appearance } from './protocol/messages.js'

/** The SDK version, set at build time. */
export const version: string = __VITABLE_VERSION__
