'use client'
import { Button, useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React from 'react'

import { markRead } from './notifications'

/** A link to what a notification is about that marks it read on the way. */
export function NotificationLink({
  id,
  link,
  children,
}: {
  id: string
  link: string
  children: React.ReactNode
}) {
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  return (
    <a
      href={link}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return
        event.preventDefault()
        void markRead(api, id).then(() => router.push(link))
      }}
    >
      {children}
    </a>
  )
}

/** "Mở tài liệu" in the bar of a notification: opens the document it is about and marks it read. */
export function OpenNotificationButton() {
  const { id } = useDocumentInfo()
  const link = useFormFields(([fields]) => fields.link?.value) as string | undefined
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const router = useRouter()
  if (!id || !link?.startsWith('/')) return null
  return (
    <Button
      id="open-notification"
      buttonStyle="primary"
      size="medium"
      margin={false}
      onClick={() => void markRead(api, id).then(() => router.push(link))}
    >
      Mở tài liệu
    </Button>
  )
}
