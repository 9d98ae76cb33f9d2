/**
 * Payload's own start-up check of its packages' versions is turned off (cms/buildAppConfig.ts):
 * its S3 storage packages are published one patch behind the rest. This is that check, run on
 * what `npm install` put in node_modules, with only that lag allowed: any other Payload package
 * on a version of its own fails here rather than in an officer's browser.
 */
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')

/** Packages published at an older patch than payload's newest, with the version they have. */
const LAGGING: Record<string, string> = {
  '@payloadcms/storage-s3': '3.90.1',
  '@payloadcms/plugin-cloud-storage': '3.90.1',
}

const installedVersion = (name: string, from = root): string =>
  (
    JSON.parse(fs.readFileSync(path.join(from, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string
    }
  ).version

describe('Payload packages', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>
  }
  const payloadVersion = installedVersion('payload')
  const ours = Object.keys(manifest.dependencies).filter((name) => name.startsWith('@payloadcms/'))

  it('are all on payload’s version, but for the storage packages’ known lag', () => {
    const found = Object.fromEntries(
      [
        ...ours,
        '@payloadcms/plugin-cloud-storage',
        '@payloadcms/drizzle',
        '@payloadcms/graphql',
      ].map((name) => [name, installedVersion(name)]),
    )
    const expected = Object.fromEntries(
      Object.keys(found).map((name) => [name, LAGGING[name] ?? payloadVersion]),
    )
    expect(found).toEqual(expected)
  })

  it('have one copy of payload and of the admin UI (the overrides hold the storage plugin to them)', () => {
    const nested = ['payload', '@payloadcms/ui'].flatMap((name) =>
      ['@payloadcms/storage-s3', '@payloadcms/plugin-cloud-storage']
        .map((parent) => path.join(root, 'node_modules', parent, 'node_modules', name))
        .filter((dir) => fs.existsSync(dir)),
    )
    expect(nested).toEqual([])
  })
})
