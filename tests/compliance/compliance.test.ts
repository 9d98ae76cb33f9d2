import ExcelJS from 'exceljs'
import type { Where } from 'payload'
import * as qs from 'qs-esm'
import { beforeAll, describe, expect, it } from 'vitest'

import { complianceReport, listHref, type ComplianceRow } from '../../cms/views/Compliance/checks'
import { complianceScope } from '../../cms/views/Compliance/scope'
import type { User } from '../../cms/payload-types'
import { MINIMAL_PDF } from '../helpers/files'
import { PASSWORD } from '../helpers/fixtures'
import { describeEachAdapter, type TestContext } from '../helpers/payload'

/**
 * The compliance overview (issue 13, item 4): each line's count comes from the database, scoped to
 * the reader, and links to an admin list holding exactly what it counts.
 */
const NOW = new Date('2026-12-02T03:00:00.000Z') // 10:00 on 02/12/2026 in Hà Nội
const DAY = 86_400_000

describe('who sees which part of the overview', () => {
  const user = (roles: User['roles'], localities: string[] = []) =>
    ({ roles, localities }) as Pick<User, 'roles' | 'localities'>
  it('gives province staff the whole province and a locality officer their own localities', () => {
    expect(complianceScope(user(['legal-officer']))).toEqual({ province: true, localities: [] })
    expect(complianceScope(user(['publisher']))).toEqual({ province: true, localities: [] })
    expect(complianceScope(user(['admin'], ['7']))).toEqual({ province: true, localities: [] })
    expect(complianceScope(user(['reviewer']))).toEqual({ province: true, localities: [] })
    expect(complianceScope(user(['locality-officer'], ['7']))).toEqual({
      province: false,
      localities: ['7'],
    })
    expect(complianceScope(user(['approver'], ['7', '8']))?.localities).toEqual(['7', '8'])
  })
  it('gives no overview to a reader without a role, or an officer of no locality', () => {
    expect(complianceScope(null)).toBeNull()
    expect(complianceScope(user([]))).toBeNull()
    expect(complianceScope(user(['locality-officer']))).toBeNull()
  })
  it('links to the list with the same filter', () => {
    const where: Where = { and: [{ validity: { equals: 'in-force' } }] }
    const href = listHref('procedures', where)
    expect(href.startsWith('/admin/collections/procedures?')).toBe(true)
    expect(qs.parse(href.split('?')[1]!).where).toEqual(where)
  })
})

describeEachAdapter('the compliance overview', (ctx) => {
  let legalRows: ComplianceRow[]
  let officerRows: ComplianceRow[]

  const report = (c: TestContext, who: 'legal' | 'officerA' | 'officerB') =>
    complianceReport({
      payload: c.payload,
      scope: complianceScope(c.fixtures.users[who])!,
      now: NOW,
    })
  const row = (rows: ComplianceRow[], id: string) => {
    const found = rows.find((r) => r.id === id)
    expect(found, `no line ${id} in ${rows.map((r) => r.id).join(', ')}`).toBeDefined()
    return found!
  }

  beforeAll(async () => {
    const { payload, fixtures } = ctx()
    // A procedure in force whose source does not state who it is for, nor its steps.
    await payload.create({
      collection: 'procedures',
      data: fixtures.complete('1.000100', 'Thủ tục thiếu thông tin', {
        subjects: [],
        subjectsGap: { kind: 'unknown', source: 'Cơ sở dữ liệu quốc gia' },
        steps: null,
        stepsGap: { kind: 'unknown', source: 'Cơ sở dữ liệu quốc gia' },
      }),
    })
    // Town A applies marriage registration, which is then abolished.
    await payload.create({
      collection: 'applied-procedures',
      data: {
        locality: fixtures.localities.townA.id,
        procedure: fixtures.procedures.marriage.id,
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'procedures',
      id: fixtures.procedures.marriage.id,
      data: { validity: 'abolished', _status: 'published' },
    })
    // A decision in force since 29/11 (Hà Nội), and one taking effect next week.
    for (const [number, effective] of [
      ['1/QĐ-UBND', '2026-11-28T17:00:00.000Z'],
      ['2/QĐ-UBND', '2026-12-08T17:00:00.000Z'],
    ] as const)
      await payload.create({
        collection: 'decisions',
        data: {
          number,
          kind: 'announcement',
          title: `Quyết định ${number}`,
          issuer: 'Chủ tịch UBND tỉnh',
          locality: fixtures.localities.province.id,
          signedDate: '2026-11-20T17:00:00.000Z',
          effectiveDate: effective,
          _status: 'published',
        } as never,
      })
    // Town A's quality document in force whose review date passed yesterday; Xã B's is due in 10 days.
    for (const [locality, code, next] of [
      [fixtures.localities.townA.id, 'QT-01', new Date(NOW.getTime() - DAY)],
      [fixtures.localities.communeB.id, 'QT-02', new Date(NOW.getTime() + 10 * DAY)],
    ] as const) {
      const doc = await payload.create({
        collection: 'quality-documents',
        data: { code, docType: 'work-instruction', title: `Quy trình ${code}`, locality } as never,
      })
      // The state the workflow gives an issued document, set directly: this test is about counting it.
      await payload.db.updateOne({
        collection: 'quality-documents',
        id: doc.id,
        data: { documentStatus: 'effective', nextReviewDate: next.toISOString() },
        returning: false,
      })
    }
    legalRows = await report(ctx(), 'legal')
    officerRows = await report(ctx(), 'officerA')
  })

  it('counts, per part, the procedures in force whose source does not state it', () => {
    expect(row(legalRows, 'procedures.unknown.subjects').count).toBe(1)
    expect(row(legalRows, 'procedures.unknown.steps').count).toBe(1)
    expect(row(legalRows, 'procedures.unknown').count).toBe(1)
    // Parts no procedure lacks get no line of their own; the total line is always there.
    expect(legalRows.some((r) => r.id === 'procedures.unknown.fees')).toBe(false)
    expect(row(legalRows, 'procedures.missing').count).toBe(0)
  })

  it('counts procedures in force whose dossier names a form with no form file attached', async () => {
    const { payload, fixtures } = ctx()
    // Every fixture's dossier asks for "Tờ khai (theo mẫu)" without a file: the four in force.
    expect(row(legalRows, 'procedures.forms-not-attached').count).toBe(4)
    const pdf = MINIMAL_PDF
    const form = await payload.create({
      collection: 'media',
      data: { title: 'Tờ khai đăng ký khai sinh' } as never,
      file: {
        data: pdf,
        mimetype: 'application/pdf',
        name: 'to-khai-khai-sinh.pdf',
        size: pdf.length,
      },
    })
    const birth = fixtures.procedures.birth
    await payload.update({
      collection: 'procedures',
      id: birth.id,
      data: {
        dossierCases: birth.dossierCases!.map((c) => ({
          ...c,
          components: c.components!.map((component) => ({ ...component, form: form.id })),
        })),
        _status: 'published',
      },
    })
    const after = await report(ctx(), 'legal')
    expect(row(after, 'procedures.forms-not-attached').count).toBe(3)
  })

  it('counts applied procedures whose master was abolished, for the province and the locality only', async () => {
    expect(row(legalRows, 'applied.abolished-master').count).toBe(1)
    expect(row(officerRows, 'applied.abolished-master').count).toBe(1)
    expect(row(await report(ctx(), 'officerB'), 'applied.abolished-master').count).toBe(0)
  })

  it('counts decisions in force that no release carries, and how late the oldest is', () => {
    const line = row(legalRows, 'public.decisions-not-posted')
    expect(line.label).toContain('chưa xuất bản lần nào')
    expect(line.count).toBe(1)
    expect(line.note).toBe('Chậm nhất: 3 ngày sau ngày có hiệu lực 29/11/2026')
  })

  it('compares approved content with the live release', async () => {
    const { payload } = ctx()
    const before = row(legalRows, 'public.procedures-not-released').count
    expect(before).toBeGreaterThan(0)
    // A province release went live now: nothing approved is newer than it.
    await payload.create({
      collection: 'releases',
      data: {
        action: 'publish',
        state: 'live',
        scope: 'province',
        releaseId: 'kiem-thu-khong-co-thu-muc',
        liveAt: new Date().toISOString(),
      } as never,
    })
    const after = await report(ctx(), 'legal')
    expect(row(after, 'public.procedures-not-released').count).toBe(0)
    expect(row(after, 'public.applied-not-released').count).toBe(0)
    // Its content day is today (Vietnam): the decision in force since 29/11 counts as carried.
    expect(row(after, 'public.decisions-not-posted').label).not.toContain('chưa xuất bản')
  })

  it('counts publishes that failed after the live release, the midnight one included, for province staff', async () => {
    const { payload } = ctx()
    // Runs after the live release above: a failure before it is history, not a pending problem.
    const failed = (error: string) =>
      payload.create({
        collection: 'releases',
        data: { action: 'publish', state: 'failed', scope: 'province', error } as never,
      })
    expect(row(await report(ctx(), 'legal'), 'public.failed-publishes').count).toBe(0)
    await failed('Build thất bại: thiếu tệp mẫu.')
    const rows = await report(ctx(), 'legal')
    expect(row(rows, 'public.failed-publishes').count).toBe(1)
    expect(row(rows, 'public.failed-publishes').label).toContain('00:00')
    expect((await report(ctx(), 'officerA')).some((r) => r.id === 'public.failed-publishes')).toBe(
      false,
    )
  })

  it('counts quality documents past or near their review date, each locality its own', async () => {
    expect(row(legalRows, 'iso.review-overdue').count).toBe(1)
    expect(row(legalRows, 'iso.review-soon').count).toBe(1)
    expect(row(officerRows, 'iso.review-overdue').count).toBe(1)
    expect(row(officerRows, 'iso.review-soon').count).toBe(0)
  })

  it('shows each locality in existence with its applied procedures against the list of its tier', () => {
    const { fixtures } = ctx()
    const perLocality = legalRows.filter((r) => r.id.startsWith('localities.applied.'))
    expect(perLocality.map((r) => r.label)).toEqual(['Thị trấn A', 'Xã B'])
    const townA = row(legalRows, `localities.applied.${fixtures.localities.townA.id}`)
    expect(townA.count).toBe(2)
    // Birth registration and the procedure missing information: the published commune-level
    // masters in force (marriage registration was abolished).
    expect(townA.note).toBe('trên 2 thủ tục cấp xã của tỉnh')
    // Xã B's only applied procedure is a draft: not applied yet.
    expect(row(legalRows, `localities.applied.${fixtures.localities.communeB.id}`).count).toBe(0)
  })

  it("keeps the province's lines and other localities out of a locality officer's overview", () => {
    const { fixtures } = ctx()
    expect(officerRows.some((r) => r.id.startsWith('procedures.'))).toBe(false)
    expect(officerRows.some((r) => r.label === 'Xã B')).toBe(false)
    expect(row(officerRows, `localities.applied.${fixtures.localities.townA.id}`).count).toBe(2)
  })

  it('links every count to an admin list holding exactly what it counts', async () => {
    const { payload } = ctx()
    // Read now: earlier tests changed the data since the overview above was taken.
    const lines = [...(await report(ctx(), 'legal')), ...(await report(ctx(), 'officerA'))]
    for (const line of lines.filter((r) => r.href)) {
      const [pathname, search] = line.href!.split('?')
      const collection = pathname!.split('/').at(-1) as never
      const { where } = qs.parse(search!) as { where: Where }
      const { totalDocs } = await payload.count({ collection, where })
      expect(totalDocs, line.id).toBe(line.count)
    }
  })

  it('exports the reader’s overview as XLSX over REST, and refuses anonymous callers', async () => {
    const { rest, fixtures } = ctx()
    expect((await rest.request('GET', '/compliance/xlsx')).status).toBe(401)
    const token = await rest.login(fixtures.users.officerA.email, PASSWORD)
    const response = await rest.request('GET', '/compliance/xlsx', { token })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('spreadsheetml')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(await response.arrayBuffer())
    const sheet = workbook.getWorksheet('Tổng quan tuân thủ')!
    const cells = sheet
      .getSheetValues()
      .flatMap((values) => (Array.isArray(values) ? values.map(String) : []))
    expect(cells).toContain('Thị trấn A')
    expect(cells).not.toContain('Xã B')
    expect(cells).toContain('Tài liệu đang hiệu lực đã quá hạn rà soát')
  })
})
