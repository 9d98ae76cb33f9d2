/**
 * Text files of an import must be UTF-8. Decoding is strict: the lenient decoder would turn a file
 * saved as Windows-1258, TCVN3 (ABC) or Latin-1 into names full of "�" and import them as if the
 * source had said so. Instead the first byte that is not UTF-8 is located by line and column.
 */

/** The UTF-16 a text seems to be in: by its byte-order mark, or by ASCII characters' zero bytes. */
export function utf16Encoding(bytes: Uint8Array): 'UTF-16 LE' | 'UTF-16 BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16 LE'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16 BE'
  // Without a mark: JSON opens with ASCII, which UTF-16 writes with a zero byte beside it.
  const head = bytes.subarray(0, 64)
  if (head.length < 4) return null
  let even = 0
  let odd = 0
  head.forEach((b, i) => {
    if (b === 0) {
      if (i % 2) odd++
      else even++
    }
  })
  const half = head.length / 2
  if (odd >= half * 0.6 && even === 0) return 'UTF-16 LE'
  if (even >= half * 0.6 && odd === 0) return 'UTF-16 BE'
  return null
}

/**
 * The offset of the first byte that does not start a valid UTF-8 sequence (RFC 3629: no overlong
 * forms, no surrogates, nothing above U+10FFFF), with `truncated` when the sequence is cut short by
 * the end of the file; null when all of it is valid.
 */
export function firstInvalidUtf8(bytes: Uint8Array): { offset: number; truncated: boolean } | null {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]
    if (b < 0x80) {
      i++
      continue
    }
    let length: number
    let low = 0x80
    let high = 0xbf
    if (b >= 0xc2 && b <= 0xdf) length = 2
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3
      if (b === 0xe0) low = 0xa0
      if (b === 0xed) high = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4
      if (b === 0xf0) low = 0x90
      if (b === 0xf4) high = 0x8f
    } else return { offset: i, truncated: false }
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return { offset: i, truncated: true }
      const next = bytes[i + k]
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf]
      if (next < min || next > max) return { offset: i, truncated: false }
    }
    i += length
  }
  return null
}

/** The text of a UTF-8 file (a byte-order mark is dropped), or a Vietnamese message saying where it is not UTF-8. */
export function decodeUtf8(
  bytes: Uint8Array,
): { text: string } | { message: string; line: number; value: string } {
  const utf16 = utf16Encoding(bytes)
  if (utf16)
    return {
      message: `Tệp được lưu bằng mã ${utf16}, không phải UTF-8: hãy lưu lại tệp với mã UTF-8.`,
      line: 1,
      value: utf16,
    }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    const invalid = firstInvalidUtf8(bytes) ?? { offset: 0, truncated: false }
    const before = bytes.subarray(0, invalid.offset)
    const lineStart = before.lastIndexOf(0x0a) + 1
    const line = before.reduce((n, b) => (b === 0x0a ? n + 1 : n), 1)
    // The part of the line before the bad byte is valid UTF-8: its characters give the column.
    const column = [...new TextDecoder().decode(before.subarray(lineStart))].length + 1
    const value = `0x${bytes[invalid.offset].toString(16).toUpperCase().padStart(2, '0')}`
    return {
      message: invalid.truncated
        ? `Tệp kết thúc giữa một ký tự UTF-8 (dòng ${line}, cột ${column}): tệp có thể bị cắt cụt.`
        : `Tệp không phải văn bản UTF-8 hợp lệ: byte ${value} ở dòng ${line}, cột ${column} không thuộc mã UTF-8 (tệp có thể được lưu bằng bảng mã Windows-1258, TCVN3 hay Latin-1): hãy lưu lại tệp với mã UTF-8.`,
      line,
      value,
    }
  }
}
