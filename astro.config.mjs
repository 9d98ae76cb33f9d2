// The public catalogue: a static Astro site built from one release snapshot (see docs/site.md).
//   SNAPSHOT_DIR  directory with snapshot.json and files/   (default dist/snapshot)
//   SITE_OUT_DIR  where the site is written                  (default dist/site)
//   SITE_URL      origin the site is served from, for canonical URLs and the feed
//   SITE_BASE     path it is mounted under, e.g. /thu-tuc-hanh-chinh/ (default /)
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { defineConfig } from 'astro/config'

import { catalogueSite, pagefindVersion } from './site/integrations/catalogue.ts'
import { normalizeBase } from './content-schemas/urls.ts'
import { contentSecurityPolicy } from './site/lib/contentSecurity.ts'

const repo = path.dirname(fileURLToPath(import.meta.url))
const fromRepo = (relative) => path.join(repo, relative)

// Absolute, so the pages (rendered from Astro's build directory) read the same snapshot.
process.env.SNAPSHOT_DIR = path.resolve(process.env.SNAPSHOT_DIR || fromRepo('dist/snapshot'))

const base = normalizeBase(process.env.SITE_BASE)

if (!process.env.SITE_URL) {
  console.warn(
    'SITE_URL chưa được đặt: đường dẫn chuẩn (canonical) và nguồn tin Atom sẽ trỏ tới http://localhost:4321.',
  )
}

export default defineConfig({
  // The project root is site/, so Astro's generated .astro/ stays inside the site's folder.
  root: fromRepo('site'),
  srcDir: fromRepo('site'),
  publicDir: fromRepo('site/public'),
  cacheDir: fromRepo('node_modules/.astro'),
  outDir: path.resolve(process.env.SITE_OUT_DIR || fromRepo('dist/site')),
  site: process.env.SITE_URL || 'http://localhost:4321',
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Lossless whitespace removal; Astro 7's default ('jsx') drops spaces between inline elements.
  compressHTML: true,
  // Prefetching injects a script; pages other than search carry no JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
  security: { csp: contentSecurityPolicy() },
  vite: {
    // Vite's own cache would otherwise land in site/node_modules.
    cacheDir: fromRepo('node_modules/.vite-site'),
    // The mount point for the pages' links, fixed at build time: import.meta.env.BASE_URL can be
    // overridden by a BASE_URL variable in the environment (test runners set one).
    // Pagefind's version names the search bundles' directories (site/lib/searchBundle.ts).
    define: {
      __SITE_BASE__: JSON.stringify(base),
      __PAGEFIND_VERSION__: JSON.stringify(pagefindVersion()),
    },
  },
  integrations: [catalogueSite()],
})
