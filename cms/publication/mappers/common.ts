/** Small readings shared by the mappers: Payload document values → the contract's shapes. */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import type { NoneStated, NotStated, Stated } from '../../../content-schemas'
import { vietnamDay } from '../../lib/dates'
import { idOf } from '../../lib/idOf'
import { lexicalToPlainText } from '../../lib/lexical'

export const ids = (values: unknown[] | null | undefined): string[] =>
  (values ?? []).map(idOf).filter((v): v is string => v !== null)

/**
 * A date field as the contract's yyyy-mm-dd, by Vietnam's calendar: a date picked in the admin in
 * Hà Nội is stored as 17:00 UTC of the day before, and its first ten characters would say that day.
 */
export const day = (value: string | null | undefined): string | null =>
  value ? vietnamDay(value) : null

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

/** A gap as stored in the CMS (cms/fields/gap.ts). */
export interface StoredGap {
  kind?: 'none' | 'unknown' | null
  source?: string | null
}

/** A stored gap as the contract says it; null when it says nothing (no kind, or no source). */
export function gapOf(gap: StoredGap | null | undefined): NotStated | NoneStated | null {
  if (gap?.kind === 'unknown' && gap.source?.trim()) return { kind: 'unknown', source: gap.source }
  if (gap?.kind === 'none') return { kind: 'none' }
  return null
}

/**
 * An empty part's gap, which must say "not stated" with a source. Anything else is a bug, not a data
 * error: `incompleteProcedures` refuses such a procedure before any mapper runs.
 */
export function notStated(gap: StoredGap | null | undefined, what: string): NotStated {
  const stated = gapOf(gap)
  if (stated?.kind === 'unknown') return stated
  throw new Error(`${what}: không có nội dung cũng không được đánh dấu chưa có thông tin`)
}

/** A list part: stated when it has items, else not stated with its source. */
export const knownList = <T>(
  items: T[],
  gap: StoredGap | null | undefined,
  what: string,
): Stated<T> | NotStated => (items.length > 0 ? { kind: 'stated', items } : notStated(gap, what))
