import { formatDateTime } from '../../../lib/dates'

/** Shared by the notification components of the admin. */
export const unreadListPath =
  '/collections/notifications?where[read][equals]=false&where[obsolete][not_equals]=true'

/** Marks one of the user's notifications read; the collection's access lets only its recipient. */
export async function markRead(api: string, id: string | number): Promise<void> {
  await fetch(`${api}/notifications/${id}`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ read: true }),
  }).catch(() => undefined)
}

/** dd/mm/yyyy HH:mm in Vietnam: the same clock as every other date of the admin. */
export const notificationTime = (iso: string) => formatDateTime(iso)
