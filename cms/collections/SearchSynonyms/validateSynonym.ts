import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

import { fold } from '../../../content-schemas/fold'

const TITLE_MAX_LENGTH = 200

/** Trimmed, without empty items or items repeated once folded ("Sổ đỏ", "so do"). */
export function cleanTerms(values: unknown): string[] {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const value of Array.isArray(values) ? values : []) {
    const text = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : ''
    if (text && !seen.has(fold(text))) {
      seen.add(fold(text))
      kept.push(text)
    }
  }
  return kept
}

/**
 * An entry needs a term and something it means; each term belongs to one entry only (compared
 * folded), as the snapshot's list allows each term once. Refusals name the term and the entry.
 */
export const validateSynonym: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const terms = cleanTerms(data.terms)
  const means = cleanTerms(data.means)
  const procedures = Array.isArray(data.procedures) ? data.procedures : []
  const errors: { path: string; message: string }[] = []
  if (terms.length === 0)
    errors.push({ path: 'terms', message: 'Hãy nhập ít nhất một từ người dân gõ.' })
  if (means.length === 0 && procedures.length === 0)
    errors.push({
      path: 'means',
      message: 'Hãy nhập cụm từ trong tên thủ tục hoặc chọn thủ tục mà từ này chỉ tới.',
    })
  for (const clash of await termsElsewhere(req, terms, originalDoc?.id))
    errors.push({
      path: 'terms',
      message: `Từ "${clash.term}" đã có trong mục "${clash.title}": mỗi từ chỉ thuộc một mục.`,
    })
  if (errors.length)
    throw new ValidationError({ collection: 'search-synonyms', errors, req }, req.t)
  return { ...data, terms, means, title: terms.join(', ').slice(0, TITLE_MAX_LENGTH) }
}

/** The terms already held by another entry (its latest version), with that entry's title. */
async function termsElsewhere(
  req: Parameters<CollectionBeforeChangeHook>[0]['req'],
  terms: string[],
  id: unknown,
): Promise<{ term: string; title: string }[]> {
  if (terms.length === 0) return []
  const wanted = new Map(terms.map((t) => [fold(t), t]))
  const { docs } = await req.payload.find({
    collection: 'search-synonyms',
    where: id === undefined ? undefined : { id: { not_equals: id } },
    draft: true,
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { terms: true, title: true },
    req,
  })
  return docs.flatMap((doc) =>
    (doc.terms ?? [])
      .filter((t) => wanted.has(fold(t)))
      .map((t) => ({ term: wanted.get(fold(t))!, title: doc.title ?? String(doc.id) })),
  )
}
