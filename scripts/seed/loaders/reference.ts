import { agencies as demoAgencies } from '../data/agencies'
import { forms as demoForms } from '../data/forms'
import { legalDocuments as demoLegal } from '../data/legal-documents'
import { localities as demoLocalities } from '../data/localities'
import { sectors as demoSectors } from '../data/sectors'
import { renderForm } from '../forms'
import { day, parentsFirst, type Keys } from './keys'
import { upsert, type Loader } from './upsert'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** Localities by slug; parents first, since the locality rules check the parent's tier. */
export async function loadLocalities(
  loader: Loader,
  keys: Keys,
  localities = demoLocalities,
): Promise<void> {
  for (const l of parentsFirst(
    localities,
    (l) => l.slug,
    (l) => l.parent,
    'đơn vị cấp trên',
  )) {
    const id = await upsert(
      loader,
      'localities',
      { slug: { equals: l.slug } },
      {
        name: l.name,
        slug: l.slug,
        unitType: l.unitType,
        code: l.code,
        parent: l.parent ? keys.need('locality', l.parent, 'địa phương') : undefined,
        portalUrl: l.portalUrl,
        deskAddress: l.deskAddress,
        phone: l.phone,
        openingHours: l.openingHours,
        dissolvedOn: day(l.dissolvedOn),
      },
    )
    keys.set('locality', l.slug, id)
  }
}

export async function loadSectors(
  loader: Loader,
  keys: Keys,
  sectors = demoSectors,
): Promise<void> {
  for (const s of sectors) {
    keys.set(
      'sector',
      s.slug,
      await upsert(
        loader,
        'sectors',
        { slug: { equals: s.slug } },
        { name: s.name, slug: s.slug, code: s.code },
      ),
    )
  }
}

/** Agencies have no code of their own; their name is the natural key. */
export async function loadAgencies(
  loader: Loader,
  keys: Keys,
  agencies = demoAgencies,
): Promise<void> {
  for (const a of agencies) {
    keys.set(
      'agency',
      a.key,
      await upsert(
        loader,
        'agencies',
        { name: { equals: a.name } },
        { name: a.name, level: a.level },
      ),
    )
  }
}

/** Legal documents by number; a replacing document is loaded before the one it replaces. */
export async function loadLegalDocuments(
  loader: Loader,
  keys: Keys,
  legalDocuments = demoLegal,
): Promise<void> {
  for (const d of parentsFirst(
    legalDocuments,
    (d) => d.number,
    (d) => d.replacedBy,
    'văn bản thay thế',
  )) {
    const id = await upsert(
      loader,
      'legal-documents',
      { number: { equals: d.number } },
      {
        number: d.number,
        kind: d.kind,
        title: d.title,
        issuer: d.issuer,
        issueDate: day(d.issueDate),
        effectiveDate: day(d.effectiveDate),
        status: d.status,
        replacedBy: d.replacedBy ? keys.need('legal', d.replacedBy, 'văn bản') : undefined,
      },
    )
    keys.set('legal', d.number, id)
  }
}

/**
 * Forms as DOCX uploads, keyed by title: Payload renames an upload whose file name is already on
 * disk (`…-1.docx`), so the stored name is no key. An existing file's bytes are kept.
 */
export async function loadForms(loader: Loader, keys: Keys, forms = demoForms): Promise<void> {
  for (const f of forms) {
    const where = { title: { equals: f.title } }
    const existing = await loader.payload.count({ req: loader.req, collection: 'media', where })
    const data = existing.totalDocs ? undefined : await renderForm(f)
    const id = await upsert(
      loader,
      'media',
      where,
      { title: f.title },
      {
        file: data && { data, mimetype: DOCX, name: f.file, size: data.length },
      },
    )
    keys.set('form', f.file, id)
  }
}
