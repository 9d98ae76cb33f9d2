import type { User } from '../payload-types'

/** Roles of the people who work in the catalogue; a user may hold several. */
export const ROLES = [
  'admin',
  'legal-officer',
  'locality-officer',
  'reviewer',
  'approver',
  'publisher',
] as const
export type Role = (typeof ROLES)[number]

export const roleLabels: Record<Role, { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  'legal-officer': { vi: 'Cán bộ pháp chế tỉnh', en: 'Province legal officer' },
  'locality-officer': { vi: 'Cán bộ địa phương', en: 'Locality officer' },
  reviewer: { vi: 'Người xem xét', en: 'Reviewer' },
  approver: { vi: 'Người phê duyệt', en: 'Approver' },
  publisher: { vi: 'Người xuất bản', en: 'Publisher' },
}

type MaybeUser = Pick<User, 'roles'> | null | undefined

/** True when the user holds one of `roles`. Administrators hold every role. */
export const checkRole = (roles: readonly Role[], user: MaybeUser): boolean =>
  Boolean(user?.roles?.some((role) => role === 'admin' || roles.includes(role as Role)))

/** IDs of the localities a user belongs to, whatever depth the relation was read at. */
export const localityIDs = (user: Pick<User, 'localities'> | null | undefined): string[] =>
  (user?.localities ?? []).map((locality) =>
    typeof locality === 'object' && locality !== null ? String(locality.id) : String(locality),
  )
