import { expect, it, vi } from 'vitest'

import { DEMO_PASSWORD, demoUsers } from '../../scripts/seed/demoUsers'
import { seedDemo } from '../../scripts/seed/seedDemo'
import { describeEachAdapter } from '../helpers/payload'

// Loading the whole demo through the Local API takes tens of seconds, more on a busy machine.
vi.setConfig({ testTimeout: 240_000 })

/**
 * The demo catalogue goes through every collection rule (codes, required parts, levels, committed
 * times), so loading it is itself a check of the data; then the facts a new user would look for.
 */
describeEachAdapter(
  'demo catalogue',
  (ctx) => {
    it('loads through the Local API with every rule applied', async () => {
      const { payload } = ctx()
      const report = await seedDemo(payload)
      // Into an empty database, the loaders only create: nothing is written twice.
      expect(Object.values(report).every((c) => c.updated === 0)).toBe(true)
      const procedures = await payload.find({
        collection: 'procedures',
        limit: 0,
        pagination: false,
        depth: 0,
      })
      expect(procedures.docs.length).toBeGreaterThanOrEqual(60)
      const sectors = new Set(procedures.docs.map((p) => p.sector))
      expect(sectors.size).toBeGreaterThanOrEqual(6)
      expect(procedures.docs.every((p) => p._status === 'published')).toBe(true)
    })

    it('has the town of Điện Biên Đông applying 45 procedures, with its shorter commitments', async () => {
      const { payload } = ctx()
      const {
        docs: [town],
      } = await payload.find({
        collection: 'localities',
        where: { slug: { equals: 'thi-tran-dien-bien-dong' } },
      })
      expect(town.tier).toBe('commune')
      const applied = await payload.find({
        collection: 'applied-procedures',
        where: { locality: { equals: town.id } },
        limit: 0,
        pagination: false,
        depth: 1,
      })
      expect(applied.totalDocs).toBe(45)
      expect(applied.docs.some((a) => a.committedTime?.value === 1)).toBe(true)
      const others = await payload.find({
        collection: 'applied-procedures',
        where: { locality: { not_equals: town.id } },
        limit: 0,
        depth: 0,
      })
      expect(others.totalDocs).toBeGreaterThan(0)
    })

    it('announces procedures by a published decision', async () => {
      const { payload } = ctx()
      const decisions = await payload.find({
        collection: 'decisions',
        where: { kind: { equals: 'announcement' } },
        overrideAccess: false,
      })
      expect(decisions.totalDocs).toBeGreaterThanOrEqual(1)
      expect(decisions.docs[0].entries?.length).toBeGreaterThanOrEqual(10)
      expect(new Set(decisions.docs[0].entries?.map((e) => e.change))).toContain('abolished')
    })

    it("has the town's issued ISO documents in the register, and the reviews they are due for", async () => {
      const { payload } = ctx()
      const docs = await payload.find({ collection: 'quality-documents', sort: 'code', depth: 0 })
      expect(
        docs.docs.map((d) => [d.code, d.issueNumber, d.documentStatus, d.workflow?.state]),
      ).toEqual([
        ['CSCL-01', 1, 'effective', 'published'],
        ['QT-CT-03', 1, 'effective', 'published'],
      ])
      const issues = await payload.find({ collection: 'quality-document-issues', depth: 0 })
      expect(issues.docs.map((i) => i.issueStatus)).toEqual(['effective', 'effective'])
      // QT-CT-03 was issued on 06/01/2025 with a 12-month review: overdue since 06/01/2026.
      const tasks = await payload.find({
        collection: 'review-tasks',
        where: { title: { like: 'QT-CT-03' } },
        depth: 0,
      })
      expect(tasks.docs.map((t) => [t.state, t.localityName])).toEqual([
        ['overdue', 'Thị trấn Điện Biên Đông'],
      ])
    })

    it('has one working account per role, and the town officer edits only the town', async () => {
      const { payload, rest } = ctx()
      for (const user of demoUsers) await rest.login(user.email, DEMO_PASSWORD)
      const token = await rest.login('canbo.dienbiendong@demo.gov.vn', DEMO_PASSWORD)
      const {
        docs: [ward],
      } = await payload.find({
        collection: 'localities',
        where: { slug: { not_equals: 'thi-tran-dien-bien-dong' }, tier: { equals: 'commune' } },
        limit: 1,
      })
      const wardApplied = await payload.find({
        collection: 'applied-procedures',
        where: { locality: { equals: ward.id } },
        limit: 1,
      })
      const refused = await rest.request('PATCH', `/applied-procedures/${wardApplied.docs[0].id}`, {
        token,
        body: { localNotes: 'x' },
      })
      expect([403, 404]).toContain(refused.status)
      const {
        docs: [town],
      } = await payload.find({
        collection: 'localities',
        where: { slug: { equals: 'thi-tran-dien-bien-dong' } },
      })
      const own = await payload.find({
        collection: 'applied-procedures',
        where: { locality: { equals: town.id } },
        limit: 1,
      })
      // The town's units, and who works in which: the auditor audits others than their own.
      const units = await payload.find({
        collection: 'units',
        where: { locality: { equals: town.id } },
        sort: 'name',
        depth: 0,
      })
      expect(units.docs.map((u) => u.name)).toContain('Bộ phận Một cửa')
      const unitOf = async (email: string) =>
        (await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 1 }))
          .docs[0].unit
      expect(await unitOf('canbo.dienbiendong@demo.gov.vn')).toMatchObject({
        name: 'Tư pháp – Hộ tịch',
      })
      expect(await unitOf('danhgia.dienbiendong@demo.gov.vn')).toMatchObject({
        name: 'Văn phòng – Thống kê',
      })
      // An audit planned under the town's approved programme, led by the auditor.
      const audits = await payload.find({ collection: 'internal-audits', depth: 0 })
      expect(audits.docs.map((a) => [a.code, a.state, a.teamNames])).toEqual([
        ['ĐGNB-2026-01', 'planned', 'Trưởng đoàn: Quàng Thị Đánh'],
      ])
      const accepted = await rest.request('PATCH', `/applied-procedures/${own.docs[0].id}`, {
        token,
        body: { localNotes: 'Tiếp nhận cả sáng thứ Bảy' },
      })
      expect(accepted.status).toBe(200)
    })
  },
  { withFixtures: false },
)
