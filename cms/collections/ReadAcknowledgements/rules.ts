/**
 * Pure rules of read-and-understood (ISO 9001 clauses 7.2–7.3): who must read an issue of a
 * quality document, and when an unconfirmed task gets a reminder.
 */
import type { Role } from '../../access/roles'

/** Days after which an unconfirmed task gets a reminder, and between reminders. */
export const DEFAULT_REMINDER_DAYS = 7

/** The reminder interval: `READ_REMINDER_DAYS` when it is a positive whole number, else 7. */
export function reminderDays(env: string | undefined = process.env.READ_REMINDER_DAYS): number {
  const days = Number(env)
  return Number.isInteger(days) && days > 0 ? days : DEFAULT_REMINDER_DAYS
}

export interface Reader {
  id: string
  roles: readonly string[]
  localityIDs: readonly string[]
  /** The unit the person works in (cms/collections/Units), if set. */
  unitID?: string | null
}

export interface ReaderChoice {
  /** The document's owning locality; null for the province's own. */
  localityID: string | null
  /** "Người cần đọc" by role; empty with no named users means the default. */
  roles: readonly Role[]
  /** Named users; only those of the document's locality (or province staff for its own) count. */
  userIDs: readonly string[]
  /** Units whose people read it (the unit whose work it concerns); absent: none chosen. */
  unitIDs?: readonly string[]
}

/** The role whose holders read a document when nothing is chosen: the locality's officers. */
export const DEFAULT_READER_ROLE: Role = 'locality-officer'

/**
 * Who must read an issue: the users of the document's locality (for a province document, the
 * province's staff: users with no locality) holding one of the chosen roles or working in one of
 * the chosen units, plus the named users of that scope. With no role, unit or user chosen, the
 * locality's officers. Administrators are not readers by their role alone. Sorted by id, without
 * duplicates.
 */
export function readersOf(choice: ReaderChoice, users: readonly Reader[]): string[] {
  const inScope = (u: Reader) =>
    choice.localityID ? u.localityIDs.includes(choice.localityID) : u.localityIDs.length === 0
  const unitIDs = new Set((choice.unitIDs ?? []).map(String))
  const roles: readonly string[] =
    choice.roles.length === 0 && choice.userIDs.length === 0 && unitIDs.size === 0
      ? [DEFAULT_READER_ROLE]
      : choice.roles
  const named = new Set(choice.userIDs.map(String))
  const ids = users
    .filter(inScope)
    .filter(
      (u) =>
        named.has(u.id) ||
        u.roles.some((r) => roles.includes(r)) ||
        (u.unitID != null && unitIDs.has(String(u.unitID))),
    )
    .map((u) => u.id)
  return [...new Set(ids)].sort()
}

/**
 * Whether an open task gets a reminder today: `days` after it was opened, then once per `days`
 * after its last reminder. Days are Vietnam calendar days "yyyy-mm-dd".
 */
export function reminderDue(
  task: { openedOn: string; lastRemindedOn: string | null },
  today: string,
  days: number,
): boolean {
  const since = task.lastRemindedOn ?? task.openedOn
  return daysBetween(since, today) >= days
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000)
}

export interface RegisterRow {
  state: 'open' | 'confirmed' | 'superseded'
}

/** The register's counts for one issue: how many must read it, and have and have not confirmed. */
export function registerCounts(rows: readonly RegisterRow[]) {
  const confirmed = rows.filter((r) => r.state === 'confirmed').length
  const open = rows.filter((r) => r.state === 'open').length
  return { total: confirmed + open, confirmed, open }
}
