/**
 * The battery's generators: one per format, plus the inputs no format should take. A new format
 * adds its generator here (a `BadFileGenerator` returning its cases) and the battery runs it.
 */
import { containerFiles } from './containers'
import { portalExcelFiles } from './portalExcel'
import { portalJsonFiles } from './portalJson'
import { seeded, seedOf } from './random'
import { resultsExcelFiles } from './resultsExcel'
import type { BadFile, BadFileGenerator } from './types'

export type { BadFile, BadFileGenerator } from './types'

export const BAD_FILE_GENERATORS: BadFileGenerator[] = [
  portalJsonFiles,
  portalExcelFiles,
  resultsExcelFiles,
  containerFiles,
]

/** Every case of every generator, the same for the same seed. */
export async function badFiles(seed: number): Promise<{ generator: string; cases: BadFile[] }[]> {
  const all = []
  for (const generator of BAD_FILE_GENERATORS)
    all.push({
      generator: generator.name,
      cases: await generator.generate(seeded(seedOf(generator.name, seed))),
    })
  return all
}
