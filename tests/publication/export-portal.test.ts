import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  exportProcedures,
  exportSummary,
  storedProcedures,
} from '../../cms/export/exportProcedures'
import { readPortalExcel } from '../../cms/import/formats/portalExcel'
import { readPortalJson } from '../../cms/import/formats/portalJson'
import { PROCEDURE_LEVELS } from '../../content-schemas/enumerations'
import { asProcedureData, type ImportedProcedure } from '../../cms/import/records'
import { formatIssue } from '../../cms/import/report'
import { importedFromStored, loadNaturalKeys } from '../../cms/import/stored'
import { lexicalToBlocks } from '../../cms/lib/lexical'
import { rootDir } from '../../cms/lib/paths'
import { inSystemTransaction } from '../../cms/lib/transaction'
import type { Procedure } from '../../cms/payload-types'
import { procedures as demoProcedures } from '../../scripts/seed/data/procedures'
import { loadProcedures } from '../../scripts/seed/loaders/catalogue'
import { Keys } from '../../scripts/seed/loaders/keys'
import { loadAgencies, loadLegalDocuments, loadSectors } from '../../scripts/seed/loaders/reference'
import { enabledAdapters, type TestDatabase } from '../helpers/databases'
import { startPayload, stopPayload } from '../helpers/payload'
import { withSourcesNormalised } from '../tooling/arbitraryProcedure'

const exportCommand = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join(rootDir, 'scripts', 'publish', 'export.ts'), ...args],
    {
      cwd: rootDir,
      env: { ...process.env, PAYLOAD_SECRET: 'test-secret-not-for-production-use', ...env },
      encoding: 'utf8',
      // Starting Payload in a fresh process takes a while on a shared machine.
      timeout: 300_000,
    },
  )

/**
 * A procedure as the national shape can say it. What the catalogue holds beyond that shape, and so
 * does not come back (docs/import.md, "Xuất ngược"): synonyms (the portal has no field), the order
 * of levels (the reader lists them in a fixed order), a "Bước n:" heading typed into a step (the
 * reader splits steps at headings; the list numbering says it again), and requirements left empty
 * with no gap, which the model already reads as none and the reader states as none.
 */
const inPortalTerms = (p: ImportedProcedure) => {
  const normalised = withSourcesNormalised(p)
  return {
    ...normalised,
    levels: PROCEDURE_LEVELS.filter((level) => p.levels.includes(level)),
    synonyms: [],
    steps: lexicalToBlocks(p.steps).map((step) =>
      step.text.replace(/^Bước\s*\d+\s*[:.)\-–]?\s*/u, ''),
    ),
    requirementsGap:
      !p.requirements && p.requirementsGap.kind === null
        ? { kind: 'none' as const, source: null }
        : normalised.requirementsGap,
  }
}

/** The project example's record with a local code and unknown parts (no agency, fee, result…). */
const nationalRecord = (): ImportedProcedure => {
  const text = fs.readFileSync(path.join(rootDir, 'docs/examples/national-records.json'), 'utf8')
  const record = readPortalJson(text, 'national-records.json').procedures.find(
    (p) => p.code === '1.000656',
  )!
  // The form file is not in this database: the component keeps no form.
  return {
    ...record,
    dossierCases: record.dossierCases.map((c) => ({
      ...c,
      components: c.components.map((component) => ({ ...component, form: null })),
    })),
  }
}

/**
 * A few demo procedures through the seed loaders, and one national record with unknown parts stored
 * as the importer stores it (natural keys resolved to IDs), all published.
 */
async function seed(payload: Payload) {
  const few = demoProcedures
    .filter(
      (p) =>
        p.code !== '1.000656' &&
        p.dossierCases.every((c) => c.components.every((component) => !component.form)),
    )
    .slice(0, 4)
    .map((p) => ({ ...p, related: undefined }))
  const record = nationalRecord()
  await inSystemTransaction(payload, async (req) => {
    const loader = { payload, req, outcomes: new Map() }
    const keys = new Keys()
    await loadSectors(loader, keys)
    await loadAgencies(loader, keys)
    await loadLegalDocuments(loader, keys)
    await loadProcedures(loader, keys, few)
    const idOf = async (collection: 'sectors' | 'legal-documents', field: string, value: string) =>
      String(
        (await payload.find({ req, collection, where: { [field]: { equals: value } }, depth: 0 }))
          .docs[0].id,
      )
    const { sector, agencies, legalBasis, dossierCases, relatedProcedures, ...rest } = record
    void relatedProcedures
    await payload.create({
      req,
      collection: 'procedures',
      data: {
        ...asProcedureData(rest),
        sector: await idOf('sectors', 'name', sector),
        agencies: { ...agencies, implementing: [] },
        legalBasis: await Promise.all(
          legalBasis.map((l) => idOf('legal-documents', 'number', l.number)),
        ),
        dossierCases,
        relatedProcedures: [],
        _status: 'published',
      } as never,
    })
  })
  return { codes: [...few.map((p) => p.code), record.code].sort(), record }
}

describe('npm run export: arguments', () => {
  it('refuses a bad format with the usage in Vietnamese and exit code 2, before opening a database', () => {
    const result = exportCommand(['--format', 'csv', 'x.csv'], {
      DATABASE_URI: 'postgres://nobody@127.0.0.1:1/none',
    })
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('Lỗi tham số: Định dạng "csv" không có')
    expect(result.stderr).toContain('npm run export -- --format portal-json <tệp.json> [--draft]')
  })
})

for (const kind of enabledAdapters())
  describe(`[${kind}] npm run export -- --format`, () => {
    let payload: Payload
    let database: TestDatabase
    let dir: string
    let seeded: Awaited<ReturnType<typeof seed>>

    beforeAll(async () => {
      ;({ payload, database } = await startPayload(kind))
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-export-'))
      seeded = await seed(payload)
    })
    afterAll(async () => {
      await stopPayload(payload, database)
      fs.rmSync(dir, { recursive: true, force: true })
    })

    /** The published procedures as the catalogue holds them, in natural keys. */
    const inCatalogue = async () => {
      const keys = await loadNaturalKeys(payload)
      const { docs } = await payload.find({
        collection: 'procedures',
        where: { _status: { equals: 'published' } },
        depth: 0,
        pagination: false,
      })
      return (docs as Procedure[])
        .map((doc) => importedFromStored(doc, keys))
        .sort((a, b) => (a.code < b.code ? -1 : 1))
    }

    it(
      'writes national records that the importer reads back as the catalogue holds them',
      { timeout: 400_000 },
      async () => {
        const file = path.join(dir, 'thu-tuc.json')
        const result = exportCommand(['--format', 'portal-json', file], {
          DATABASE_URI: database.uri,
        })
        expect(result.stderr).not.toMatch(/error|lỗi/i)
        expect(result.status).toBe(0)
        expect(result.stdout).toContain(`Đã xuất 5 thủ tục (bản đã xuất bản) → ${file}`)
        expect(result.stdout).toContain('1 thủ tục có phần chưa có thông tin')
        expect(result.stdout).toContain('cơ quan thực hiện: 1 thủ tục')

        const { procedures, issues } = readPortalJson(fs.readFileSync(file, 'utf8'), 'thu-tuc.json')
        expect(issues.map(formatIssue)).toEqual([])
        // Sorted by code, and nothing said that the catalogue does not say.
        expect(procedures.map((p) => p.code)).toEqual(seeded.codes)
        expect(procedures.map(inPortalTerms)).toEqual((await inCatalogue()).map(inPortalTerms))
        // The national record's unknown parts came back unknown, through the database and the file.
        expect(
          withSourcesNormalised(procedures.find((p) => p.code === seeded.record.code)!),
        ).toEqual(withSourcesNormalised(seeded.record))
      },
    )

    it('writes the Excel list with the same codes, names, sectors and agencies', async () => {
      const file = path.join(dir, 'danh-sach.xlsx')
      const report = await exportProcedures(payload, { format: 'xlsx', file })
      expect(report.readBack).toEqual([])
      const { procedures } = await readPortalExcel(fs.readFileSync(file), 'danh-sach.xlsx')
      const listed = (p: ImportedProcedure) => ({
        code: p.code,
        localCode: p.localCode,
        name: p.name,
        sector: p.sector,
        implementing: p.agencies.implementing,
      })
      expect(procedures.map(listed)).toEqual((await inCatalogue()).map(listed))
    })

    it('leaves abolished procedures out and counts them', async () => {
      const code = seeded.codes[1]
      const [doc] = (
        await payload.find({ collection: 'procedures', where: { code: { equals: code } } })
      ).docs
      await inSystemTransaction(payload, (req) =>
        payload.update({
          req,
          collection: 'procedures',
          id: doc.id,
          data: { validity: 'abolished', _status: 'published' },
        }),
      )
      const file = path.join(dir, 'con-hieu-luc.json')
      const report = await exportProcedures(payload, { format: 'portal-json', file })
      expect(report).toMatchObject({ procedures: 4, abolished: 1, withUnknownParts: 1 })
      const { procedures } = readPortalJson(fs.readFileSync(file, 'utf8'), 'con-hieu-luc.json')
      expect(procedures.map((p) => p.code)).toEqual(seeded.codes.filter((c) => c !== code))
      expect(exportSummary(report, { draft: false })).toEqual(
        expect.arrayContaining([
          `Đã xuất 4 thủ tục (bản đã xuất bản) → ${file}`,
          'Không xuất 1 thủ tục đã bãi bỏ (dạng dữ liệu quốc gia chỉ gồm thủ tục còn hiệu lực).',
          '1 thủ tục có phần chưa có thông tin (ghi "Không có thông tin"):',
          '  - cơ quan thực hiện: 1 thủ tục',
          'Đọc lại tệp bằng trình nhập: không có lỗi hay cảnh báo.',
        ]),
      )
    })

    it('exports the published version unless asked for the latest drafts', async () => {
      const code = seeded.codes[0]
      const [doc] = (
        await payload.find({ collection: 'procedures', where: { code: { equals: code } } })
      ).docs
      await inSystemTransaction(payload, (req) =>
        payload.update({
          req,
          collection: 'procedures',
          id: doc.id,
          draft: true,
          data: { name: `${doc.name} (dự thảo sửa đổi)` },
        }),
      )
      const nameOf = async (draft: boolean) =>
        (await storedProcedures(payload, { draft })).procedures.find((p) => p.code === code)!.name
      expect(await nameOf(false)).toBe(doc.name)
      expect(await nameOf(true)).toBe(`${doc.name} (dự thảo sửa đổi)`)
    })
  })
