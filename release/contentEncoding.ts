/**
 * Pagefind's index files (its WebAssembly, the metadata, index and filter chunks, the result
 * fragments) are gzip files of data that begins with Pagefind's signature. Served as they are,
 * Pagefind's script inflates each one in JavaScript, on the page's main thread, while the citizen
 * waits for results; declared `Content-Encoding: gzip`, the browser inflates them natively, off
 * that thread, and the script, finding its signature, skips its own (Pagefind's support for
 * "server-handled gzip", since 0.5). The bytes on the wire are the same. One rule for every place
 * a release is served from: the local server, the bucket's objects, the tests' static server,
 * and the nginx of docs/deploy.md. Measured: docs/benchmarks.md, "Search weight at scale".
 */
const PAGEFIND_GZIP = /\.(?:pf_\w+|pagefind)$/

/** A file of the release (its path, or a path inside the release) stored as gzip. */
export const storedAsGzip = (relative: string): boolean => PAGEFIND_GZIP.test(relative)

/**
 * Whether a request's Accept-Encoding takes gzip ("gzip", "x-gzip" or "*", not with q=0). A client
 * that does not say so gets the same bytes undeclared, which Pagefind's script reads as well.
 * (One token of one header: read here rather than through a content-negotiation library.)
 */
export function acceptsGzip(acceptEncoding: string | string[] | undefined): boolean {
  return [acceptEncoding ?? '']
    .flat()
    .join(',')
    .split(',')
    .some((coding) => {
      const [name, ...params] = coding.split(';').map((s) => s.trim().toLowerCase())
      const q = params.find((p) => p.startsWith('q='))
      return ['gzip', 'x-gzip', '*'].includes(name) && (q === undefined || Number(q.slice(2)) > 0)
    })
}

/** The headers that declare a gzip-stored file as such, for a request that accepts it. */
export const encodingHeaders = (
  relative: string,
  acceptEncoding: string | string[] | undefined,
): Record<string, string> =>
  storedAsGzip(relative)
    ? {
        Vary: 'Accept-Encoding',
        ...(acceptsGzip(acceptEncoding) ? { 'Content-Encoding': 'gzip' } : {}),
      }
    : {}
