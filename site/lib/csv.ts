/**
 * CSV for the open-data downloads (RFC 4180). A byte-order mark leads the file: without it, Excel
 * (what most offices open CSV with) reads UTF-8 Vietnamese as mojibake.
 */

/**
 * A text Excel and LibreOffice would read as a formula when the file is opened: "=", "+", "-" or
 * "@" first, or a tab or carriage return before one (OWASP, CSV injection). A name typed or
 * imported as "=HYPERLINK(…)" would otherwise run on the computer of whoever opens the download,
 * and a list written "- Giấy tờ …" shows as #NAME?. Such a cell is written with an apostrophe first,
 * which the spreadsheet shows as text; numbers are numbers and keep their sign. The JSON download
 * keeps every text as it is.
 */
const FORMULA_START = /^[=+\-@\t\r]/

const cell = (value: string | number | null | undefined): string => {
  const text = value == null ? '' : typeof value === 'number' ? String(value) : textCell(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const textCell = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text)

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}
