import {
  Forbidden,
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { checkRole, isAdmin, localityIDs } from '../../access'
import { idOf } from '../../lib/idOf'

const ids = (value: unknown): string[] => localityIDs({ localities: (value ?? []) as never }).sort()
const roles = (value: unknown): string[] => (Array.isArray(value) ? value.map(String).sort() : [])
const same = (a: string[], b: string[]) => a.join('|') === b.join('|')

/**
 * Field access would silently drop `roles`, `localities` and `unit` from a non-admin's write. This hook
 * runs before that and turns an attempt to gain a role or a locality into an explicit refusal
 * (the admin form re-sends unchanged values, so only a real change is refused).
 */
export const preventRoleEscalation: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  const { user } = req
  if (!user || isAdmin(user)) return args
  if (operation !== 'create' && operation !== 'update') return args
  const data = (args.data ?? {}) as Record<string, unknown>
  if (data.roles === undefined && data.localities === undefined && data.unit === undefined)
    return args
  if (operation === 'create') throw new Forbidden(req.t)

  // Bulk updates carry a `where`; by-ID updates an `id`. Compare against every target document.
  const id = 'id' in args ? (args.id as string | undefined) : undefined
  const targets = id
    ? [await req.payload.findByID({ collection: 'users', id, depth: 0, req, overrideAccess: true })]
    : (
        await req.payload.find({
          collection: 'users',
          where: args.where,
          depth: 0,
          limit: 0,
          req,
          overrideAccess: true,
        })
      ).docs
  for (const target of targets) {
    const changesRoles = data.roles !== undefined && !same(roles(data.roles), roles(target.roles))
    const changesLocalities =
      data.localities !== undefined && !same(ids(data.localities), ids(target.localities))
    // The unit decides whom one may audit (internal audits): no one moves themselves.
    const changesUnit = data.unit !== undefined && idOf(data.unit) !== idOf(target.unit)
    if (changesRoles || changesLocalities || changesUnit) throw new Forbidden(req.t)
  }
  return args
}

/** A locality officer without a locality could edit nothing and would only confuse the desk. */
export const requireLocalityForOfficers: CollectionBeforeChangeHook = ({ data, req }) => {
  if (checkRole(['locality-officer'], { roles: data.roles }) && !isAdmin({ roles: data.roles })) {
    if (ids(data.localities).length === 0) {
      throw new ValidationError(
        {
          collection: 'users',
          errors: [
            {
              path: 'localities',
              message: 'Cán bộ địa phương phải được gán ít nhất một địa phương.',
            },
          ],
        },
        req.t,
      )
    }
  }
  return data
}

/**
 * A user's unit belongs to one of their localities (a province unit for province staff): an
 * auditor's independence is judged on it, so it must be a unit they really work in.
 */
export const unitOfOwnLocality: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const unitID = idOf(data.unit === undefined ? originalDoc?.unit : data.unit)
  if (!unitID) return data
  const unit = await req.payload.findByID({
    collection: 'units',
    id: unitID,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  const own = ids(data.localities === undefined ? originalDoc?.localities : data.localities)
  const unitLocality = idOf(unit?.locality)
  const fits = unit && (unitLocality ? own.includes(unitLocality) : own.length === 0)
  if (!fits) {
    throw new ValidationError(
      {
        collection: 'users',
        errors: [
          {
            path: 'unit',
            message: unit
              ? `Bộ phận "${unit.name}" không thuộc địa phương phụ trách của người dùng này.`
              : 'Không tìm thấy bộ phận đã chọn.',
          },
        ],
      },
      req.t,
    )
  }
  return data
}
