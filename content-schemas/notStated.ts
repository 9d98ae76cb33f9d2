/**
 * The words a source writes in a part it does not know: the national portal's "Không có thông
 * tin", a province list's "Đang cập nhật", a dash in a table cell. Read as unknown, never as a
 * value and never as none; importers and the fee reading share this one list.
 */
const NOT_STATED =
  /^(?:không có thông tin|chưa có thông tin|đang cập nhật(?: thông tin)?|chưa cập nhật(?: thông tin)?|đang bổ sung|chưa bổ sung|[-–—.…]+|n\/a)$/u

/** True when `text`, as written, says only that the part is not known. */
export function isNotStatedText(text: string): boolean {
  const written = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?<=\p{L})[.;:]+$/u, '')
  return NOT_STATED.test(written)
}
