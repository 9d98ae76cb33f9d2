/**
 * CSV for the open-data downloads (RFC 4180). A byte-order mark leads the file: without it, Excel
 * (what most offices open CSV with) reads UTF-8 Vietnamese as mojibake.
 */
const cell = (value: string | number | null | undefined): string => {
  const text = value == null ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}
