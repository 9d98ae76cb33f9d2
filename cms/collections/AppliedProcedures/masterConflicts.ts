/**
 * A master procedure was amended: which of a locality's own details may no longer hold. The copy's
 * page shows the master's new legal text at once; each detail named here is withheld from the
 * public site until the locality's officers have reviewed it (cms/collections/ReviewTasks).
 */
import { channelLabels, type Channel } from '../../../content-schemas/enumerations'
import { formatProcessingTime, isShorterTime } from '../../../content-schemas/processingTime'
import { diffProcedure, type FieldChange } from '../../import/changeSet/diff'
import type { ImportedMethod, ImportedProcedure } from '../../import/records'
import type { TimeUnit } from '../../../content-schemas/enumerations'

/** The locality's details a master's change can invalidate. */
export const CONFLICT_FIELDS = [
  'committedTime',
  'receivingAddress',
  'onlineServiceUrl',
  'localNotes',
] as const
export type ConflictField = (typeof CONFLICT_FIELDS)[number]

export const conflictFieldLabels: Record<ConflictField, string> = {
  committedTime: 'Thời hạn địa phương cam kết',
  receivingAddress: 'Địa chỉ tiếp nhận hồ sơ',
  onlineServiceUrl: 'Đường dẫn dịch vụ công trực tuyến',
  localNotes: 'Ghi chú của địa phương',
}

export interface MasterConflict {
  field: ConflictField
  label: string
  /** Vietnamese, for the locality's officers */
  reason: string
}

/** What the rules read of an applied procedure (its published version). */
export interface AppliedDetails {
  committedTime?: { value?: number | null; unit?: TimeUnit | null } | null
  receivingAddress?: string | null
  onlineServiceUrl?: string | null
  localNotes?: string | null
}

const filled = (text: string | null | undefined) => Boolean(text?.trim())

const legalTime = (m: ImportedMethod) =>
  typeof m.processingTime === 'number' && m.processingTimeUnit
    ? { value: m.processingTime, unit: m.processingTimeUnit }
    : null

const sameTime = (a: ImportedMethod | undefined, b: ImportedMethod) => {
  const x = a && legalTime(a)
  const y = legalTime(b)
  return Boolean(x && y && x.value === y.value && x.unit === y.unit)
}

/** Channels a procedure is known to have; null when its channels are not stated at all. */
const channelsOf = (p: ImportedProcedure): Set<Channel> | null =>
  p.methods.length ? new Set(p.methods.map((m) => m.channel)) : null

/**
 * The conflicts between an amended master (`before` → `after`, both as read by the importer's
 * natural keys) and one locality's applied procedure:
 *
 * - a committed time that is no longer shorter than the new legal time of a channel whose time
 *   changed (a commitment means something only where it shortens the legal time);
 * - a receiving address when the master no longer has a channel to hand a dossier in (direct or
 *   postal), and an online link when it no longer has the online channel (a master whose channels
 *   are not stated at all removes none);
 * - local notes, when any part of the master changed: the notes may speak of it.
 *
 * The master's own changes (`changes`) are passed on so a caller computes them once.
 */
export function masterConflicts(
  before: ImportedProcedure,
  after: ImportedProcedure,
  applied: AppliedDetails,
  changes: FieldChange[] = diffProcedure(before, after).filter((c) => !c.kept),
): MasterConflict[] {
  const conflicts: MasterConflict[] = []
  const push = (field: ConflictField, reason: string) =>
    conflicts.push({ field, label: conflictFieldLabels[field], reason })

  const committed =
    typeof applied.committedTime?.value === 'number' && applied.committedTime.unit
      ? { value: applied.committedTime.value, unit: applied.committedTime.unit }
      : null
  if (committed) {
    const oldByChannel = new Map(before.methods.map((m) => [m.channel, m]))
    const notShorter = after.methods.flatMap((m) => {
      const legal = legalTime(m)
      if (!legal || sameTime(oldByChannel.get(m.channel), m)) return []
      return isShorterTime(committed, legal)
        ? []
        : [`${channelLabels[m.channel].vi}: ${formatProcessingTime(legal)}`]
    })
    if (notShorter.length)
      push(
        'committedTime',
        `Thời hạn cam kết ${formatProcessingTime(committed)} không còn ngắn hơn thời hạn theo quy định mới (${[...new Set(notShorter)].join('; ')}). Thời hạn cam kết tạm không hiển thị cho đến khi địa phương rà soát.`,
      )
  }

  const was = channelsOf(before)
  const now = channelsOf(after)
  const lost = (channel: Channel) => Boolean(was?.has(channel) && now && !now.has(channel))
  if (filled(applied.receivingAddress)) {
    const handedIn = (set: Set<Channel> | null) => Boolean(set?.has('direct') || set?.has('postal'))
    if (handedIn(was) && now && !handedIn(now))
      push(
        'receivingAddress',
        'Thủ tục gốc không còn cách thức nộp trực tiếp hay qua dịch vụ bưu chính; địa chỉ tiếp nhận hồ sơ của địa phương có thể không còn dùng.',
      )
  }
  if (filled(applied.onlineServiceUrl) && lost('online'))
    push(
      'onlineServiceUrl',
      'Thủ tục gốc không còn cách thức nộp trực tuyến; đường dẫn dịch vụ công trực tuyến của địa phương có thể không còn dùng.',
    )

  if (filled(applied.localNotes) && changes.length)
    push(
      'localNotes',
      `Thủ tục gốc đã thay đổi (${[...new Set(changes.map((c) => c.label))].join('; ')}); ghi chú của địa phương có thể nói về phần đã thay đổi.`,
    )
  return conflicts
}
