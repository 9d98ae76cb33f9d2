import type { PayloadRequest, SanitizedCollectionConfig, ServerProps } from 'payload'
import React from 'react'

import { canEdit } from '../utilities/documentOf'
import { RestoreAsDraftButton } from './RestoreAsDraftButton'

/**
 * In the header of a version ("Phiên bản") of a reviewed document: "Khôi phục thành bản nháp".
 * Payload's own "Khôi phục về phiên bản này" restores a version as it was, published or not, and
 * the API refuses a restore that is not a draft (it would publish without review); for a draft
 * version it offers nothing else. So that button is hidden here and this one takes its place: the
 * restored content becomes a new draft, to be submitted, reviewed and approved again.
 */
export async function RestoreAsDraft({
  collectionSlug,
  docID,
  params,
  payload,
  req,
  user,
}: ServerProps & { collectionSlug?: string; docID?: number | string; req?: PayloadRequest }) {
  const segments = ([] as string[]).concat(
    (params as { segments?: string[] } | undefined)?.segments ?? [],
  )
  const versionID = segments.at(-1)
  const config = collectionSlug
    ? (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[
        collectionSlug
      ]?.config
    : undefined
  const hidePayloadRestore = <style>{'.view-version .restore-version { display: none; }'}</style>
  if (!config || !docID || !versionID || !user || !req) return hidePayloadRestore

  let createdAt: string
  try {
    const version = await payload.findVersionByID({
      collection: config.slug as never,
      id: versionID,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    createdAt = String(version.createdAt)
  } catch {
    return hidePayloadRestore
  }
  if (!(await canEdit(req, config, String(docID)))) return hidePayloadRestore
  return (
    <>
      {hidePayloadRestore}
      <RestoreAsDraftButton
        collectionSlug={config.slug}
        docID={String(docID)}
        versionID={versionID}
        versionCreatedAt={createdAt}
      />
    </>
  )
}
