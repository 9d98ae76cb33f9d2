/**
 * The texts of the first rows of an XLSX's first sheet, read synchronously for format detection
 * (`ImportFormat.detect` is synchronous, and loading a workbook with exceljs only to look at its
 * header would cost as much as reading it). Only the workbook's index, the first sheet and the
 * shared strings are inflated, and only after `checkZip` found the container safe.
 *
 * The XML is scanned with regular expressions rather than parsed: detection needs cell texts of a
 * few rows, nothing of the structure, and a wrong answer only means the file goes to the other
 * XLSX reader, whose header check then says what is missing.
 */
import { strFromU8, unzipSync } from 'fflate'

import { checkZip } from '../zipGuard'

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

const decode = (xml: string) =>
  xml.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#')
      return String.fromCodePoint(
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1)),
      )
    return ENTITIES[name] ?? whole
  })

/** The text runs (<t>) inside a fragment, joined: a shared string or an inline string. */
const runs = (xml: string) =>
  [...xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)]
    .map((m) => decode(m[1]))
    .join('')

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null

/**
 * The non-empty cell texts of each of the first `rows` rows of the first sheet (index 0 is row 1),
 * or null when the bytes are not a safe, readable XLSX.
 */
export function firstSheetRows(bytes: Uint8Array, rows = 10): string[][] | null {
  if (checkZip(bytes, '', 'xlsx').length) return null
  try {
    const index = unzipSync(bytes, {
      filter: (entry) =>
        entry.name === 'xl/workbook.xml' || entry.name === 'xl/_rels/workbook.xml.rels',
    })
    const workbook = index['xl/workbook.xml'] && strFromU8(index['xl/workbook.xml'])
    const rels =
      index['xl/_rels/workbook.xml.rels'] && strFromU8(index['xl/_rels/workbook.xml.rels'])
    if (!workbook || !rels) return null
    const sheetTag = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbook)?.[0]
    const relId = sheetTag && /\s\w+:id="([^"]*)"/.exec(sheetTag)?.[1]
    const relTag = relId
      ? [...rels.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)].find(
          (m) => attribute(m[0], 'Id') === relId,
        )?.[0]
      : undefined
    const target = relTag && attribute(relTag, 'Target')
    if (!target) return null
    const sheetPath = target.startsWith('/') ? target.slice(1) : `xl/${target}`

    const parts = unzipSync(bytes, {
      filter: (entry) => entry.name === sheetPath || entry.name === 'xl/sharedStrings.xml',
    })
    if (!parts[sheetPath]) return null
    const shared = parts['xl/sharedStrings.xml']
      ? [
          ...strFromU8(parts['xl/sharedStrings.xml']).matchAll(
            /<(?:\w+:)?si>([\s\S]*?)<\/(?:\w+:)?si>/g,
          ),
        ].map((m) => runs(m[1]))
      : []
    const sheet = strFromU8(parts[sheetPath])

    const out: string[][] = Array.from({ length: rows }, () => [])
    const rowPattern = /<(?:\w+:)?row\s([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g
    let position = 0
    for (const row of sheet.matchAll(rowPattern)) {
      // Rows without r follow the one before.
      const r = Number(attribute(` ${row[1]}`, 'r') ?? position + 1)
      position = r
      if (r > rows) break
      const cells = row[2] ?? ''
      for (const cell of cells.matchAll(
        /<(?:\w+:)?c(\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g,
      )) {
        const type = attribute(cell[1] ?? '', 't')
        const body = cell[2] ?? ''
        const value = /<(?:\w+:)?v>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1]
        const text =
          type === 's'
            ? (shared[Number(value)] ?? '')
            : type === 'inlineStr'
              ? runs(body)
              : value !== undefined
                ? decode(value)
                : ''
        if (text.trim()) out[r - 1].push(text)
      }
    }
    return out
  } catch {
    return null
  }
}
