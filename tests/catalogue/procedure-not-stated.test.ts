import { sql } from '@payloadcms/db-postgres'
import { expect, it } from 'vitest'

import * as postgresMigration from '../../cms/migrations/postgres/20261201_203839_procedures_type_level_not_stated'
import * as sqliteMigration from '../../cms/migrations/sqlite/20261201_203659_procedures_type_level_not_stated'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

/**
 * A procedure's type (formalityType) and online service level are facts the source states or
 * does not: nothing fills them in. Saved through REST as the legal officer, in the database's own
 * column defaults, and across the migration that removed those defaults from stored catalogues.
 */

type Row = Record<string, unknown>

/** The columns' defaults as the database reports them (null: none). */
async function columnDefaults(ctx: TestContext): Promise<Record<string, unknown>> {
  const db = (ctx.payload.db as unknown as { drizzle: unknown }).drizzle
  if (ctx.kind === 'sqlite') {
    const all = (db as { all: (q: unknown) => Promise<Row[]> }).all
    const rows = [
      ...(await all.call(db, sql.raw('PRAGMA table_info(`procedures`)'))),
      ...(await all.call(db, sql.raw('PRAGMA table_info(`_procedures_v`)'))),
    ]
    return Object.fromEntries(
      rows
        .filter((r) => /formality_type|online_service_level/.test(String(r.name)))
        .map((r) => [r.name, r.dflt_value]),
    )
  }
  const { rows } = await (db as { execute: (q: unknown) => Promise<{ rows: Row[] }> }).execute(
    sql`SELECT column_name, column_default FROM information_schema.columns WHERE table_name IN ('procedures', '_procedures_v') AND (column_name LIKE '%formality_type' OR column_name LIKE '%online_service_level')`,
  )
  return Object.fromEntries(rows.map((r) => [r.column_name, r.column_default]))
}

describeEachAdapter(
  'procedures: type and online service level are not stated unless the source states them',
  (ctx) => {
    it('saves a procedure that does not state them as not stated, with the same compliance lists', async () => {
      const { rest, fixtures } = ctx()
      const token = await rest.login('phapche@test.vn', PASSWORD)
      const {
        formalityType: _t,
        onlineServiceLevel: _l,
        ...silent
      } = fixtures.complete('1.009001', 'Thủ tục không nêu loại và mức độ')
      const response = await rest.request('POST', '/procedures?draft=true', {
        token,
        body: { ...silent, _status: 'draft' },
      })
      expect(response.status).toBe(201)
      const { doc } = (await response.json()) as { doc: Row }
      expect([doc.formalityType ?? null, doc.onlineServiceLevel ?? null]).toEqual([null, null])
      // Neither is a part NĐ 63 requires: the compliance lists are those of the parts alone.
      expect([doc.missingParts, doc.unknownParts]).toEqual([[], []])
      const stored = await ctx().payload.findByID({ collection: 'procedures', id: String(doc.id) })
      expect([stored.formalityType ?? null, stored.onlineServiceLevel ?? null]).toEqual([
        null,
        null,
      ])
    })

    it('keeps a stated type and level, and "no online service" when the source says so', async () => {
      const { payload, fixtures } = ctx()
      const doc = await payload.create({
        collection: 'procedures',
        data: {
          ...fixtures.complete('1.009002', 'Thủ tục nêu rõ'),
          formalityType: 'detailed',
          onlineServiceLevel: 'none',
        },
      })
      expect([doc.formalityType, doc.onlineServiceLevel]).toEqual(['detailed', 'none'])
    })

    it('the migration removes the columns’ defaults and keeps stored values and parts', async () => {
      const context = ctx()
      if (context.kind === 'mongodb') return
      const { payload, fixtures } = context
      const migration = context.kind === 'sqlite' ? sqliteMigration : postgresMigration
      const args = {
        db: (payload.db as never as { drizzle: never }).drizzle,
        payload,
        req: {},
      } as never
      const stated = await payload.create({
        collection: 'procedures',
        data: {
          ...fixtures.complete('1.009003', 'Đã lưu trước khi đổi'),
          formalityType: 'detailed',
          onlineServiceLevel: 'full',
        },
      })
      const methods = stated.methods?.length ?? 0
      expect(methods).toBeGreaterThan(0)

      // As a catalogue stored before: the defaults back, then the migration.
      await migration.down(args)
      expect(Object.values(await columnDefaults(context)).every((d) => d !== null)).toBe(true)
      await migration.up(args)
      expect(Object.values(await columnDefaults(context))).toEqual([null, null, null, null])

      const after = await payload.findByID({ collection: 'procedures', id: stated.id })
      expect([after.formalityType, after.onlineServiceLevel]).toEqual(['detailed', 'full'])
      // The tables were not rebuilt: their child rows (channels, fees, dossier) are all there.
      expect(after.methods?.length).toBe(methods)
      expect(after.dossierCases).toEqual(stated.dossierCases)
      const versions = await payload.countVersions({
        collection: 'procedures',
        where: { parent: { equals: stated.id } },
      })
      expect(versions.totalDocs).toBeGreaterThan(0)
    })
  },
)
