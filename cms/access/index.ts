import type { Access, CollectionConfig, FieldAccess, Where } from 'payload'

import { checkRole, localityIDs, type Role } from './roles'

export { checkRole, localityIDs, ROLES, roleLabels, type Role } from './roles'

/** Administrators pass every check that names roles. */
export const isAdmin = (user: Parameters<typeof checkRole>[1]): boolean => checkRole([], user)

export const anyone: Access = () => true

export const authenticated: Access = ({ req: { user } }) => Boolean(user)

/** Access for holders of any of `roles` (administrators always pass). */
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req: { user } }) =>
    checkRole(roles, user)

export const fieldHasRole =
  (...roles: Role[]): FieldAccess =>
  ({ req: { user } }) =>
    checkRole(roles, user)

/** The master catalogue is edited by the province's legal officers. */
export const masterEditor = hasRole('legal-officer')

const published: Where = { _status: { equals: 'published' } }

/**
 * Versioned collections: anonymous readers see published documents only. Payload's
 * `read: () => true` would also return drafts, so the filter is explicit.
 */
export const publishedOrStaff: Access = ({ req: { user } }) => (user ? true : published)

/** The province's own catalogue (procedures, search synonyms): read as published, kept by its legal officers. */
export const provinceCatalogueAccess = {
  read: publishedOrStaff,
  create: masterEditor,
  update: masterEditor,
  delete: masterEditor,
} satisfies Record<'read' | 'create' | 'update' | 'delete', Access>

/**
 * Documents owned by a locality (`localityPath` names the relation). Staff with a
 * province-wide role read everything; a locality officer reads drafts of their own
 * localities only, and what is published elsewhere; anonymous readers see published only.
 */
export const readLocalityOwned =
  (localityPath: string): Access =>
  ({ req: { user } }) => {
    if (!user) return published
    if (checkRole(['legal-officer', 'reviewer', 'approver', 'publisher'], user)) return true
    return { or: [{ [localityPath]: { in: localityIDs(user) } }, published] }
  }

type BaseFilter = NonNullable<NonNullable<CollectionConfig['admin']>['baseFilter']>

/**
 * The admin list of a locality-owned collection, for an officer who works only at a locality's
 * desk: their own localities' documents. Others' published ones stay readable through the API
 * (readLocalityOwned); in the desk's working list they would only clutter it.
 */
export const ownLocalitiesInDeskList =
  (localityPath: string): BaseFilter =>
  ({ req: { user } }) =>
    user &&
    !isAdmin(user) &&
    checkRole(['locality-officer'], user) &&
    !checkRole(['legal-officer', 'reviewer', 'approver', 'publisher'], user)
      ? { [localityPath]: { in: localityIDs(user) } }
      : null

/** Updating or deleting documents owned by a locality: only that locality's officers. */
export const writeLocalityOwned =
  (localityPath: string): Access =>
  ({ req: { user } }) => {
    if (!user) return false
    if (isAdmin(user)) return true
    if (!checkRole(['locality-officer'], user)) return false
    return { [localityPath]: { in: localityIDs(user) } }
  }

type EditViews = NonNullable<
  NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']
>['edit']

/**
 * The document view's "API" tab (the raw JSON and its query string) for administrators only: to an
 * officer it is an English, internal word. What it shows is no secret (the REST API answers the
 * same under the same access), so only the tab is hidden.
 */
export function apiTabForAdministrators(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const components = collection.admin?.components
    const edit = components?.views?.edit as Record<string, { tab?: object }> | undefined
    return {
      ...collection,
      admin: {
        ...collection.admin,
        components: {
          ...components,
          views: {
            ...components?.views,
            edit: {
              ...edit,
              api: {
                ...edit?.api,
                tab: {
                  ...edit?.api?.tab,
                  condition: ({ req }: { req: { user?: unknown } }) =>
                    isAdmin(req.user as Parameters<typeof isAdmin>[0]),
                },
              },
            } as EditViews,
          },
        },
      },
    }
  })
}
