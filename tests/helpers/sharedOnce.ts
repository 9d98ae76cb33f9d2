import fs from 'node:fs'
import path from 'node:path'

/** The run's scratch folder for what is made once and shared by test files (tests/globalSetup.ts). */
export const SHARED_DIR_ENV = 'TTKC_TEST_SHARED_DIR'

const POLL_MS = 200

/**
 * Makes something once per test run, whichever test file asks first, and hands every other file the
 * same result. Test files run in separate processes, so the first asker claims `key` by creating its
 * folder (an atomic mkdir) and makes it there; the others wait for the JSON result it writes, or
 * fail with its error. Waiting costs a worker, not a CPU: the maker has the CPUs meanwhile.
 * What is made must be read-only for its users.
 */
export async function sharedOnce<T>(
  key: string,
  make: (dir: string) => Promise<T>,
  { timeoutMs = 900_000 }: { timeoutMs?: number } = {},
): Promise<T> {
  const root = process.env[SHARED_DIR_ENV]
  if (!root) throw new Error(`${SHARED_DIR_ENV} is not set: tests/globalSetup.ts sets it`)
  const dir = path.join(root, key)
  const result = path.join(root, `${key}.json`)
  const failure = path.join(root, `${key}.error`)
  if (claim(dir)) {
    try {
      const value = await make(dir)
      // Written whole, then renamed: a waiter never reads half a result.
      fs.writeFileSync(`${result}.tmp`, JSON.stringify(value))
      fs.renameSync(`${result}.tmp`, result)
      return value
    } catch (error) {
      fs.writeFileSync(
        failure,
        error instanceof Error ? (error.stack ?? error.message) : String(error),
      )
      throw error
    }
  }
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (fs.existsSync(result)) return JSON.parse(fs.readFileSync(result, 'utf8')) as T
    if (fs.existsSync(failure))
      throw new Error(`${key}: another test file made it and failed:\n${fs.readFileSync(failure)}`)
    await new Promise((resolve) => setTimeout(resolve, POLL_MS))
  }
  throw new Error(`${key}: not ready after ${timeoutMs / 1000} s (the file making it stopped?)`)
}

/** The result of `key` if some file made it in this run, for clean-up. */
export function sharedResult<T>(key: string): T | undefined {
  const root = process.env[SHARED_DIR_ENV]
  const result = root && path.join(root, `${key}.json`)
  return result && fs.existsSync(result)
    ? (JSON.parse(fs.readFileSync(result, 'utf8')) as T)
    : undefined
}

function claim(dir: string): boolean {
  try {
    fs.mkdirSync(dir)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
}
