/**
 * Links inside pages. Every internal href goes through `href`, so the site works under a portal
 * path (SITE_BASE); every absolute URL (canonical, JSON-LD, feed) through `absolute`.
 */
import { joinBase } from '../../content-schemas/urls'

/** Defined by astro.config.mjs (vite.define) from SITE_BASE. */
declare const __SITE_BASE__: string

export const href = (path: string): string => joinBase(__SITE_BASE__, path)

export const absolute = (path: string, site: URL | undefined): string =>
  new URL(href(path), site ?? 'http://localhost/').href
