import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Procedure, Snapshot } from '../../../content-schemas'
import { loadCatalogue, type Catalogue } from '../../../site/lib/catalogue'
import { syntheticSnapshot } from '../../tooling/syntheticSnapshot'

/**
 * A real catalogue as the build loads it (validated by the contract) from a small synthetic
 * release, changed by `change` first: for tests of what the site derives from a snapshot.
 */
export function catalogueWith(change: (snapshot: Snapshot) => Snapshot): Catalogue {
  const { snapshot, files } = syntheticSnapshot({
    localities: 2,
    proceduresPerLocality: 3,
    procedures: 5,
  })
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'site-catalogue-'))
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file.path)), { recursive: true })
    fs.writeFileSync(path.join(dir, file.path), file.bytes)
  }
  fs.writeFileSync(path.join(dir, 'snapshot.json'), JSON.stringify(change(snapshot)))
  const catalogue = loadCatalogue(dir)
  fs.rmSync(dir, { recursive: true, force: true })
  return catalogue
}

/** The catalogue with its first procedure changed by `procedure`. */
export const catalogueWithProcedure = (
  procedure: (first: Procedure) => Procedure,
): { catalogue: Catalogue; code: string } => {
  let code = ''
  const catalogue = catalogueWith((snapshot) => {
    const [first, ...rest] = snapshot.procedures
    const changed = procedure(first)
    code = changed.code
    return { ...snapshot, procedures: [changed, ...rest] }
  })
  return { catalogue, code }
}
