/**
 * What an import says about its input: every problem located by file, record (or row), code,
 * field and value, with a Vietnamese message an officer can act on.
 */
export interface ImportIssue {
  file: string
  /** 1-based position of the record in the file, or null for the file as a whole */
  record: number | null
  /** 1-based row of a spreadsheet, or the line of a syntax error in a text file */
  row: number | null
  /** the procedure code the record gives, when it gives one */
  code: string | null
  /** path of the field in the source, e.g. "executionMethods[1].processingTime"; "" for the whole */
  field: string
  /** the value as the source wrote it (shortened), or null */
  value: string | null
  /** Vietnamese */
  message: string
  /** an error keeps the record out of the import; a warning keeps it */
  severity: 'error' | 'warning'
}

const MAX_VALUE = 120

/** The value as shown in a report: one line, shortened. */
export function shownValue(value: unknown): string | null {
  if (value === undefined || value === null) return null
  let text: string
  try {
    text = (typeof value === 'string' ? value : JSON.stringify(value)) ?? String(value)
  } catch {
    // Too deep to write out (a hostile file): the kind of value still says what was there.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' ? '{…}' : String(value)
  }
  // Only the start is looked at: a hostile value may be megabytes long.
  const line = text
    .slice(0, MAX_VALUE * 8)
    .replace(/\s+/g, ' ')
    .trim()
  return line.length > MAX_VALUE || text.length > MAX_VALUE * 8
    ? `${line.slice(0, MAX_VALUE - 1)}…`
    : line
}

/**
 * One Vietnamese line: `Lỗi: tệp X, bản ghi 3 (mã 1.001193), trường executionMethods[1].processingTime:
 * giá trị "abc" — <message>`.
 */
export function formatIssue(issue: ImportIssue): string {
  // No file: the import as a whole (a format name, the number of files).
  const where = issue.file ? [`tệp ${issue.file}`] : []
  if (issue.record !== null)
    where.push(`bản ghi ${issue.record}${issue.code ? ` (mã ${issue.code})` : ''}`)
  else if (issue.code) where.push(`mã ${issue.code}`)
  if (issue.row !== null) where.push(`dòng ${issue.row}`)
  if (issue.field) where.push(`trường ${issue.field}`)
  const value = issue.value !== null ? `: giá trị "${issue.value}"` : ''
  const severity = issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo'
  const located = `${where.join(', ')}${value}`
  return `${severity}: ${located ? `${located} — ` : ''}${issue.message}`
}
