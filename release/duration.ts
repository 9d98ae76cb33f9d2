/**
 * A duration as an officer reads it: "1 phút 12 giây", "3,4 giây", "1 giờ 5 phút". Used by the
 * release records in the admin and by the publish log. Pure (no Node API): the admin's browser
 * code imports it too.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return ''
  // Under 10 s the tenths still tell something (a locality build of 3,4 s against 9,8 s).
  if (ms < 10_000) return `${(Math.round(ms / 100) / 10).toLocaleString('vi-VN')} giây`
  const total = Math.round(ms / 1000)
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const parts: string[] = []
  if (hours) parts.push(`${hours} giờ`)
  if (minutes) parts.push(`${minutes} phút`)
  // An hour or more: the seconds are noise.
  if (seconds && !hours) parts.push(`${seconds} giây`)
  return parts.join(' ') || '0 giây'
}
