/** Small readings shared by the mappers: Payload document values → the contract's shapes. */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { idOf } from '../../lib/idOf'
import { lexicalToPlainText } from '../../lib/lexical'

export const ids = (values: unknown[] | null | undefined): string[] =>
  (values ?? []).map(idOf).filter((v): v is string => v !== null)

/** A date-time field as the contract's yyyy-mm-dd. */
export const day = (value: string | null | undefined): string | null =>
  value ? value.slice(0, 10) : null

/** Blank text is no text: the contract says null. */
export const text = (value: string | null | undefined) =>
  value && value.trim() !== '' ? value : null

export const byKey =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0

export function richText(value: unknown): { html: string; text: string } | null {
  if (!value || typeof value !== 'object') return null
  const plain = lexicalToPlainText(value).trim()
  if (!plain) return null
  return {
    html: convertLexicalToHTML({ data: value as never, disableContainer: true }),
    text: plain,
  }
}

/**
 * A reference that resolves inside the release, or null: the contract refuses dangling ones (a
 * draft decision, an unpublished file, or a document deleted on MongoDB, which keeps the id).
 */
export type RefIn = (value: unknown) => string | null

export function refIn(idsInRelease: Iterable<string>): RefIn {
  const known = new Set(idsInRelease)
  return (value) => {
    const id = idOf(value)
    return id && known.has(id) ? id : null
  }
}
