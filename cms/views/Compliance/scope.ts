import { checkRole, localityIDs } from '../../access/roles'
import type { User } from '../../payload-types'

/** What part of the province a reader's compliance overview covers. */
export interface ComplianceScope {
  /** The province's own lines (master procedures, decisions) and every locality. */
  province: boolean
  /** The localities whose lines the reader sees; empty with `province`, meaning all of them. */
  localities: string[]
}

/**
 * Province staff (legal officers, publishers, administrators, and reviewers or approvers who
 * belong to no locality) see the whole province; a locality's officers, reviewers and approvers
 * see their own localities. Anyone else (no role) has no overview.
 */
export function complianceScope(
  user: Pick<User, 'roles' | 'localities'> | null | undefined,
): ComplianceScope | null {
  if (!user?.roles?.length) return null
  const localities = localityIDs(user)
  if (checkRole(['legal-officer', 'publisher'], user)) return { province: true, localities: [] }
  if (localities.length === 0)
    return checkRole(['reviewer', 'approver'], user) ? { province: true, localities: [] } : null
  return { province: false, localities }
}
