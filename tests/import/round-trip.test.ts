/**
 * Issue 10, item 4, on the real database: importing an export changes nothing. A generated
 * catalogue (unknown and none parts, text-only times, several rows per channel, USD fees, legal
 * texts known by number only) is imported as a change set and written; the catalogue is exported
 * to the national JSON shape; that export, imported again, plans no new and no changed item.
 */
import fc from 'fast-check'
import { createLocalReq, type PayloadRequest } from 'payload'
import { expect, it } from 'vitest'

import { writePortalJson } from '../../cms/export/portalJson'
import { storedProcedures } from '../../cms/export/exportProcedures'
import { createPlannedSet, writeChangeSet } from '../../cms/import/changeSet/changeSet'
import { formatChange } from '../../cms/import/changeSet/diff'
import { formatIssue } from '../../cms/import/report'
import { describeEachAdapter, type TestContext } from '../helpers/payload'
import { arbitraryCatalogue } from '../tooling/arbitraryProcedure'

/** Catalogues per adapter: each is a whole import, write and export on the database. */
const RUNS = 4

async function legalOfficer(ctx: TestContext): Promise<PayloadRequest> {
  const user = await ctx.payload.findByID({ collection: 'users', id: ctx.fixtures.users.legal.id })
  return createLocalReq({ user: { ...user, collection: 'users' } as never }, ctx.payload)
}

async function importFile(ctx: TestContext, name: string, text: string) {
  const req = await legalOfficer(ctx)
  return createPlannedSet(req, {
    inputs: [{ name, bytes: new TextEncoder().encode(text) }],
    locality: null,
  })
}

describeEachAdapter('import ∘ export: the round trip through the catalogue', (ctx) => {
  it('imports its own export with nothing new and nothing changed', async () => {
    // Fixed seed: a failure names the catalogue that broke it, and CI runs the same ones.
    const catalogues = fc.sample(arbitraryCatalogue(6), { numRuns: RUNS, seed: 20_261_201 })
    for (const [run, catalogue] of catalogues.entries()) {
      // Codes of earlier runs are in the catalogue already: each run uses codes of its own.
      const procedures = catalogue.map((p, i) => ({
        ...p,
        code: `2.${String(900_000 + run * 10 + i).padStart(6, '0')}`,
        localCode: null,
        relatedProcedures: [],
      }))
      const first = await importFile(ctx(), `lan-${run}.json`, writePortalJson(procedures))
      const errors = first.planned.plan.issues.filter((i) => i.severity === 'error')
      expect(errors.map(formatIssue), `run ${run}: the generated file imports`).toEqual([])
      await writeChangeSet(await legalOfficer(ctx()), String(first.doc.id))

      const { procedures: stored } = await storedProcedures(ctx().payload, { draft: true })
      const exported = stored.filter((p) => procedures.some((q) => q.code === p.code))
      expect(exported.map((p) => p.code).sort()).toEqual(procedures.map((p) => p.code).sort())

      const again = await importFile(ctx(), `xuat-${run}.json`, writePortalJson(exported))
      const moved = again.planned.plan.items.filter(
        (item) =>
          item.collection === 'procedures' && (item.status === 'new' || item.status === 'changed'),
      )
      expect(
        moved.map((item) => `${item.key}: ${item.changes.map(formatChange).join('; ')}`),
        `run ${run}: the export imported again changes nothing`,
      ).toEqual([])
      expect(
        again.planned.plan.items.filter(
          (item) => item.collection === 'procedures' && item.status === 'unchanged',
        ),
      ).toHaveLength(procedures.length)
      expect(again.planned.plan.issues.filter((i) => i.severity === 'error')).toEqual([])
    }
  })
})
