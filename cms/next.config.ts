import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'
import type { NextConfig } from 'next'

const dirname = path.dirname(fileURLToPath(import.meta.url))

const nextConfig: NextConfig = {
  // One package.json at the repository root: Turbopack must resolve modules from there.
  turbopack: { root: path.resolve(dirname, '..') },
  outputFileTracingRoot: path.resolve(dirname, '..'),
  // `npm run typecheck` checks the whole project, cms/ included; a second check inside the build
  // costs about a minute of CPU on every build.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // scripts/lib/cmsBuild.ts already skips a build whose sources are unchanged; Turbopack's
    // on-disk cache for builds only adds minutes of writing to every clean build (CI, first start).
    turbopackFileSystemCacheForBuild: false,
  },
  // No X-Powered-By: which framework, and so which advisories, is nobody's business.
  poweredByHeader: false,
  // The admin is never shown inside another site's frame, where a page could lure an officer into
  // clicking Approve or Publish; a served file is never read as anything but its stated type.
  headers: async () => [
    {
      source: '/:path*',
      headers: [
        { key: 'Content-Security-Policy', value: "frame-ancestors 'self'" },
        { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
        { key: 'X-Content-Type-Options', value: 'nosniff' },
        { key: 'Referrer-Policy', value: 'same-origin' },
      ],
    },
  ],
  webpack: (webpackConfig) => {
    webpackConfig.resolve.extensionAlias = {
      '.cjs': ['.cts', '.cjs'],
      '.js': ['.ts', '.tsx', '.js', '.jsx'],
      '.mjs': ['.mts', '.mjs'],
    }
    return webpackConfig
  },
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
