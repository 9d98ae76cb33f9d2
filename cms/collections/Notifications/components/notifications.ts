/** Shared by the notification components of the admin. */
export const unreadListPath = '/collections/notifications?where[read][equals]=false'

/** Marks one of the user's notifications read; the collection's access lets only its recipient. */
export async function markRead(api: string, id: string | number): Promise<void> {
  await fetch(`${api}/notifications/${id}`, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ read: true }),
  }).catch(() => undefined)
}

export const notificationTime = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  })
