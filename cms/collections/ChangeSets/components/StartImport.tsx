import type { BeforeListServerProps } from 'payload'
import React from 'react'

import { checkRole, isAdmin, localityIDs } from '../../../access'
import { IMPORT_FORMATS } from '../../../import/formats'
import type { User } from '../../../payload-types'
import { StartImportForm, type ScopeOption } from './StartImportForm'

const collator = new Intl.Collator('vi')

/**
 * "Nhập dữ liệu" above the list of change sets, for the people who may import: the province's
 * legal officers (the master list) and locality officers (their localities' applied procedures).
 * The formats and scopes are read here, on the server, so the browser never loads the readers;
 * the plan endpoint checks the scope again.
 */
export async function StartImport({ payload, user: viewer }: BeforeListServerProps) {
  // Only what the form offers depends on it; the plan endpoint decides with the full user.
  const user = (viewer ?? null) as User | null
  if (!user) return null
  const scopes: ScopeOption[] = []
  const admin = isAdmin(user)
  if (admin || checkRole(['legal-officer'], user))
    scopes.push({ value: '', label: 'Danh mục của tỉnh' })
  const own = localityIDs(user)
  if (admin || (checkRole(['locality-officer'], user) && own.length > 0)) {
    const { docs } = await payload.find({
      collection: 'localities',
      where: admin ? {} : { id: { in: own } },
      select: { name: true, code: true, tier: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    scopes.push(
      ...docs
        .filter((l) => l.code && l.tier !== 'province')
        .sort((a, b) => collator.compare(a.name, b.name))
        .map((l) => ({ value: String(l.code), label: `${l.name} (${l.code})`, id: String(l.id) })),
    )
  }
  if (scopes.length === 0) return null
  return (
    <StartImportForm
      scopes={scopes}
      formats={IMPORT_FORMATS.map(({ name, label }) => ({ value: name, label }))}
    />
  )
}
