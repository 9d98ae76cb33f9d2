import type { FlattenedField, Payload } from 'payload'

import type { FieldKind } from './where'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const OBJECT_ID = /^[0-9a-f]{24}$/i

/** What an ID looks like on this database (UUIDs on SQL here, ObjectIds on MongoDB). */
function idValidator(payload: Payload): (value: string) => boolean {
  const db = payload.db as { name?: string; idType?: string }
  if (db.name === 'mongoose') return (value) => OBJECT_ID.test(value)
  if (db.idType === 'uuid') return (value) => UUID.test(value)
  if (db.idType === 'serial' || db.idType === 'number') return (value) => /^\d+$/.test(value)
  return () => true
}

/**
 * Resolves a `where` path of `collection` (also a version path: `version.…`, `parent`) to the
 * kind of field it names, following groups, arrays and single-collection relationships.
 */
export function fieldKindResolver(
  payload: Payload,
  collection: string,
): (path: string) => FieldKind | undefined {
  const isID = idValidator(payload)
  const id: FieldKind = { kind: 'id', isValid: isID }
  const collections = payload.collections as Record<
    string,
    { config: { flattenedFields: FlattenedField[] } } | undefined
  >
  const fieldsOf = (slug: string): FlattenedField[] | undefined =>
    collections[slug]?.config.flattenedFields

  return (path) => {
    const segments = path.split('.')
    if (segments[0] === 'version' && segments.length > 1) segments.shift()
    else if (segments.length === 1 && segments[0] === 'parent') return id
    let fields = fieldsOf(collection)
    for (const [i, name] of segments.entries()) {
      const last = i === segments.length - 1
      if (name === 'id' && last) return id
      const field = fields?.find((f) => f.name === name)
      if (!field) return name === 'createdAt' || name === 'updatedAt' ? { kind: 'date' } : undefined
      switch (field.type) {
        case 'select':
        case 'radio':
          return last
            ? {
                kind: 'select',
                options: field.options.map((o) => (typeof o === 'string' ? o : o.value)),
              }
            : undefined
        case 'date':
          return last ? { kind: 'date' } : undefined
        case 'point':
          return last ? { kind: 'point' } : undefined
        case 'richText':
        case 'json':
          return { kind: 'json' }
        case 'relationship':
        case 'upload':
          if (last) return typeof field.relationTo === 'string' ? id : undefined
          if (typeof field.relationTo !== 'string') return undefined
          fields = fieldsOf(field.relationTo)
          break
        case 'group':
        case 'tab':
        case 'array':
          if (last) return { kind: 'other' }
          fields = field.flattenedFields
          break
        default:
          return last ? { kind: 'other' } : undefined
      }
    }
    return undefined
  }
}

/** The collection a join field (by its path in `collection`) lists, if it lists one. */
export function joinedCollection(
  payload: Payload,
  collection: string,
  path: string,
): string | undefined {
  const collections = payload.collections as Record<
    string,
    { config: { flattenedFields: FlattenedField[] } } | undefined
  >
  let fields = collections[collection]?.config.flattenedFields
  for (const name of path.split('.')) {
    const field = fields?.find((f) => f.name === name)
    if (!field) return undefined
    if (field.type === 'join')
      return typeof field.collection === 'string' ? field.collection : undefined
    if (field.type !== 'group' && field.type !== 'tab') return undefined
    fields = field.flattenedFields
  }
  return undefined
}

/** Operators of Payload's `where` this database cannot run. */
export function unsupportedOperators(payload: Payload): ReadonlySet<string> {
  const operators = (payload.db as { operators?: Record<string, unknown> }).operators
  // The SQL adapters list what they translate; `all` is not among them (near/within/intersects are
  // translated for point fields only, which the field check already asks for).
  return operators && !('all' in operators) ? new Set(['all']) : new Set()
}
