import { HASHED_BUNDLE } from '../content-schemas/urls'

/**
 * How long browsers and CDNs may keep a file of a release, by its path inside the release ("/…").
 * One rule for every place a release is served from: the local server (serveReleases.ts) and the
 * objects pushed to a bucket (targets/bucketReleases.ts).
 */

/** Files whose path changes with their content: Astro's hashed assets and the search bundles. */
const IMMUTABLE = new RegExp(`^/_astro/|${HASHED_BUNDLE.source}`)

export const isImmutable = (relative: string): boolean => IMMUTABLE.test(relative)

export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'

/** Local server: a page keeps its URL from one release to the next, so it is revalidated on every visit. */
export const cacheControlServed = (relative: string): string =>
  isImmutable(relative) ? IMMUTABLE_CACHE : 'no-cache'

/**
 * Objects in a bucket behind a CDN: a page may be a minute old after a switch (a bucket serves no
 * cheap revalidation against `current`); hashed files are kept for good.
 */
export const cacheControlPushed = (relative: string): string =>
  isImmutable(relative) ? IMMUTABLE_CACHE : 'public, max-age=60'
