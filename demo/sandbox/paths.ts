import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))

/** The repository root, two levels above this folder, whatever the cwd. */
export const REPO_ROOT = resolve(here, '..', '..')

/** Where `npm run build` puts the frame app the widget server serves. */
export const FRAME_DIST_DIR = resolve(REPO_ROOT, 'dist', 'frame')

/** The default SQLite file, relative to the repository root. */
export const DEFAULT_DATABASE_FILE = 'demo/sandbox/.data/sandbox.db'
