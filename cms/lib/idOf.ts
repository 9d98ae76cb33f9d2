import { extractID } from 'payload/shared'

/**
 * The ID behind a relationship value as Payload hands it over: an ID, a populated document, or a
 * polymorphic `{ relationTo, value }`; null when unset. IDs are strings on every adapter here
 * (UUIDs on SQL, ObjectIds on MongoDB), so one type serves every caller.
 */
export function idOf(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'string' || typeof value === 'number') return String(extractID(value))
  if (typeof value !== 'object') return null
  if ('id' in value && (typeof value.id === 'string' || typeof value.id === 'number'))
    return String(extractID({ id: value.id }))
  return 'value' in value ? idOf(value.value) : null
}
