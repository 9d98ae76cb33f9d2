import { expect, it, vi } from 'vitest'

import { procedures } from '../../scripts/seed/data/procedures'
import { sectors } from '../../scripts/seed/data/sectors'
import { holds, runLoaders } from '../../scripts/seed/loaders'
import { loadProcedures } from '../../scripts/seed/loaders/catalogue'
import { Keys } from '../../scripts/seed/loaders/keys'
import { reportOf } from '../../scripts/seed/loaders/upsert'
import { inSystemTransaction } from '../../cms/lib/transaction'
import { seedDemo } from '../../scripts/seed/seedDemo'
import { DEMO_PASSWORD } from '../../scripts/seed/demoUsers'
import { describeEachAdapter } from '../helpers/payload'

// Going through the whole demo again takes tens of seconds, more on a busy machine.
vi.setConfig({ testTimeout: 240_000 })

it('compares only the values a loader sets', () => {
  expect(holds({ a: 1, id: 'x', extra: true }, { a: 1 })).toBe(true)
  expect(holds([{ id: 'r1', n: 'a' }], [{ n: 'a' }])).toBe(true)
  expect(holds([{ n: 'a' }, { n: 'b' }], [{ n: 'a' }])).toBe(false)
  expect(holds(null, undefined)).toBe(true)
  expect(holds('set', undefined)).toBe(false)
  expect(holds({ id: 'p1', name: 'populated' }, 'p1')).toBe(true)
})

describeEachAdapter(
  'demo loaders',
  (ctx) => {
    // The database is a copy of the run's demo as seedDemo loaded it into an empty database
    // (tests/helpers/demoDatabase.ts); that first load is checked in seed.test.ts.
    it('loads the demo, and loading it again changes nothing', async () => {
      const { payload } = ctx()
      const count = () => payload.count({ collection: 'procedures' }).then((r) => r.totalDocs)
      const before = await count()
      const versions = await payload.countVersions({ collection: 'procedures' })
      // The town's issued documents are to be read by its officers (ReadAcknowledgements), once.
      const reading = async () =>
        (
          await payload.find({
            collection: 'read-acknowledgements',
            where: { userName: { equals: 'Lò Văn Pháp' } },
            depth: 0,
            limit: 0,
          })
        ).docs.map((t) => [t.title.split(' – ')[0], t.state])
      const tasks = await reading()
      expect(tasks).toContainEqual(['QT-CT-03', 'open'])
      const second = await seedDemo(payload)
      expect(await reading()).toEqual(tasks)
      for (const [collection, c] of Object.entries(second)) {
        expect({ collection, created: c.created, updated: c.updated }).toEqual({
          collection,
          created: 0,
          updated: 0,
        })
      }
      expect(second.procedures.unchanged).toBe(procedures.length)
      expect(await count()).toBe(before)
      expect((await payload.countVersions({ collection: 'procedures' })).totalDocs).toBe(
        versions.totalDocs,
      )
    })

    it('updates a changed value in place, and only that document', async () => {
      const { payload } = ctx()
      const changed = procedures.map((p, i) =>
        i === 0 ? { ...p, name: `${p.name} (sửa đổi)` } : p,
      )
      const report = await inSystemTransaction(payload, async (req) => {
        const loader = { payload, req, outcomes: new Map() }
        const keys = new Keys()
        // The references a procedure needs, resolved from what is already loaded.
        for (const s of sectors)
          keys.set(
            'sector',
            s.slug,
            String(
              (
                await payload.find({
                  req,
                  collection: 'sectors',
                  where: { slug: { equals: s.slug } },
                })
              ).docs[0].id,
            ),
          )
        const lookups = await Promise.all([
          payload.find({ req, collection: 'agencies', pagination: false, depth: 0 }),
          payload.find({ req, collection: 'legal-documents', pagination: false, depth: 0 }),
          payload.find({ req, collection: 'media', pagination: false, depth: 0 }),
        ])
        const { agencies } = await import('../../scripts/seed/data/agencies')
        for (const a of agencies)
          keys.set('agency', a.key, String(lookups[0].docs.find((d) => d.name === a.name)!.id))
        for (const d of lookups[1].docs) keys.set('legal', d.number, String(d.id))
        const { forms } = await import('../../scripts/seed/data/forms')
        for (const f of forms)
          keys.set('form', f.file, String(lookups[2].docs.find((m) => m.title === f.title)!.id))
        await loadProcedures(loader, keys, changed)
        return reportOf(loader)
      })
      expect(report).toEqual({
        procedures: { created: 0, updated: 1, unchanged: changed.length - 1 },
      })
      const { docs } = await payload.find({
        collection: 'procedures',
        where: { code: { equals: procedures[0].code } },
        depth: 0,
      })
      expect(docs.map((d) => [d.name, d._status])).toEqual([
        [`${procedures[0].name} (sửa đổi)`, 'published'],
      ])
      // Running the unchanged demo puts it back, again in place.
      const restored = await seedDemo(payload)
      expect(restored.procedures).toMatchObject({ created: 0, updated: 1 })
    })

    it('runs as a job that records who loaded what, readable by officers and written by nobody', async () => {
      const { payload, rest } = ctx()
      const {
        docs: [admin],
      } = await payload.find({
        collection: 'users',
        where: { email: { equals: 'quantri@demo.gov.vn' } },
      })
      const job = await payload.jobs.queue({
        task: 'loadDemo',
        input: { requestedBy: String(admin.id) },
      })
      await payload.jobs.runByID({ id: job.id })
      const {
        docs: [run],
      } = await payload.find({ collection: 'data-loads', depth: 0, sort: '-startedAt', limit: 1 })
      expect(run).toMatchObject({ source: 'demo', outcome: 'succeeded', requestedBy: admin.id })
      const report = run.report as Record<
        string,
        { created: number; updated: number; unchanged: number }
      >
      expect(report.procedures).toEqual({ created: 0, updated: 0, unchanged: procedures.length })
      expect(run.summary).toContain('thủ tục hành chính: 0 mới, 0 cập nhật')

      const publisher = await rest.login('xuatban@demo.gov.vn', DEMO_PASSWORD)
      const read = await rest.request('GET', '/data-loads', { token: publisher })
      expect(read.status).toBe(200)
      expect(((await read.json()) as { totalDocs: number }).totalDocs).toBeGreaterThanOrEqual(1)
      const officer = await rest.login('canbo.dienbiendong@demo.gov.vn', DEMO_PASSWORD)
      const hidden = await rest.request('GET', `/data-loads/${run.id}`, { token: officer })
      expect([403, 404]).toContain(hidden.status)
      expect([401, 403]).toContain((await rest.request('GET', '/data-loads')).status)
      const root = await rest.login('quantri@demo.gov.vn', DEMO_PASSWORD)
      expect(
        (
          await rest.request('POST', '/data-loads', {
            token: root,
            body: { source: 'x', outcome: 'succeeded', startedAt: new Date().toISOString() },
          })
        ).status,
      ).toBe(403)
      expect(
        (
          await rest.request('PATCH', `/data-loads/${run.id}`, {
            token: root,
            body: { outcome: 'failed' },
          })
        ).status,
      ).toBe(403)
      expect((await rest.request('DELETE', `/data-loads/${run.id}`, { token: root })).status).toBe(
        403,
      )
      expect(
        (await payload.findByID({ collection: 'data-loads', id: run.id, depth: 0 })).outcome,
      ).toBe('succeeded')
    })

    it("runs on the caller's request too", async () => {
      const { payload } = ctx()
      const report = await inSystemTransaction(payload, (req) => runLoaders(payload, req))
      expect(Object.values(report).every((c) => c.created === 0 && c.updated === 0)).toBe(true)
    })
  },
  { demo: true },
)
