/**
 * Progress of the writes running in this process, by set. The write is one transaction, so a
 * progress value saved on the set inside it would be invisible until the end, and one saved outside
 * it would wait for SQLite's single writer; the admin and the CLI read it from here instead.
 */
export interface WriteProgress {
  done: number
  total: number
  startedAt: string
}

const running = new Map<string, WriteProgress>()

export const startProgress = (id: string, total: number): WriteProgress => {
  const progress = { done: 0, total, startedAt: new Date().toISOString() }
  running.set(id, progress)
  return progress
}

export const progressOf = (id: string): WriteProgress | null => running.get(id) ?? null

export const endProgress = (id: string): void => void running.delete(id)

/** Percent and seconds left, from the pace so far. */
export function pace(progress: WriteProgress, now = Date.now()) {
  const elapsed = (now - Date.parse(progress.startedAt)) / 1000
  const percent = progress.total ? Math.floor((progress.done / progress.total) * 100) : 100
  const secondsLeft =
    progress.done > 0
      ? Math.round((elapsed / progress.done) * (progress.total - progress.done))
      : null
  return { percent, secondsLeft }
}
