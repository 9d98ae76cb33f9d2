/**
 * Importing a newer national record of a procedure the catalogue already holds is a sync. A part
 * the new record does not state must not erase what the catalogue knows: the part keeps its old
 * value, and the dry run says so ("Nguồn mới không nêu"), unless the officer chooses to take the
 * new record's silence (`takeUnstated`), in which case the part becomes "Chưa có thông tin".
 */
import { NOT_STATED } from '../../../content-schemas/enumerations'
import type { ImportedMethod, ImportedProcedure } from '../records'
import { methodKeys, readableParts, type FieldChange } from './diff'

/** What the dry run shows for a part the new record leaves out and the catalogue keeps. */
export const NEW_SOURCE_SILENT = 'Nguồn mới không nêu (giữ giá trị cũ)'

/** `code` (every part of that procedure) or `code:path` (one part), as the officer chose. */
export type TakeUnstated = ReadonlySet<string>

const takes = (take: TakeUnstated, code: string, path: string) =>
  take.has(code) || take.has(`${code}:${path}`)

/** A part the record states nothing about (no value, no "none"): its readable value. */
const silent = (value: string | undefined, path: string) =>
  value === NOT_STATED || (path === 'legalBasis' && value === '(trống)')

/**
 * `after` with every part it leaves unstated, and the catalogue's `before` states, taken from
 * `before`; and one change per kept part (marked `kept`), for the dry run.
 */
export function keepUnstated(
  before: ImportedProcedure,
  after: ImportedProcedure,
  take: TakeUnstated = new Set(),
): { record: ImportedProcedure; kept: FieldChange[] } {
  const a = readableParts(before)
  const b = readableParts(after)
  const kept: FieldChange[] = []
  const record: ImportedProcedure = {
    ...after,
    agencies: { ...after.agencies },
    methods: after.methods.map((m) => ({ ...m })),
  }
  const beforeMethods = new Map(
    methodKeys(before.methods).map((key, i) => [key, before.methods[i]!]),
  )
  const afterKeys = methodKeys(record.methods)

  for (const [path, part] of b) {
    const old = a.get(path) ?? listPart(a, path)
    if (!old || !silent(part.value, path) || silent(old.value, path)) continue
    if (takes(take, after.code, path)) continue
    if (!copyPart(before, record, path, beforeMethods, afterKeys)) continue
    kept.push({ path, label: part.label, before: old.value, after: NEW_SOURCE_SILENT, kept: true })
  }
  return { record, kept }
}

/**
 * A list part (channels, dossier cases) the catalogue states row by row ("methods.direct.…",
 * "dossierCases.0") read as one value, to compare with a record that states none of it.
 */
function listPart(
  parts: ReturnType<typeof readableParts>,
  path: string,
): { label: string; value: string } | undefined {
  if (path !== 'methods' && path !== 'dossierCases') return undefined
  const rows = [...parts].filter(([key]) => key.startsWith(`${path}.`))
  if (!rows.length) return undefined
  return { label: '', value: rows.map(([, p]) => `${p.label}: ${p.value}`).join('; ') }
}

/** Copies one part from `before` into `record`; false for a path it does not know. */
function copyPart(
  before: ImportedProcedure,
  record: ImportedProcedure,
  path: string,
  beforeMethods: Map<string, ImportedMethod>,
  afterKeys: string[],
): boolean {
  switch (path) {
    case 'formalityType':
      record.formalityType = before.formalityType
      return true
    case 'onlineServiceLevel':
      record.onlineServiceLevel = before.onlineServiceLevel
      return true
    case 'subjects':
      record.subjects = before.subjects
      record.subjectsGap = before.subjectsGap
      return true
    case 'agencies.implementing':
      record.agencies.implementing = before.agencies.implementing
      record.agencies.implementingGap = before.agencies.implementingGap
      return true
    case 'steps':
      record.steps = before.steps
      record.stepsGap = before.stepsGap
      return true
    case 'methods':
      record.methods = before.methods
      record.methodsGap = before.methodsGap
      return true
    case 'dossierCases':
      record.dossierCases = before.dossierCases
      record.dossierGap = before.dossierGap
      return true
    case 'results':
      record.results = before.results
      record.resultsGap = before.resultsGap
      return true
    case 'requirements':
      record.requirements = before.requirements
      record.requirementsGap = before.requirementsGap
      return true
    case 'legalBasis':
      record.legalBasis = before.legalBasis
      return true
  }
  const channel = /^methods\.([^.]+)\.(processingTime|fees)$/.exec(path)
  if (!channel) return false
  const old = beforeMethods.get(channel[1]!)
  const index = afterKeys.indexOf(channel[1]!)
  if (!old || index < 0) return false
  const row = record.methods[index]!
  if (channel[2] === 'processingTime') {
    row.processingTime = old.processingTime
    row.processingTimeUnit = old.processingTimeUnit
    row.processingTimeText = old.processingTimeText
    row.processingTimeGap = old.processingTimeGap
  } else {
    row.fees = old.fees
    row.feesGap = old.feesGap
  }
  return true
}
