import fs from 'node:fs'
import path from 'node:path'

import { BaseSequencer, type TestSpecification } from 'vitest/node'

/**
 * Starts the longest test files first, from the durations of a recent full run
 * (tests/durations.json, written by `npm run test:durations`), so that the last file to finish
 * does not start late and run alone while the other worker idles. Vitest orders by its own cache
 * of the last run's durations, which a clean clone (CI) does not have, and falls back to file size,
 * which says little here: a short file that builds the admin or a site outlasts a long file of unit
 * tests. A file missing from the list (new since) goes first, as Vitest does with unknown files.
 */
export default class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const known = readDurations(path.join(this.ctx.config.root, 'tests', 'durations.json'))
    if (!known) return super.sort(files)
    const seconds = (spec: TestSpecification) =>
      known[path.relative(this.ctx.config.root, spec.moduleId).split(path.sep).join('/')] ??
      Number.POSITIVE_INFINITY
    return [...files].sort((a, b) => seconds(b) - seconds(a))
  }
}

function readDurations(file: string): Record<string, number> | undefined {
  if (!fs.existsSync(file)) return undefined
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as { seconds: Record<string, number> }).seconds
}
