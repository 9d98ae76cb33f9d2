/** How far ahead a periodic review is flagged as due. */
export const DUE_WINDOW_DAYS = 30

const addDays = (isoDay: string, days: number) => {
  const d = new Date(`${isoDay}T00:00:00.000Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}

/** 'overdue' once the date has passed, 'due' within the window before it, else null. */
export function reviewState(
  nextReviewDate: string | null | undefined,
  today: string,
): 'due' | 'overdue' | null {
  if (!nextReviewDate) return null
  const day = nextReviewDate.slice(0, 10)
  if (day < today) return 'overdue'
  if (day <= addDays(today, DUE_WINDOW_DAYS)) return 'due'
  return null
}
