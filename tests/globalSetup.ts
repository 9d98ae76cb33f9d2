import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { enabledAdapters, skippedAdapters } from './helpers/databases'
import { dropDemoTemplates } from './helpers/demoDatabase'
import { SHARED_DIR_ENV } from './helpers/sharedOnce'
import { makeTemplateDatabases } from './helpers/templateDatabases'

/** Says which database adapters this run covers, so a green run cannot hide a skipped one. */
export default async function setup() {
  const ran = enabledAdapters().join(', ')
  const skipped =
    skippedAdapters()
      .map((s) => `${s.kind} (${s.why})`)
      .join(', ') || 'none'
  console.log(`\nDatabase adapters: running ${ran}; skipped ${skipped}.\n`)
  // Publishes in tests archive their snapshots: into a scratch folder, never the developer's data/archive.
  const archive = process.env.ARCHIVE_DIR
    ? null
    : fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-archive-'))
  if (archive) process.env.ARCHIVE_DIR = archive
  // What several files share (the demo's template databases, snapshot and site): made by the
  // first file that asks, removed here at the end (tests/helpers/sharedOnce.ts).
  const shared = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-shared-'))
  process.env[SHARED_DIR_ENV] = shared
  // Migrated once here; every test file's database is a copy (tests/helpers/databases.ts).
  const started = Date.now()
  const dropTemplates = await makeTemplateDatabases(enabledAdapters())
  console.log(`Migrated template databases in ${((Date.now() - started) / 1000).toFixed(1)} s.\n`)
  return async () => {
    await dropDemoTemplates()
    fs.rmSync(shared, { recursive: true, force: true })
    await dropTemplates()
    if (archive) fs.rmSync(archive, { recursive: true, force: true })
    console.log(`\nDatabase adapters tested: ${ran}. Skipped: ${skipped}.\n`)
  }
}
