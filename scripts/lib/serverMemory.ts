/**
 * How the admin server's Node process is started, so that it stays under 1 GiB at province scale
 * (docs/benchmarks.md, "Memory at province scale"). `npm start` starts the Next server with these;
 * the import-pipeline benchmark starts its Payload process with the same, so it measures them.
 *
 * - The V8 heap: with no limit, V8 sizes the old generation from the machine's memory (4 GiB here)
 *   and lets garbage pile up to hundreds of megabytes between full collections during a bulk write
 *   or a publish. With a 512 MiB ceiling V8 collects sooner instead of growing: at province scale
 *   the heap used then stayed under 400 MiB through import, review and publish.
 * - glibc's malloc: one arena per thread that allocates (libSQL, the PostgreSQL client, V8's GC
 *   workers), 64 MiB of address space each and whatever they once held kept resident. Two arenas
 *   are enough for a server whose JavaScript runs on one thread.
 */
export const ADMIN_HEAP_MIB = 512

/** Node options for the admin server; CMS_MAX_HEAP_MIB overrides the ceiling (a larger catalogue). */
export const adminNodeOptions = (): string =>
  `--max-old-space-size=${Number(process.env.CMS_MAX_HEAP_MIB) || ADMIN_HEAP_MIB}`

/** Environment for the admin server's process; set before it starts (malloc reads it at start-up). */
export const adminMemoryEnv = (): Record<string, string> => ({ MALLOC_ARENA_MAX: '2' })
