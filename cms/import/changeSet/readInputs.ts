/**
 * Reads the files of one import into one `ImportedSet`, remembering which file each record came
 * from (for the plan's locations). Stands in for `readImport` (cms/import/readImport.ts), which
 * does the same with every format; the change set depends only on this function's result.
 */
import { IMPORT_FORMATS } from '../formats'
import type { ImportedSet } from '../records'

export interface ImportInput {
  name: string
  bytes: Uint8Array
}

export interface ReadInputs {
  set: ImportedSet
  /** per file, the format it was read as (null: not recognised) */
  formats: { name: string; format: string | null; size: number }[]
  /** "procedure:<code>", "application:<locality>/<code>" or "decision:<number>" → file name */
  origins: Record<string, string>
}

export async function readInputs(
  inputs: ImportInput[],
  { format }: { format?: string } = {},
): Promise<ReadInputs> {
  const set: ImportedSet = {
    procedures: [],
    skeletons: [],
    applications: [],
    decisions: [],
    issues: [],
  }
  const formats: ReadInputs['formats'] = []
  const origins: Record<string, string> = {}
  for (const input of inputs) {
    const reader = format
      ? IMPORT_FORMATS.find((f) => f.name === format)
      : IMPORT_FORMATS.find((f) => f.detect(input.bytes, input.name))
    formats.push({ name: input.name, format: reader?.name ?? null, size: input.bytes.length })
    if (!reader) {
      set.issues.push({
        file: input.name,
        record: null,
        row: null,
        code: null,
        field: '',
        value: null,
        message: format
          ? `Không có định dạng "${format}". Các định dạng: ${IMPORT_FORMATS.map((f) => f.name).join(', ')}.`
          : `Không nhận ra định dạng của tệp. Các định dạng đọc được: ${IMPORT_FORMATS.map((f) => f.label).join('; ')}.`,
        severity: 'error',
      })
      continue
    }
    const read = await reader.read(input.bytes, input.name)
    for (const p of [...(read.procedures ?? []), ...(read.skeletons ?? [])])
      origins[`procedure:${p.code}`] ??= input.name
    for (const d of read.decisions ?? [])
      if (d.number) origins[`decision:${d.number}`] ??= input.name
    for (const a of read.applications ?? [])
      origins[`application:${a.locality}/${a.procedure}`] ??= input.name
    set.procedures.push(...(read.procedures ?? []))
    set.skeletons.push(...(read.skeletons ?? []))
    set.applications.push(...(read.applications ?? []))
    set.decisions.push(...(read.decisions ?? []))
    set.issues.push(...(read.issues ?? []))
  }
  return { set, formats, origins }
}
