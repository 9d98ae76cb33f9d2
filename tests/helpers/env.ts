/**
 * Sets environment variables and returns what puts back the values they had (set or unset). Test
 * files share their worker's process (vitest.config.ts, `isolate: false`), so a variable a file
 * leaves set, or deletes, would reach every file after it in that worker.
 */
export function setEnv(vars: Record<string, string | undefined>): () => void {
  const saved = Object.fromEntries(Object.keys(vars).map((key) => [key, process.env[key]]))
  assign(vars)
  return () => assign(saved)
}

/** Runs `body` with `vars` set, and puts the previous values back however it ends. */
export async function withEnv<T>(
  vars: Record<string, string | undefined>,
  body: () => Promise<T>,
): Promise<T> {
  const restore = setEnv(vars)
  try {
    return await body()
  } finally {
    restore()
  }
}

function assign(vars: Record<string, string | undefined>) {
  for (const [key, value] of Object.entries(vars)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
}
