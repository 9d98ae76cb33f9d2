/**
 * The build steps around Astro's page rendering:
 * - before anything renders, the snapshot is validated and its files checked, so a bad release
 *   fails the build at once, with the contract's message;
 * - after the pages are written, the form files are copied into the output and the search
 *   indexes are built with Pagefind's Node API: one for the province, one per locality.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { AstroIntegration, AstroIntegrationLogger } from 'astro'
import * as pagefind from 'pagefind'

import { loadCatalogue, verifyFiles, type Catalogue } from '../lib/catalogue'
import { localRecords, provinceRecords, type SearchRecord } from '../lib/searchRecords'
import { paths } from '../lib/urls'

/** Pagefind writes its ready-made UIs too; the site has its own search script, so they are not published. */
const UNUSED_BUNDLE_FILES = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/

export function catalogueSite(): AstroIntegration {
  return {
    name: 'thu-tuc-catalogue',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const catalogue = loadCatalogue()
        verifyFiles(catalogue)
        logger.info(
          `Bản phát hành ${catalogue.snapshot.metadata.releaseId}: ${catalogue.procedures.length} thủ tục, ${catalogue.localCatalogues.length} danh mục địa phương, ${catalogue.snapshot.files.length} tệp.`,
        )
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir)
        const catalogue = loadCatalogue()
        await copyFiles(catalogue, out)
        await buildIndexes(catalogue, out, logger)
      },
    },
  }
}

async function copyFiles(catalogue: Catalogue, out: string) {
  for (const file of catalogue.snapshot.files) {
    const target = path.join(out, file.path)
    await fs.mkdir(path.dirname(target), { recursive: true })
    await fs.copyFile(path.join(catalogue.dir, file.path), target)
  }
}

async function buildIndexes(catalogue: Catalogue, out: string, logger: AstroIntegrationLogger) {
  const started = performance.now()
  try {
    await writeIndex(provinceRecords(catalogue), path.join(out, paths.searchBundle))
    for (const local of catalogue.localCatalogues) {
      await writeIndex(localRecords(catalogue, local.locality.id), path.join(out, paths.localSearchBundle(local.locality)))
    }
  } finally {
    await pagefind.close()
  }
  logger.info(`Chỉ mục tìm kiếm: tỉnh và ${catalogue.localCatalogues.length} địa phương, ${Math.round(performance.now() - started)} ms.`)
}

async function writeIndex(records: SearchRecord[], outputPath: string) {
  const created = await pagefind.createIndex({ forceLanguage: 'vi' })
  const index = ok(created, 'createIndex').index!
  for (const record of records) ok(await index.addCustomRecord(record), `addCustomRecord ${record.url}`)
  ok(await index.writeFiles({ outputPath }), 'writeFiles')
  await index.deleteIndex()
  for (const name of await fs.readdir(outputPath)) {
    if (UNUSED_BUNDLE_FILES.test(name)) await fs.rm(path.join(outputPath, name))
  }
}

function ok<T extends { errors: string[] }>(response: T, step: string): T {
  if (response.errors.length) throw new Error(`Pagefind (${step}): ${response.errors.join('; ')}`)
  return response
}
