'use client'
import { Button, useAuth, useDocumentDrawer, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { checkRole } from '../../../access/roles'
import type { User } from '../../../payload-types'

/**
 * "Tạo từ đồng nghĩa" on a failed search: opens a new synonym entry with the query as its term,
 * for a legal officer to add what it means and send it through review like any other.
 */
export function CreateSynonym() {
  const { user } = useAuth<User>()
  const query = useFormFields(([fields]) => fields.query?.value as string | undefined)
  const [Drawer, , { openDrawer }] = useDocumentDrawer({ collectionSlug: 'search-synonyms' })
  if (!query || !checkRole(['legal-officer'], user)) return null
  return (
    <div style={{ marginBlock: '1rem' }}>
      <Button buttonStyle="secondary" margin={false} onClick={openDrawer} id="create-synonym">
        Tạo từ đồng nghĩa từ “{query}”
      </Button>
      <Drawer initialData={{ terms: [query] }} />
    </div>
  )
}
