/**
 * The admin's import map (cms/app/(payload)/admin/importMap.js) is generated from the config and
 * committed; Next bundles it. A plugin or component added without regenerating it leaves the admin
 * without that component, and its pages stall or break (a CI run stalled on it, 03/12: the S3
 * plugin's upload handler). Here the map is generated from the config as it is now, beside the
 * committed one, and the two must be the same: `npx payload generate:importmap` mends it.
 */
import fs from 'node:fs'
import path from 'node:path'

import { generateImportMap } from 'payload'
import { expect, it } from 'vitest'

import { buildAppConfig } from '../../cms/buildAppConfig'

it('is the import map the config generates', async () => {
  const config = await buildAppConfig({ databaseURI: 'file::memory:' })
  const committed = config.admin.importMap.importMapFile!
  // Same folder, so every path in it is written relative to the same place.
  const generated = path.join(path.dirname(committed), `importMap.check-${process.pid}.js`)
  try {
    await generateImportMap(
      {
        ...config,
        admin: {
          ...config.admin,
          importMap: { ...config.admin.importMap, importMapFile: generated },
        },
      },
      { force: true, log: false },
    )
    expect(
      fs.readFileSync(generated, 'utf8'),
      'The admin import map is stale: run `npx payload generate:importmap` and commit cms/app/(payload)/admin/importMap.js',
    ).toBe(fs.readFileSync(committed, 'utf8'))
  } finally {
    fs.rmSync(generated, { force: true })
  }
})
