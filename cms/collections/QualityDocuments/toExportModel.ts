import type { Payload, PayloadRequest } from 'payload'

import { vietnamDay } from '../../lib/dates'
import { isDissolved } from '../Localities/active'
import { idOf } from '../../lib/idOf'
import { lexicalToBlocks } from '../../lib/lexical'
import type { QualityDocument, User } from '../../payload-types'
import { formatProcessingTime } from '../../../content-schemas/processingTime'
import { reasonCitingActions } from '../CorrectiveActions/rules'
import type { QualityDocumentExport, Signatory } from './docx/model'
import { formatWorkingHours, totalWorkingHours } from './internalProcess'
import { processTimeLimit } from './overTimeLimit'
import { documentStatusLabels, documentTypeLabels } from './types'

const isoDay = (value: string | null | undefined) => (value ? vietnamDay(value) : null)

/**
 * A signer of the document. The relation is populated only when the reader may read that account
 * (staff read their own only), so an ID is looked up: the names belong on every copy, whoever exports it.
 */
export async function signatory(
  payload: Payload,
  req: PayloadRequest,
  user: unknown,
  date: string | null | undefined,
): Promise<Signatory | null> {
  const person =
    user && typeof user === 'object'
      ? (user as User)
      : user
        ? await payload
            .findByID({
              collection: 'users',
              id: String(user),
              depth: 0,
              overrideAccess: true,
              req,
            })
            .catch(() => null)
        : null
  return person ? { name: person.name, title: person.position ?? null, date: isoDay(date) } : null
}

/**
 * The issuing body, upper-cased as on a letterhead: the superior unit, then the owner. The superior
 * is the one in existence today: a commune whose district was dissolved (1 July 2025) answers to
 * the province, so its letterhead names the province, not the dissolved district.
 */
export async function issuingBody(
  payload: Payload,
  req: PayloadRequest,
  doc: Pick<QualityDocument, 'locality'>,
): Promise<string[]> {
  const locality = typeof doc.locality === 'object' ? doc.locality : null
  if (!locality) return ['ỦY BAN NHÂN DÂN TỈNH']
  const owner = `ỦY BAN NHÂN DÂN ${locality.name.toUpperCase()}`
  let parentID = idOf(locality.parent)
  // A few levels at most (district, province); the bound guards against a loop in the data.
  for (let level = 0; parentID && level < 5; level++) {
    const parent = await payload
      .findByID({ collection: 'localities', id: parentID, depth: 0, overrideAccess: true, req })
      .catch(() => null)
    if (!parent) break
    // The superior body is abbreviated on the letterhead's first line, as offices write it.
    if (!isDissolved(parent)) return [`UBND ${parent.name.toUpperCase()}`, owner]
    parentID = idOf(parent.parent)
  }
  return [owner]
}

/**
 * Reads what the DOCX needs from a document read at depth 1 (users, procedures, locality
 * populated). `asIssue` exports the version that was issue n; the revision table always lists every
 * issue up to the one exported.
 */
export async function toExportModel(
  req: PayloadRequest,
  doc: QualityDocument,
  { current }: { current: boolean },
): Promise<QualityDocumentExport> {
  const { payload } = req
  const issues = await payload.find({
    collection: 'quality-document-issues',
    where: { document: { equals: doc.id } },
    sort: 'issueNumber',
    depth: 0,
    limit: 500,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // The codes of the corrective actions each issue carried out, cited in its reason.
  const actionIDs = issues.docs.flatMap((issue) => (issue.correctiveActions ?? []).map(idOf))
  const actionCodes = new Map<string, string>()
  if (actionIDs.length) {
    const { docs } = await payload.find({
      collection: 'corrective-actions',
      where: { id: { in: actionIDs.filter(Boolean) } },
      select: { code: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const action of docs) if (action.code) actionCodes.set(String(action.id), action.code)
  }
  const workflow = doc.workflow ?? {}
  const steps = (doc.steps ?? []).map((step, index) => ({
    order: index + 1,
    task: step.task,
    responsible: step.responsible,
    time: formatProcessingTime({
      value: step.timeValue,
      unit: step.timeUnit === 'working-day' ? 'working-day' : 'hour',
    }),
    form: step.form ?? null,
  }))
  let timeLimit: string | null = null
  const appliedID = idOf(doc.appliedProcedure)
  if (appliedID) {
    // The limit in force, read as the save checks it (a populated master carries its card only).
    const limit = (await processTimeLimit(req, appliedID, { draft: false }))?.limit
    if (limit) timeLimit = `${formatProcessingTime(limit.time)} (${limit.source})`
  }
  const status = doc.documentStatus ?? 'draft'
  const isCurrent = current && status === 'effective'
  return {
    code: doc.code,
    title: doc.title,
    typeLabel: documentTypeLabels[doc.docType].vi,
    issueNumber: doc.issueNumber ?? (issues.docs.at(-1)?.issueNumber ?? 0) + 1,
    issueDate: isoDay(doc.issueDate),
    effectiveDate: isoDay(doc.effectiveDate),
    issuingBody: await issuingBody(payload, req, doc),
    statusLabel: isCurrent
      ? documentStatusLabels.effective.vi
      : status === 'effective'
        ? documentStatusLabels.superseded.vi
        : `${documentStatusLabels[status].vi} – không có giá trị sử dụng`,
    isCurrentIssue: isCurrent,
    preparedBy: await signatory(payload, req, (workflow.authors ?? [])[0], workflow.submittedAt),
    reviewedBy: await signatory(payload, req, workflow.reviewedBy, workflow.reviewedAt),
    approvedBy: await signatory(payload, req, workflow.approvedBy, workflow.approvedAt),
    procedures: (doc.procedures ?? []).flatMap((p) =>
      typeof p === 'object' ? [{ code: p.code, name: p.name }] : [],
    ),
    sections: {
      purpose: lexicalToBlocks(doc.purpose),
      scope: lexicalToBlocks(doc.scope),
      references: lexicalToBlocks(doc.references),
      definitions: lexicalToBlocks(doc.definitions),
      content: lexicalToBlocks(doc.content),
    },
    steps,
    totalTime: steps.length ? formatWorkingHours(totalWorkingHours(doc.steps ?? [])) : null,
    timeLimit,
    forms: (doc.forms ?? []).map((f) => ({ code: f.code ?? null, title: f.title })),
    records: (doc.records ?? []).map((r) => ({
      record: r.record,
      keeper: r.keeper,
      retention: r.retention,
      storage: r.storage ?? '',
    })),
    revisions: issues.docs
      .filter((issue) => doc.issueNumber == null || issue.issueNumber <= doc.issueNumber)
      .map((issue) => ({
        date: isoDay(issue.issueDate),
        issueNumber: issue.issueNumber,
        change: issue.change ?? '',
        reason: reasonCitingActions(
          issue.reason ?? '',
          (issue.correctiveActions ?? []).flatMap((a) => actionCodes.get(String(idOf(a))) ?? []),
        ),
      })),
  }
}
