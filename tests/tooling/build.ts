import { buildSite as runAstroBuild } from '../../release/buildSite'

export interface BuiltSite {
  outDir: string
  durationMs: number
  log: string
}

/** The publishing pipeline's real build, with the settings tests and benchmarks vary. */
export async function buildSite(options: {
  snapshotDir: string
  outDir: string
  base?: string
  siteUrl?: string
  /** more build settings, e.g. SITE_SEARCH_MISS_URL */
  env?: Record<string, string>
}): Promise<BuiltSite> {
  const started = performance.now()
  const log = await runAstroBuild({
    snapshotDir: options.snapshotDir,
    outDir: options.outDir,
    env: {
      SITE_BASE: options.base ?? '/',
      SITE_URL: options.siteUrl ?? 'https://thutuc.example.gov.vn',
      ...options.env,
    },
  })
  return { outDir: options.outDir, durationMs: performance.now() - started, log }
}
