import { checkRole, localityIDs } from '../../access/roles'
import type { User } from '../../payload-types'

/**
 * Who may download a locality's import template: its own people (users whose localities include
 * it: its officers, and e.g. its chairman as approver), the province's legal officers and
 * administrators. The endpoint answers everyone else as if the locality did not exist; the admin
 * shows the button only to those who may use it.
 */
export function mayDownloadTemplate(
  user: Pick<User, 'roles' | 'localities'> | null | undefined,
  localityID: string,
): boolean {
  if (!user) return false
  if (checkRole(['legal-officer'], user)) return true
  return localityIDs(user).includes(String(localityID))
}
