import type { Access, Where } from 'payload'

import { checkRole, isAdmin, localityIDs } from '../../access'
import type { User } from '../../payload-types'

const provinceWide: Where = { locality: { exists: false } }

/**
 * Quality documents are internal: only signed-in staff read them. Province staff (no locality)
 * read every register; a locality's people read their own and the province's shared documents.
 */
export const readQualityDocuments: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user) || localityIDs(user).length === 0) return true
  return { or: [{ locality: { in: localityIDs(user) } }, provinceWide] }
}

/**
 * The same rule for the versions: Payload applies readVersions to the versions table, where the
 * document's fields sit under `version.` (a `locality` constraint there cannot be queried, and
 * the edit view, which counts versions, would fail for every locality officer).
 */
export const readQualityDocumentVersions: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user) || localityIDs(user).length === 0) return true
  return { or: [{ 'version.locality': { in: localityIDs(user) } }, { 'version.locality': { exists: false } }] }
}

/** What a user may write: locality officers their localities' documents, legal officers the province's. */
export function writableScope(user: User | null | undefined): boolean | Where {
  if (!user) return false
  if (isAdmin(user)) return true
  const scopes: Where[] = []
  if (checkRole(['locality-officer'], user) && localityIDs(user).length) scopes.push({ locality: { in: localityIDs(user) } })
  if (checkRole(['legal-officer'], user)) scopes.push(provinceWide)
  if (scopes.length === 0) return false
  return scopes.length === 1 ? scopes[0] : { or: scopes }
}

export const writeQualityDocuments: Access = ({ req: { user } }) => writableScope(user as User | null)

/** Whether `user` may own a document of `localityID` (null: the province). */
export function mayOwn(user: User, localityID: string | null): boolean {
  if (isAdmin(user)) return true
  if (localityID === null) return checkRole(['legal-officer'], user)
  return checkRole(['locality-officer'], user) && localityIDs(user).includes(localityID)
}

export const createQualityDocuments: Access = ({ req: { user }, data }) => {
  if (!user) return false
  // Without a locality in data Payload asks whether the user may create any document at all (the
  // admin's "Tạo mới" button and create view pass no data or only `_status`): anyone who may own
  // some document. The save checks the owner again (validateQualityDocument).
  if (!data || !('locality' in data)) return isAdmin(user) || checkRole(['legal-officer'], user) || (checkRole(['locality-officer'], user) && localityIDs(user).length > 0)
  const locality = data?.locality && typeof data.locality === 'object' ? String(data.locality.id) : data?.locality ? String(data.locality) : null
  return mayOwn(user as User, locality)
}

/** The issue register follows its document: a locality's people read their own and the province's. */
export const readQualityDocumentIssues: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user) || localityIDs(user).length === 0) return true
  return { or: [{ 'document.locality': { in: localityIDs(user) } }, { 'document.locality': { exists: false } }] }
}
