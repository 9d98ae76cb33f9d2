/**
 * Pure rules of corrective actions (ISO 9001 clause 10.2): codes, overdue, and who may take each
 * step. Two people: the owner says what was done, someone else judges whether it worked.
 */

export const ACTION_STATES = ['open', 'done', 'effective'] as const
export type ActionState = (typeof ACTION_STATES)[number]

export const actionStateLabels: Record<ActionState, { vi: string; en: string }> = {
  open: { vi: 'Đang thực hiện', en: 'Open' },
  done: { vi: 'Đã thực hiện, chờ kiểm tra hiệu lực', en: 'Done, awaiting verification' },
  effective: { vi: 'Đã kiểm tra: có hiệu lực', en: 'Verified effective' },
}

export const VERIFICATION_RESULTS = ['effective', 'not-effective'] as const
export type VerificationResult = (typeof VERIFICATION_RESULTS)[number]

export const verificationResultLabels: Record<VerificationResult, { vi: string; en: string }> = {
  effective: { vi: 'Có hiệu lực', en: 'Effective' },
  'not-effective': { vi: 'Không có hiệu lực', en: 'Not effective' },
}

/** "KPH-2026-01", "HĐKP-2026-12": the prefix, the year and a sequence of at least two digits. */
export function yearlyCode(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(2, '0')}`
}

/**
 * Not done and its due date (a Vietnam calendar day "yyyy-mm-dd") before today: the day it is due
 * is still in time. An action with no known due date is not counted as overdue.
 */
export function isOverdue(
  action: { state: ActionState; dueDay: string | null },
  today: string,
): boolean {
  return action.state === 'open' && action.dueDay !== null && action.dueDay < today
}

export interface ActionFacts {
  code: string
  state: ActionState
  ownerID: string | null
  /** Who last marked it done (null when the document's new issue did). */
  doneByID?: string | null
}

/** Why `userID` may not mark the action done, or null. Only its owner may, and only while open. */
export function doneRefusal(action: ActionFacts, userID: string, note: string): string | null {
  if (action.ownerID !== userID)
    return `Chỉ người được giao thực hiện mới đánh dấu hành động ${action.code} là đã thực hiện.`
  if (action.state !== 'open')
    return `Hành động ${action.code} không còn ở trạng thái "${actionStateLabels.open.vi}".`
  if (!note.trim()) return 'Hãy ghi "Kết quả thực hiện": đã làm gì, khi nào.'
  return null
}

/**
 * Why `userID` may not verify the action, or null: never its owner, only once done, with a note,
 * and a not-effective verdict needs a new due date from today on (the action reopens with it).
 */
export function verifyRefusal(
  action: ActionFacts,
  userID: string,
  verdict: { result: string; note: string; newDueDay: string | null },
  today: string,
): string | null {
  if (action.ownerID === userID || action.doneByID === userID)
    return `Bạn là người thực hiện hành động ${action.code} nên không thể tự kiểm tra hiệu lực: việc này phải do người khác thực hiện.`
  if (action.state !== 'done')
    return `Chỉ kiểm tra hiệu lực khi hành động ${action.code} đã được thực hiện (trạng thái hiện tại: "${actionStateLabels[action.state].vi}").`
  if (!(VERIFICATION_RESULTS as readonly string[]).includes(verdict.result))
    return 'Hãy chọn kết quả kiểm tra: "Có hiệu lực" hoặc "Không có hiệu lực".'
  if (!verdict.note.trim()) return 'Hãy ghi "Nhận xét khi kiểm tra hiệu lực": căn cứ để kết luận.'
  if (verdict.result === 'not-effective') {
    if (!verdict.newDueDay)
      return 'Hành động không có hiệu lực sẽ được mở lại: hãy chọn "Hạn hoàn thành mới".'
    if (verdict.newDueDay < today) return '"Hạn hoàn thành mới" không được trước ngày hôm nay.'
  }
  return null
}

/** The reason a document's next issue is opened for: cites the action first. */
export function changeReasonFor(code: string, what: string): string {
  return `Hành động khắc phục ${code}: ${what.trim()}`
}

/**
 * The revision table's reason column: the register's reason, with the codes of the actions the
 * issue answers that it does not already cite (a reason edited by hand, or a draft under way that
 * an action was linked to later).
 */
export function reasonCitingActions(reason: string, codes: readonly string[]): string {
  const missing = codes.filter((code) => !reason.includes(code))
  if (missing.length === 0) return reason
  const cite = `Hành động khắc phục ${missing.join(', ')}`
  return reason.trim() ? `${cite}. ${reason}` : cite
}
