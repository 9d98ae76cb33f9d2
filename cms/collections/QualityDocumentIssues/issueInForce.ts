import type { PayloadRequest } from 'payload'

import type { QualityDocumentIssue } from '../../payload-types'

/**
 * The register entry of a document's issue in force (the newest effective one), or null when the
 * document has none: not issued yet, or withdrawn. Read in the caller's transaction.
 */
export async function issueInForce(
  req: PayloadRequest,
  documentID: string,
): Promise<QualityDocumentIssue | null> {
  const { docs } = await req.payload.find({
    collection: 'quality-document-issues',
    where: {
      and: [{ document: { equals: documentID } }, { issueStatus: { equals: 'effective' } }],
    },
    sort: '-issueNumber',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}
