/** The change log grouped by decision, newest first, for the changes page and its Atom feed. */
import type { ChangeLogEntry, Procedure } from '../../content-schemas'
import type { Catalogue } from './catalogue'

export interface ChangeGroup {
  decisionId: string
  decisionNumber: string
  decisionTitle: string | null
  /** the date the changes took effect */
  date: string
  entries: (ChangeLogEntry & { procedure: Procedure | undefined })[]
}

const changeOrder = { new: 0, amended: 1, replaced: 2, abolished: 3 }

export function changeGroups(catalogue: Catalogue): ChangeGroup[] {
  const groups = new Map<string, ChangeGroup>()
  for (const change of catalogue.snapshot.changes) {
    const key = `${change.decisionId}|${change.date}`
    let group = groups.get(key)
    if (!group) {
      const decision = catalogue.snapshot.decisions.find((d) => d.id === change.decisionId)
      group = {
        decisionId: change.decisionId,
        decisionNumber: change.decisionNumber,
        decisionTitle: decision?.title ?? null,
        date: change.date,
        entries: [],
      }
      groups.set(key, group)
    }
    group.entries.push({ ...change, procedure: catalogue.byCode.get(change.procedureCode) })
  }
  for (const group of groups.values()) {
    group.entries.sort(
      (a, b) =>
        changeOrder[a.change] - changeOrder[b.change] ||
        a.procedureCode.localeCompare(b.procedureCode),
    )
  }
  return [...groups.values()].sort(
    (a, b) => b.date.localeCompare(a.date) || a.decisionNumber.localeCompare(b.decisionNumber),
  )
}
