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
