import {
  auditProgrammes,
  internalAudits,
  type SeedAuditProgramme,
  type SeedInternalAudit,
} from '../data/internal-audits'
import { day, type Keys } from './keys'
import { upsert, type Loader } from './upsert'

/**
 * The demo's internal audit programmes, approved as the workflow would have left them, and the
 * audits planned under them; found again by locality and year, and by code.
 */
export async function loadInternalAudits(
  loader: Loader,
  keys: Keys,
  programmes: SeedAuditProgramme[] = auditProgrammes,
  audits: SeedInternalAudit[] = internalAudits,
): Promise<void> {
  const unit = (locality: string, name: string) =>
    keys.need('unit', `${locality}/${name}`, 'bộ phận')
  const person = (email: string) => keys.need('user', email, 'tài khoản')
  for (const p of programmes) {
    const locality = keys.need('locality', p.locality, 'địa phương')
    const at = day(p.approvedOn)
    const id = await upsert(
      loader,
      'audit-programmes',
      { and: [{ locality: { equals: locality } }, { year: { equals: p.year } }] },
      {
        locality,
        year: p.year,
        purpose: p.purpose,
        criteria: p.criteria,
        plannedAudits: p.plannedAudits.map((a) => ({
          month: a.month,
          units: a.units.map((name) => unit(p.locality, name)),
          scope: a.scope,
        })),
        workflow: {
          state: 'published',
          changeReason: `Chương trình đánh giá nội bộ năm ${p.year}`,
          authors: [person(p.preparedBy)],
          submittedBy: person(p.preparedBy),
          submittedAt: at,
          approvedBy: person(p.approvedBy),
          approvedAt: at,
          publishedBy: person(p.approvedBy),
          publishedAt: at,
        },
        _status: 'published',
      },
    )
    keys.set('audit-programme', `${p.locality}/${p.year}`, id)
  }
  for (const a of audits) {
    const { docs: documents } = await loader.payload.find({
      collection: 'quality-documents',
      where: { code: { in: a.documents } },
      depth: 0,
      limit: 0,
      pagination: false,
      req: loader.req,
    })
    await upsert(
      loader,
      'internal-audits',
      { code: { equals: a.code } },
      {
        code: a.code,
        programme: keys.need('audit-programme', `${a.locality}/${a.year}`, 'chương trình đánh giá'),
        plannedDate: day(a.plannedDate),
        scopeUnits: a.units.map((name) => unit(a.locality, name)),
        scopeDocuments: a.documents.map((code) => {
          const doc = documents.find((d) => d.code === code)
          if (!doc) throw new Error(`Dữ liệu mẫu tham chiếu tài liệu ISO "${code}" không tồn tại.`)
          return doc.id
        }),
        scopeNote: a.scopeNote,
        leadAuditor: person(a.leadAuditor),
      },
    )
  }
}
