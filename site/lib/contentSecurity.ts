import { searchMissUrl } from './searchMisses'

/**
 * The pages' Content Security Policy, which Astro writes into each page's head with the hashes of
 * its own scripts and styles (security.csp), so it travels with a release to whatever serves it.
 * The rich text comes from officers and imports and is sanitized by the CMS; this is the second
 * line: no script the site did not build runs, nothing is sent anywhere but to the site itself
 * and, when failed searches are reported (searchMisses.ts), to the CMS.
 */
export function contentSecurityPolicy(env: Record<string, string | undefined> = process.env) {
  const report = searchMissUrl(env)
  return {
    directives: [
      "default-src 'self'",
      "img-src 'self' data:",
      `connect-src 'self'${report ? ` ${new URL(report).origin}` : ''}`,
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ],
    // Pagefind's search runs in WebAssembly.
    scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    // Lexical writes an indented paragraph's indent as a style attribute.
    styleDirective: {
      resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' as const }],
    },
  }
}
