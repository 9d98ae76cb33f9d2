import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { statedItems, type ProcessingTime } from '../../content-schemas'
import { syntheticSnapshot } from '../tooling/syntheticSnapshot'
import { loadCatalogue } from '../../site/lib/catalogue'
import { procedureView } from '../../site/lib/procedureView'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'procedure-view-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/**
 * A real catalogue (synthetic release, loaded and validated as the build loads it) whose first
 * procedure gets the channel times of each case; the view is what lists and search results show.
 */
function shortestShown(
  direct: ProcessingTime,
  online: ProcessingTime,
): { shortestTime: string | null; shortestLegalTime: string | null } {
  const { snapshot, files } = syntheticSnapshot({
    localities: 1,
    proceduresPerLocality: 2,
    procedures: 3,
  })
  const [first, ...rest] = snapshot.procedures
  const template = statedItems(first.methods)[0]
  const procedure = {
    ...first,
    methods: {
      kind: 'stated',
      items: [
        { ...template, channel: 'direct', processingTime: { kind: 'stated', ...direct } },
        { ...template, channel: 'online', processingTime: { kind: 'stated', ...online } },
      ],
    },
  }
  const caseDir = fs.mkdtempSync(path.join(dir, 'case-'))
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(caseDir, file.path)), { recursive: true })
    fs.writeFileSync(path.join(caseDir, file.path), file.bytes)
  }
  fs.writeFileSync(
    path.join(caseDir, 'snapshot.json'),
    JSON.stringify({ ...snapshot, procedures: [procedure, ...rest] }),
  )
  const catalogue = loadCatalogue(caseDir)
  const view = procedureView(catalogue, catalogue.byCode.get(procedure.code)!)
  return { shortestTime: view.shortestTime, shortestLegalTime: view.shortestLegalTime }
}

describe('the shortest time shown to citizens', () => {
  // 16 working hours are two working days. Read as clock hours against a 33.6-hour working day
  // (the site's old reading), they looked shorter than one working day.
  it('reads hours as working hours, as the CMS does', () => {
    expect(
      shortestShown({ value: 16, unit: 'hour' }, { value: 1, unit: 'working-day' }).shortestTime,
    ).toBe('1 ngày làm việc')
    expect(
      shortestShown({ value: 4, unit: 'hour' }, { value: 1, unit: 'working-day' }).shortestTime,
    ).toBe('4 giờ làm việc')
  })

  // A month may hold 23 working days; 30 calendar days against 22 × 1.4 said it was shorter.
  it('does not call a month shorter than 22 working days', () => {
    expect(
      shortestShown({ value: 1, unit: 'month' }, { value: 22, unit: 'working-day' })
        .shortestLegalTime,
    ).toBe('22 ngày làm việc')
  })
})
