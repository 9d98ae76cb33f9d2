import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root, whatever the working directory (Next runs from cms/). */
export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Embedded database, uploads and the development secret live here; it is git-ignored. */
export const dataDir = (): string => path.resolve(rootDir, process.env.DATA_DIR ?? 'data')
