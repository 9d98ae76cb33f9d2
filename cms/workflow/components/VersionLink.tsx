'use client'
import { usePathname } from 'next/navigation'
import React from 'react'

/**
 * A version's date in the versions list. On the versions tab it opens the version; in the drawer
 * of the version view ("so sánh với…") it picks the version to compare with, as Payload's own cell
 * does: the page it is on, with `versionFrom`.
 */
export function VersionLink(props: { id: string; href: string; inDrawer: boolean; label: string }) {
  const pathname = usePathname()
  return (
    <a href={props.inDrawer ? `${pathname}?versionFrom=${props.id}` : props.href}>{props.label}</a>
  )
}
