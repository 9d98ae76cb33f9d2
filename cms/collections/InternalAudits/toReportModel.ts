import type { PayloadRequest } from 'payload'

import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import type { InternalAudit } from '../../payload-types'
import { issuingBody, signatory } from '../QualityDocuments/toExportModel'
import type { AuditReportExport } from './docx/model'
import { auditorFacts } from './hooks'

const day = (value: string | null | undefined) => (value ? vietnamDay(value) : null)

const ids = (value: unknown): string[] =>
  (Array.isArray(value) ? value : []).map(idOf).filter((id): id is string => id !== null)

/**
 * Reads what the report needs for an audit the person may read (read at depth 0). Related records
 * are read by the system: the names and codes belong on every copy, whoever downloads it.
 */
export async function toReportModel(
  req: PayloadRequest,
  audit: InternalAudit,
): Promise<AuditReportExport> {
  const { payload } = req
  const read = { depth: 0, overrideAccess: true, req } as const
  const locality = await payload.findByID({
    collection: 'localities',
    id: idOf(audit.locality)!,
    ...read,
  })
  const programme = await payload.findByID({
    collection: 'audit-programmes',
    id: idOf(audit.programme)!,
    ...read,
  })
  const find = async <T>(
    collection: 'units' | 'quality-documents' | 'applied-procedures' | 'procedures',
    list: string[],
  ) =>
    list.length
      ? ((
          await payload.find({
            collection,
            where: { id: { in: list } },
            limit: 0,
            pagination: false,
            ...read,
          })
        ).docs as T[])
      : []
  const units = await find<{ name: string }>('units', ids(audit.scopeUnits))
  const documents = await find<{ code: string; title: string }>(
    'quality-documents',
    ids(audit.scopeDocuments),
  )
  /** Applied procedures as the national catalogue names them: code and name (the locality is the audit's). */
  const procedureLines = async (list: string[]) => {
    const applied = await find<{ procedure?: unknown }>('applied-procedures', list)
    const masters = await find<{ id: string; code: string; name: string }>(
      'procedures',
      applied.map((a) => idOf(a.procedure)).filter((id): id is string => id !== null),
    )
    return applied.flatMap((a) => {
      const master = masters.find((m) => String(m.id) === idOf(a.procedure))
      return master ? [{ code: master.code, line: `${master.code} – ${master.name}` }] : []
    })
  }
  const procedures = await procedureLines(ids(audit.scopeProcedures))
  const leadID = idOf(audit.leadAuditor)
  const team = await auditorFacts(req, [
    ...new Set([...(leadID ? [leadID] : []), ...ids(audit.auditors)]),
  ])
  const { docs: findings } = await payload.find({
    collection: 'audit-findings',
    where: { audit: { equals: audit.id } },
    sort: 'createdAt',
    limit: 0,
    pagination: false,
    ...read,
  })
  const referenced = async (finding: (typeof findings)[number]) => [
    ...(await find<{ code: string }>('quality-documents', ids(finding.documents))).map(
      (d) => d.code,
    ),
    ...(await procedureLines(ids(finding.procedures))).map((p) => p.code),
  ]
  const vi = new Intl.Collator('vi')
  return {
    issuingBody: await issuingBody(payload, req, { locality }),
    localityName: locality.name,
    code: audit.code,
    programmeTitle: programme.title ?? `Chương trình đánh giá nội bộ năm ${programme.year}`,
    criteria: programme.criteria ?? null,
    plannedDate: day(audit.plannedDate),
    actualDate: day(audit.actualDate),
    reportDate: audit.state === 'reported' ? day(audit.reportIssuedAt) : null,
    scope: {
      units: units.map((u) => u.name).sort(vi.compare),
      documents: documents
        .map((d) => ({ code: d.code, title: d.title }))
        .sort((a, b) => vi.compare(a.code, b.code)),
      procedures: procedures.map((p) => p.line).sort(vi.compare),
      note: audit.scopeNote ?? null,
    },
    team: team.map((a) => ({
      name: a.name,
      unit: a.unitName,
      role: a.id === leadID ? ('lead' as const) : ('member' as const),
    })),
    findings: await Promise.all(
      findings.map(async (f) => ({
        type: f.type,
        clause: f.clause,
        description: f.description,
        evidence: f.evidence ?? null,
        references: await referenced(f),
      })),
    ),
    conclusion: audit.conclusion ?? null,
    leadAuditor: leadID ? await signatory(payload, req, leadID, audit.reportIssuedAt) : null,
    // The system does not know who heads the locality: left blank to sign by hand.
    head: null,
  }
}
