import type { CollectionAfterChangeHook } from 'payload'

import { vietnamDay } from '../../lib/dates'
import type { AuditFinding } from '../../payload-types'
import { idOf } from '../../lib/idOf'

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idOf).filter((id): id is string => id !== null) : []

/**
 * A nonconformity found by an internal audit (TCVN ISO 9001:2015, 9.2.2, 10.2) opens its record in
 * the register of nonconformities at once: the finding is the evidence, the nonconformity the work
 * of correcting it, with its cause and actions (cms/collections/Nonconformities). Once per finding,
 * when it is recorded as one or changed into one while the audit runs; written in the finding's
 * transaction and as the auditor, who is recorded as having reported it.
 */
export const openNonconformityOfFinding: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (doc.type !== 'nonconformity') return doc
  const finding = doc as AuditFinding
  if (operation === 'update' && previousDoc?.type === 'nonconformity') return doc
  const opened = await req.payload.count({
    collection: 'nonconformities',
    where: { auditFinding: { equals: finding.id } },
    overrideAccess: true,
    req,
  })
  if (opened.totalDocs > 0) return doc
  const audit = await req.payload.findByID({
    collection: 'internal-audits',
    id: idOf(finding.audit)!,
    depth: 0,
    overrideAccess: true,
    req,
  })
  await req.payload.create({
    collection: 'nonconformities',
    data: {
      locality: idOf(audit.locality)!,
      state: 'open',
      source: 'internal-audit',
      auditFinding: finding.id,
      sourceReference: `Đánh giá nội bộ ${audit.code}, điều khoản ${finding.clause}`,
      detectedOn: vietnamDay(finding.createdAt ?? new Date()),
      description: finding.evidence
        ? `${finding.description}\nBằng chứng: ${finding.evidence}`
        : finding.description,
      documents: ids(finding.documents),
      appliedProcedures: ids(finding.procedures),
    },
    overrideAccess: true,
    req,
  })
  return doc
}
