/**
 * A daily cron for hh:mm in Vietnam, written in the process's local time. Payload hands its crons
 * (task schedules, jobs.autoRun) to croner without a timezone, so croner reads them in local time;
 * the admin's server runs in Asia/Ho_Chi_Minh (scripts/lib/cmsServer.ts) while tests and scripts
 * may run in UTC. Vietnam keeps no daylight saving, so a fixed offset is exact.
 */
export function dailyAtVietnamTime(
  hour: number,
  minute = 0,
  localOffsetMinutes = -new Date().getTimezoneOffset(),
): string {
  const VIETNAM_OFFSET = 7 * 60
  const local = (((hour * 60 + minute - VIETNAM_OFFSET + localOffsetMinutes) % 1440) + 1440) % 1440
  return `${local % 60} ${Math.floor(local / 60)} * * *`
}
