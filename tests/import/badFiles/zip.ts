/**
 * ZIP archives written byte by byte, so that the battery can lie where fflate and exceljs never
 * would: declared sizes that are not the real ones, entries that share their data, compression
 * methods nobody reads. Only what the ZIP guard and the libraries look at is written (CRCs are 0:
 * JSZip, which exceljs uses, does not check them by default).
 */
import { deflateSync } from 'fflate'

export interface RawEntry {
  name: string
  /** the bytes as stored: deflated for method 8 */
  data: Uint8Array
  method?: number
  /** the uncompressed size the archive declares */
  declaredSize: number
}

const encoder = new TextEncoder()

/** An archive of the entries; with `shared`, every entry's directory record points to the first one's data. */
export function rawZip(entries: RawEntry[], options: { shared?: boolean } = {}): Uint8Array {
  const locals: Uint8Array[] = []
  const offsets: number[] = []
  let offset = 0
  entries.forEach((entry, i) => {
    if (options.shared && i > 0) {
      offsets.push(offsets[0])
      return
    }
    const name = encoder.encode(entry.name)
    const header = new Uint8Array(30 + name.length)
    const view = new DataView(header.buffer)
    view.setUint32(0, 0x04034b50, true)
    view.setUint16(4, 20, true)
    view.setUint16(8, entry.method ?? 8, true)
    view.setUint32(18, entry.data.length, true)
    view.setUint32(22, entry.declaredSize, true)
    view.setUint16(26, name.length, true)
    header.set(name, 30)
    offsets.push(offset)
    locals.push(header, entry.data)
    offset += header.length + entry.data.length
  })
  const directory: Uint8Array[] = []
  let directorySize = 0
  entries.forEach((entry, i) => {
    const name = encoder.encode(entry.name)
    const record = new Uint8Array(46 + name.length)
    const view = new DataView(record.buffer)
    view.setUint32(0, 0x02014b50, true)
    view.setUint16(4, 20, true)
    view.setUint16(6, 20, true)
    view.setUint16(10, entry.method ?? 8, true)
    const data = options.shared ? entries[0].data : entry.data
    view.setUint32(20, data.length, true)
    view.setUint32(24, entry.declaredSize, true)
    view.setUint16(28, name.length, true)
    view.setUint32(42, offsets[i], true)
    record.set(name, 46)
    directory.push(record)
    directorySize += record.length
  })
  const end = new Uint8Array(22)
  const view = new DataView(end.buffer)
  view.setUint32(0, 0x06054b50, true)
  view.setUint16(8, entries.length, true)
  view.setUint16(10, entries.length, true)
  view.setUint32(12, directorySize, true)
  view.setUint32(16, offset, true)
  const parts = [...locals, ...directory, end]
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return bytes
}

/** A deflated entry that declares its true size. */
export const honestEntry = (name: string, content: string | Uint8Array): RawEntry => {
  const raw = typeof content === 'string' ? encoder.encode(content) : content
  return { name, data: deflateSync(raw), declaredSize: raw.length }
}

/**
 * A raw deflate stream of `size` zero bytes, written directly (fixed Huffman codes: one literal,
 * then matches of 258 bytes at distance 1, 13 bits each), so a gigabyte costs 6 MB and no time.
 */
export function deflatedZeros(size: number): Uint8Array {
  const matches = Math.floor((size - 1) / 258)
  const literals = size - 1 - matches * 258
  const out = new Uint8Array(Math.ceil((3 + 8 * (1 + literals) + 13 * matches + 7) / 8) + 1)
  let bit = 0
  const write = (value: number, bits: number) => {
    for (let i = 0; i < bits; i++, bit++) if ((value >> i) & 1) out[bit >> 3] |= 1 << (bit & 7)
  }
  /** Huffman codes go most significant bit first. */
  const code = (value: number, bits: number) => {
    let reversed = 0
    for (let i = 0; i < bits; i++) reversed |= ((value >> i) & 1) << (bits - 1 - i)
    write(reversed, bits)
  }
  write(1, 1) // last block
  write(1, 2) // fixed Huffman codes
  code(0x30, 8) // literal 0
  // One match is 13 bits: after 8 of them the bits line up with a byte again, so the 13 bytes of
  // 8 matches are written once and copied.
  const startBit = bit
  const first = Math.min(matches, 8)
  for (let i = 0; i < first; i++) {
    code(0xc5, 8) // length 258 (code 285)
    code(0, 5) // distance 1
  }
  if (matches > 8 && startBit % 8 === 3) {
    const startByte = startBit >> 3
    const pattern = out.slice(startByte, startByte + 14)
    const groups = Math.floor(matches / 8)
    // The pattern's first byte shares its low 3 bits with the block header and literal.
    for (let g = 1; g < groups; g++) {
      const at = startByte + 13 * g
      out[at] |= pattern[0] & 0xf8
      out.set(pattern.subarray(1, 13), at + 1)
    }
    bit = startBit + 104 * groups
    for (let i = groups * 8; i < matches; i++) {
      code(0xc5, 8)
      code(0, 5)
    }
  } else
    for (let i = first; i < matches; i++) {
      code(0xc5, 8)
      code(0, 5)
    }
  for (let i = 0; i < literals; i++) code(0x30, 8)
  code(0, 7) // end of block
  return out.subarray(0, Math.ceil(bit / 8))
}
