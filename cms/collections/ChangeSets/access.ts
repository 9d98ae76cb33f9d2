import type { Access, Where } from 'payload'

import { checkRole, isAdmin, localityIDs } from '../../access'
import { isInScope, type WorkflowUser } from '../../workflow/rules'

const PROVINCE_ROLES = ['legal-officer', 'reviewer', 'approver', 'publisher'] as const

/**
 * Province-wide staff (no locality of their own) read every set; a locality's people read the sets
 * of their localities. Anonymous readers read none: a set is work in progress.
 */
export const readChangeSets: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user)) return true
  const own = localityIDs(user)
  if (own.length === 0) return checkRole([...PROVINCE_ROLES], user)
  return { locality: { in: own } } as Where
}

/** Only a set never written may be deleted, by its author (or an administrator). */
export const deleteUnwrittenChangeSets: Access = ({ req: { user } }) => {
  if (!user) return false
  const planned: Where = { state: { equals: 'planned' } }
  if (isAdmin(user)) return planned
  return { and: [planned, { author: { equals: user.id } }] }
}

/**
 * Who may import into a scope, and so submit or withdraw its sets: the province's legal officers
 * for the master list; the locality's own officers for its applied procedures.
 */
export function mayImportInto(user: WorkflowUser | null | undefined, localityID: string | null) {
  if (!user) return false
  if (isAdmin(user as never)) return true
  if (localityID === null) return checkRole(['legal-officer'], user as never)
  return (
    checkRole(['locality-officer'], user as never) &&
    isInScope(user, localityID) &&
    localityIDs(user as never).length > 0
  )
}
