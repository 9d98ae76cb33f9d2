import type { Access, Where } from 'payload'

import { checkRole, isAdmin, localityIDs } from '../../access'
import type { User } from '../../payload-types'
import { isInScope } from '../../workflow/rules'

/**
 * Nonconformities and corrective actions are internal records of a locality: its people read its
 * own, province staff (no locality) read every locality's.
 */
export const readLocalityRecords: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user) || localityIDs(user).length === 0) return true
  return { locality: { in: localityIDs(user) } }
}

/**
 * Written by the locality's officers only. Judged again on the record as it will be saved
 * (judgeFinalDocument), so a create or a change of locality must stay in their localities.
 */
export const writeLocalityRecords: Access = ({ req: { user } }): boolean | Where => {
  if (!user) return false
  if (isAdmin(user)) return true
  if (!checkRole(['locality-officer'], user) || localityIDs(user).length === 0) return false
  return { locality: { in: localityIDs(user) } }
}

/**
 * Who may judge a locality's record (verify an action, close a nonconformity): its officers,
 * reviewers and approvers, and the province's reviewers and approvers. Two-person rules come on top.
 */
export function mayJudge(user: User, localityID: string | null): boolean {
  return (
    checkRole(['locality-officer', 'reviewer', 'approver'], user) && isInScope(user, localityID)
  )
}

/** The form's default locality: the user's own, when they have exactly one. */
export const ownLocality = ({ user }: { user?: unknown }): string | undefined => {
  const own = localityIDs(user as User | null)
  return own.length === 1 ? own[0] : undefined
}
