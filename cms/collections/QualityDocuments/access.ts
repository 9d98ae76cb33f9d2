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
 * What a user may create or write: locality officers their localities' documents, legal officers
 * the province's. The Where is also judged on the document as it will be saved (reviewWorkflowPlugin), so
 * a create with no locality is the province's and a change of locality must stay in scope.
 */
export function writableScope(user: User | null | undefined): boolean | Where {
  if (!user) return false
  if (isAdmin(user)) return true
  const scopes: Where[] = []
  if (checkRole(['locality-officer'], user) && localityIDs(user).length)
    scopes.push({ locality: { in: localityIDs(user) } })
  if (checkRole(['legal-officer'], user)) scopes.push(provinceWide)
  if (scopes.length === 0) return false
  return scopes.length === 1 ? scopes[0] : { or: scopes }
}

export const writeQualityDocuments: Access = ({ req: { user } }) =>
  writableScope(user as User | null)

/** The issue register follows its document: a locality's people read their own and the province's. */
export const readQualityDocumentIssues: Access = ({ req: { user } }) => {
  if (!user) return false
  if (isAdmin(user) || localityIDs(user).length === 0) return true
  return {
    or: [
      { 'document.locality': { in: localityIDs(user) } },
      { 'document.locality': { exists: false } },
    ],
  }
}
