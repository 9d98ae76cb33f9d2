'use client'
import { usePathname, useRouter, useSearchParams } from 'next/navigation'
import React from 'react'

/**
 * A page link of the versions list inside the drawer of the version view ("so sánh với…"). The
 * drawer renders the versions list with the version view's own search parameters and renders it
 * again when they change (Payload's VersionDrawerContent), so turning the page is setting `page`
 * on the version view's address, the comparison unchanged; picking a version drops it again.
 */
export function VersionPageLink(props: { page: number; label: string; id: string }) {
  const pathname = usePathname()
  const searchParams = useSearchParams()
  const router = useRouter()
  const params = new URLSearchParams(searchParams.toString())
  params.set('page', String(props.page))
  const href = `${pathname}?${params.toString()}`
  return (
    <a
      id={props.id}
      href={href}
      style={{ marginRight: '1rem' }}
      onClick={(event) => {
        event.preventDefault()
        router.replace(href, { scroll: false })
      }}
    >
      {props.label}
    </a>
  )
}
