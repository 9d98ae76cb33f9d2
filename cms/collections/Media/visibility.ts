import type { Field } from 'payload'
import { idOf } from '../../lib/idOf'

export const MEDIA_SLUG = 'media'

/**
 * Who may read a file, broadest first: anyone (published public content uses it), every signed-in
 * person, the staff of the localities in `readerLocalities` (and the province's), or only its
 * uploader and administrators (nothing uses it yet).
 */
export const FILE_VISIBILITIES = ['public', 'staff', 'locality', 'private'] as const
export type FileVisibility = (typeof FILE_VISIBILITIES)[number]

export const fileVisibilityLabels: Record<FileVisibility, { vi: string; en: string }> = {
  public: {
    vi: 'Công khai (nội dung đã ban hành dùng tệp)',
    en: 'Public (used by published content)',
  },
  staff: { vi: 'Cán bộ trong hệ thống', en: 'Staff' },
  locality: { vi: 'Cán bộ của địa phương sở hữu', en: 'Staff of the owning localities' },
  private: { vi: 'Chỉ người tải lên', en: 'Uploader only' },
}

/** One use of a file: the document that uses it, whether that use is public, and whose staff read the document. */
export interface FileReference {
  collection: string
  document: string
  public: boolean
  /** The owning locality when only its staff (and the province's) read the document; null: every staff member. */
  locality: string | null
}

const relatesToMedia = (relationTo: unknown): boolean =>
  relationTo === MEDIA_SLUG || (Array.isArray(relationTo) && relationTo.includes(MEDIA_SLUG))

/**
 * Whether documents of these fields can point at a file: an upload or relationship to media, or
 * rich text (Lexical's upload, relationship and link nodes can name any upload collection).
 */
export function fieldsMayReferenceMedia(fields: Field[]): boolean {
  return fields.some((field) => {
    switch (field.type) {
      case 'upload':
      case 'relationship':
        return relatesToMedia(field.relationTo)
      case 'richText':
        return true
      case 'array':
      case 'group':
      case 'row':
      case 'collapsible':
        return fieldsMayReferenceMedia(field.fields)
      case 'tabs':
        return field.tabs.some((tab) => fieldsMayReferenceMedia(tab.fields))
      case 'blocks':
        return (field.blocks ?? []).some((block) => fieldsMayReferenceMedia(block.fields))
      default:
        return false
    }
  })
}

/** IDs of media named anywhere inside rich text: any node `{ relationTo: 'media', value }`, links' `fields.doc` included. */
function mediaInRichText(value: unknown, found: Set<string>) {
  if (!value || typeof value !== 'object') return
  if (Array.isArray(value)) {
    for (const item of value) mediaInRichText(item, found)
    return
  }
  const node = value as Record<string, unknown>
  if (node.relationTo === MEDIA_SLUG) {
    const id = idOf(node.value)
    if (id) found.add(id)
  }
  for (const child of Object.values(node))
    if (child && typeof child === 'object') mediaInRichText(child, found)
}

function collect(fields: Field[], data: unknown, found: Set<string>) {
  if (!data || typeof data !== 'object') return
  const record = data as Record<string, unknown>
  for (const field of fields) {
    switch (field.type) {
      case 'upload':
      case 'relationship': {
        if (!relatesToMedia(field.relationTo)) break
        const value = record[field.name]
        for (const item of Array.isArray(value) ? value : [value]) {
          // Polymorphic relations hold { relationTo, value }.
          if (
            item &&
            typeof item === 'object' &&
            'relationTo' in item &&
            (item as { relationTo: unknown }).relationTo !== MEDIA_SLUG
          )
            continue
          const id = idOf(item)
          if (id) found.add(id)
        }
        break
      }
      case 'richText':
        mediaInRichText(record[field.name], found)
        break
      case 'array': {
        const rows = record[field.name]
        if (Array.isArray(rows)) for (const row of rows) collect(field.fields, row, found)
        break
      }
      case 'blocks': {
        const rows = record[field.name]
        if (!Array.isArray(rows)) break
        for (const row of rows) {
          const block = (field.blocks ?? []).find(
            (b) => b.slug === (row as { blockType?: string })?.blockType,
          )
          if (block) collect(block.fields, row, found)
        }
        break
      }
      case 'group':
        collect(field.fields, 'name' in field && field.name ? record[field.name] : record, found)
        break
      case 'row':
      case 'collapsible':
        collect(field.fields, record, found)
        break
      case 'tabs':
        for (const tab of field.tabs)
          collect(tab.fields, 'name' in tab && tab.name ? record[tab.name] : record, found)
        break
      default:
        break
    }
  }
}

/** IDs of the media files a document of `fields` uses, in any upload, relationship or rich text field. */
export function mediaIDsIn(fields: Field[], data: unknown): string[] {
  const found = new Set<string>()
  collect(fields, data, found)
  return [...found].sort()
}

/** The visibility a file's uses give it, and the localities whose staff read it. */
export function visibilityOf(references: readonly FileReference[]): {
  visibility: FileVisibility
  readerLocalities: string[]
} {
  const readerLocalities = [
    ...new Set(references.map((r) => r.locality).filter((l): l is string => l !== null)),
  ].sort()
  if (references.some((r) => r.public)) return { visibility: 'public', readerLocalities }
  if (references.some((r) => r.locality === null)) return { visibility: 'staff', readerLocalities }
  if (references.length > 0) return { visibility: 'locality', readerLocalities }
  return { visibility: 'private', readerLocalities }
}
