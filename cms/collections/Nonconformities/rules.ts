/**
 * Pure rules of nonconformities (ISO 9001 clause 10.2): when one may be closed, and by whom.
 */
import type { ActionState } from '../CorrectiveActions/rules'

export const NONCONFORMITY_STATES = ['open', 'actions-planned', 'closed'] as const
export type NonconformityState = (typeof NONCONFORMITY_STATES)[number]

export const nonconformityStateLabels: Record<NonconformityState, { vi: string; en: string }> = {
  open: { vi: 'Mới ghi nhận', en: 'Open' },
  'actions-planned': { vi: 'Đã có hành động khắc phục', en: 'Actions planned' },
  closed: { vi: 'Đã đóng', en: 'Closed' },
}

/** Where a nonconformity came from. Audit findings and management reviews link here later. */
export const NONCONFORMITY_SOURCES = [
  'internal-audit',
  'late-dossier',
  'complaint',
  'document-review',
  'management-review',
  'other',
] as const
export type NonconformitySource = (typeof NONCONFORMITY_SOURCES)[number]

export const sourceLabels: Record<NonconformitySource, { vi: string; en: string }> = {
  'internal-audit': { vi: 'Đánh giá nội bộ', en: 'Internal audit' },
  'late-dossier': { vi: 'Hồ sơ trễ hạn', en: 'Late dossier' },
  complaint: { vi: 'Phản ánh, kiến nghị của người dân', en: 'Citizen complaint' },
  'document-review': { vi: 'Rà soát tài liệu', en: 'Document review' },
  'management-review': { vi: 'Xem xét của lãnh đạo', en: 'Management review' },
  other: { vi: 'Khác', en: 'Other' },
}

export interface Refusal {
  /** 409: not yet (or no longer) possible; 403: never by this person. */
  status: 403 | 409
  message: string
}

/**
 * Why `userID` may not close the nonconformity, or null. It needs at least one corrective action,
 * every one of them verified effective, and a closer who owns none of them (the owners would be
 * judging their own work).
 */
export function closeRefusal(
  nc: { code: string; state: NonconformityState },
  actions: readonly {
    code: string
    state: ActionState
    ownerID: string | null
    doneByID?: string | null
  }[],
  userID: string,
): Refusal | null {
  if (nc.state === 'closed')
    return { status: 409, message: `Sự không phù hợp ${nc.code} đã được đóng trước đó.` }
  if (actions.length === 0)
    return { status: 409, message: `Chưa thể đóng ${nc.code}: chưa có hành động khắc phục nào.` }
  const pending = actions.filter((a) => a.state !== 'effective').map((a) => a.code)
  if (pending.length)
    return {
      status: 409,
      message: `Chưa thể đóng ${nc.code}: hành động khắc phục ${pending.join(', ')} chưa được kiểm tra là có hiệu lực.`,
    }
  const own = actions
    .filter((a) => a.ownerID === userID || a.doneByID === userID)
    .map((a) => a.code)
  if (own.length)
    return {
      status: 403,
      message: `Bạn là người thực hiện hành động ${own.join(', ')} nên không thể đóng ${nc.code}: việc đóng phải do người khác thực hiện.`,
    }
  return null
}
