/**
 * Reads the files of one import into one `ImportedSet` with `readImport` (its limits, format
 * recognition and cross-file checks), remembering which file each record came from and the format
 * each file was read as, for the plan's locations and the set's record.
 */
import { readImport } from '../readImport'
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
  const formats: ReadInputs['formats'] = inputs.map((input) => ({
    name: input.name,
    format: null,
    size: input.bytes.length,
  }))
  const origins: Record<string, string> = {}
  const set = await readImport(
    inputs.map((input) => ({ file: input.name, bytes: input.bytes })),
    {
      format,
      onRead: (file, name, read) => {
        const entry = formats.find((f) => f.name === file && f.format === null)
        if (entry) entry.format = name
        for (const p of [...(read.procedures ?? []), ...(read.skeletons ?? [])])
          origins[`procedure:${p.code}`] ??= file
        for (const d of read.decisions ?? []) if (d.number) origins[`decision:${d.number}`] ??= file
        for (const a of read.applications ?? [])
          origins[`application:${a.locality}/${a.procedure}`] ??= file
      },
    },
  )
  return { set, formats, origins }
}
