/**
 * Whether the person planning a set may write each document it would write. The write is judged by
 * each collection's own create or update rule on the document as it will be saved
 * (cms/access/finalDocument.ts); the dry run asks the same rules first, so an officer learns per
 * record, before submitting, what the write would refuse, rather than "nằm ngoài phạm vi được giao
 * cho bạn" for the whole set at the end.
 */
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { whereMismatches } from '../../access/where'
import type { Locality } from '../../payload-types'
import type { ImportIssue } from '../report'
import type { ApplicationWork, DecisionWork, KeyIndex, ProcedureWork } from './plan'
import type { ServiceResultWork } from './planServiceResults'
import type { PlanItem } from './types'

/** A document the set would write, as much of it as the access rules read. */
export interface PlannedWrite {
  item: PlanItem
  /** the procedure code the issue names */
  code: string | null
  /** the field and value the issue points at (the source's locality code for an applied procedure) */
  field: string
  value: string | null
  doc: Record<string, unknown>
}

/** The documents a plan writes, with the fields their access rules read. */
export function plannedWrites({
  procedures,
  applications,
  decisions,
  serviceResults = [],
  index,
  provinceID,
}: {
  procedures: ProcedureWork[]
  applications: ApplicationWork[]
  decisions: DecisionWork[]
  serviceResults?: ServiceResultWork[]
  index: KeyIndex
  provinceID: string | null
}): PlannedWrite[] {
  return [
    ...procedures.map(({ item, record }) => ({
      item,
      code: record.code,
      field: 'code',
      value: record.code,
      doc: { code: record.code, _status: 'draft' },
    })),
    ...applications.map(({ item, record }) => ({
      item,
      code: record.procedure,
      field: 'locality',
      value: record.locality,
      doc: {
        locality: index.localities.get(record.locality) ?? null,
        procedure: index.procedures.get(record.procedure) ?? null,
        _status: 'draft',
      },
    })),
    ...decisions.map(({ item, record }) => ({
      item,
      code: null,
      field: 'number',
      value: record.number,
      doc: { number: record.number, kind: 'announcement', locality: provinceID, _status: 'draft' },
    })),
    ...serviceResults.map(({ item, data, record }) => ({
      item,
      code: null,
      field: 'Mã đơn vị hành chính',
      value: record.locality,
      doc: { locality: data.locality, _status: 'draft' },
    })),
  ]
}

/** Why a write is refused, in the officer's terms. */
function refusal(collection: CollectionSlug, doc: Record<string, unknown>, place: string | null) {
  switch (collection) {
    case 'applied-procedures':
      return `Bạn không có quyền ghi thủ tục áp dụng tại ${place ?? 'địa phương này'}: chỉ cán bộ của địa phương đó (hoặc quản trị viên) ghi được. Hãy bỏ dòng này khỏi tệp và để địa phương nhập bằng mẫu nhập của mình.`
    case 'decisions':
      return doc.kind === 'announcement'
        ? 'Bạn không có quyền ghi quyết định công bố của tỉnh: chỉ cán bộ pháp chế tỉnh ghi được.'
        : `Bạn không có quyền ghi quyết định của ${place ?? 'địa phương này'}.`
    case 'service-results':
      return `Bạn không có quyền ghi kết quả giải quyết hồ sơ của ${place ?? 'địa phương này'}: chỉ cán bộ của địa phương đó (hoặc quản trị viên) ghi được.`
    case 'procedures':
      return 'Bạn không có quyền ghi danh mục thủ tục của tỉnh: chỉ cán bộ pháp chế tỉnh ghi được.'
    default:
      return 'Bạn không có quyền ghi mục này.'
  }
}

/**
 * One error per planned write the user's create (new item) or update (changed item) rule refuses.
 * A request without a user is trusted server code, as for the write itself: nothing is judged.
 */
export async function refusedWrites(
  req: PayloadRequest | undefined,
  writes: PlannedWrite[],
  localities: Locality[],
): Promise<ImportIssue[]> {
  if (!req?.user) return []
  const names = new Map(localities.map((l) => [String(l.id), l.name]))
  const issues: ImportIssue[] = []
  for (const write of writes) {
    const { collection, status, id } = write.item
    const access = req.payload.collections[collection].config.access
    const rule = status === 'new' ? access.create : access.update
    const result = (await rule({ req, data: write.doc, id: id ?? undefined })) as boolean | Where
    const allowed =
      result === true ||
      (typeof result === 'object' &&
        result !== null &&
        whereMismatches(write.doc, result).length === 0)
    if (allowed) continue
    issues.push({
      file: write.item.file ?? '',
      record: null,
      row: null,
      code: write.code,
      field: write.field,
      value: write.value,
      message: refusal(collection, write.doc, names.get(String(write.doc.locality)) ?? null),
      severity: 'error',
    })
  }
  return issues
}
