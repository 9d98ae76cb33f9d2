import type { FilterOptions, Where } from 'payload'

import { isAdmin, localityIDs } from '../../access'
import type { User } from '../../payload-types'
import { activeLocalitiesWhere } from '../Localities/active'

/**
 * The localities a document may be owned by, for this user: units still in existence, never the
 * province itself (the province's own documents have no locality), and for a locality's people
 * only their own. The picker offers these; Payload checks a non-draft save against them, and
 * `validateQualityDocument` refuses a draft that picks another.
 */
export function ownerLocalitiesWhere(user: User | null | undefined, today?: string): Where {
  const own = localityIDs(user)
  return {
    and: [
      { tier: { not_equals: 'province' } },
      activeLocalitiesWhere(today),
      ...(own.length > 0 && !isAdmin(user) ? [{ id: { in: own } }] : []),
    ],
  }
}

export const ownerLocalityOptions: FilterOptions = ({ user }) =>
  ownerLocalitiesWhere(user as User | null)

/**
 * The applied procedures whose internal process a document may describe: the owning locality's,
 * and before a locality is chosen the user's own localities' (none for the province's documents,
 * which describe no locality's procedure).
 */
export const appliedProcedureOptions: FilterOptions = ({ data, user }) => {
  const locality = (data as { locality?: unknown } | undefined)?.locality
  const chosen =
    locality && typeof locality === 'object' ? (locality as { id?: unknown }).id : locality
  if (chosen) return { locality: { equals: chosen } }
  const own = localityIDs(user as User | null)
  return own.length > 0 ? { locality: { in: own } } : false
}
