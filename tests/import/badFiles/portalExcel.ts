/** Malformed Excel lists (portal-xlsx), each with the row and column at fault. */
import ExcelJS from 'exceljs'

import { codeOf, noisyText, type Random } from './random'
import type { BadFile, BadFileGenerator } from './types'
import { writeXlsx, type Cell, type Sheet } from './xlsxWriter'

export const HEADER = ['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực']
const LETTERS = ['A', 'B', 'C', 'D', 'E']

/** A row of the list as the portal exports it. */
export function listRow(random: Random, code: string): string[] {
  return [
    code,
    random.pick([
      'Đăng ký khai sinh',
      'Đăng ký kết hôn',
      'Chứng thực chữ ký',
      'Đăng ký thường trú',
    ]),
    random.pick(['Bộ Tư pháp', 'Bộ Công an']),
    random.pick(['Ủy ban nhân dân cấp xã', '', 'UBND xã; Công an xã']),
    random.pick(['Hộ tịch', 'Chứng thực', 'Cư trú']),
  ]
}

interface ListOptions {
  /** rows above the header (a title, blank lines) */
  titleRows?: number
  header?: string[]
  merges?: string[]
}

/** The rows of a list sheet: title rows, the header, the rows. The header's row is titleRows + 1. */
const listSheet = (rows: Cell[][], options: ListOptions): Sheet => ({
  name: 'Danh sách',
  rows: [
    ...Array.from({ length: options.titleRows ?? 0 }, (_, i) =>
      i === 0 ? ['DANH SÁCH THỦ TỤC HÀNH CHÍNH'] : [],
    ),
    options.header ?? HEADER,
    ...rows,
  ],
  merges: options.merges,
})

/** An XLSX list, written by hand (fast). */
export const listXlsx = (rows: Cell[][], options: ListOptions = {}): Uint8Array =>
  writeXlsx([listSheet(rows, options)])

/** The same list written by exceljs, as the controls are: files as a library writes them. */
export async function listXlsxByExcelJs(
  rows: Cell[][],
  options: ListOptions & { edit?: (sheet: ExcelJS.Worksheet) => void } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  for (const row of listSheet(rows, options).rows) sheet.addRow(row as unknown[])
  options.edit?.(sheet)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const file = (label: string) => `${label.replace(/[^\w.-]+/g, '-').slice(0, 60)}.xlsx`

/** A heading for the column, as the reader names it: "Tên (cột B)". */
const fieldOf = (column: number) => `${HEADER[column]} (cột ${LETTERS[column]})`

export const portalExcelFiles: BadFileGenerator = {
  name: 'portal-xlsx',
  async generate(random) {
    const cases: BadFile[] = []
    let next = 5_000
    const rowsOf = (count: number) =>
      Array.from({ length: count }, () => listRow(random, codeOf(next++)))
    const titleRows = () => random.int(0, 3)

    // Controls: valid lists, columns in any order, title rows, local codes.
    for (let i = 0; i < 10; i++) {
      const rows = rowsOf(random.int(1, 6))
      const order = i % 2 ? random.shuffle([0, 1, 2, 3, 4]) : [0, 1, 2, 3, 4]
      const local = i % 3 === 0
      if (local) rows[0][0] = `${rows[0][0]}.000.00.00.H29`
      // Half written by exceljs, half by hand: both as a library writes a list.
      const bytes = await (
        i < 5 ? listXlsxByExcelJs : async (...a: Parameters<typeof listXlsx>) => listXlsx(...a)
      )(
        rows.map((r) => order.map((c) => r[c])),
        { titleRows: titleRows(), header: order.map((c) => HEADER[c]) },
      )
      const name = file(`hop-le-${i}`)
      cases.push({
        label: `valid XLSX control ${i} (columns ${order.join('')})`,
        file: name,
        expect: 'valid',
        codes: rows.map((r) => r[0].slice(0, 8)),
        build: () => [{ file: name, bytes }],
      })
    }
    // A valid row far down: the reader must not walk a million empty rows.
    {
      const rows = rowsOf(2)
      const far = listRow(random, codeOf(next))
      const bytes = writeXlsx([
        { name: 'Danh sách', rows: [HEADER, ...rows, { r: 1_000_000, cells: far }] },
      ])
      const name = file('dong-1-trieu')
      cases.push({
        label: 'valid XLSX with a row at 1,000,000',
        file: name,
        expect: 'valid',
        codes: [...rows.map((r) => r[0]), codeOf(next++)],
        build: () => [{ file: name, bytes }],
      })
    }

    // Truncated at random offsets.
    const whole = await listXlsxByExcelJs(rowsOf(30), { titleRows: 1 })
    for (let i = 0; i < 120; i++) {
      const bytes = whole.slice(0, random.int(0, whole.length - 1))
      const name = file(`cat-cut-${i}`)
      cases.push({
        label: `XLSX truncated at byte ${bytes.length} of ${whole.length}`,
        file: name,
        build: () => [{ file: name, bytes }],
      })
    }

    // Missing and renamed columns: the header row is named.
    for (let column = 0; column < 5; column++)
      for (let i = 0; i < 4; i++) {
        const titles = titleRows()
        const renamed = i >= 2
        const header = HEADER.map((h, c) =>
          c !== column
            ? h
            : renamed
              ? random.pick(['Mã số TTHC X', 'Tên gọi', 'Cơ quan', 'Nơi thực hiện', 'Ngành'])
              : null,
        )
        const rows = rowsOf(random.int(1, 4)).map((r) =>
          r.map((v, c) => (c === column && !renamed ? null : v)),
        )
        const bytes = listXlsx(
          rows.map((r) => r.filter((_, c) => renamed || c !== column)),
          { titleRows: titles, header: header.filter((h): h is string => h !== null) },
        )
        const name = file(`${renamed ? 'doi-ten' : 'thieu'}-cot-${column}-${i}`)
        cases.push({
          label: `XLSX ${renamed ? 'renamed' : 'missing'} column "${HEADER[column]}"`,
          file: name,
          where: { row: titles + 1 },
          build: () => [{ file: name, bytes }],
        })
      }
    // No header at all.
    for (let i = 0; i < 5; i++) {
      const bytes = listXlsx(rowsOf(3), { header: ['STT', 'Nội dung'] })
      const name = file(`khong-tieu-de-${i}`)
      cases.push({ label: 'XLSX with no header', file: name, build: () => [{ file: name, bytes }] })
    }

    /** A list with one bad cell (or row): that row refused, naming the column; the others read. */
    const oneBadRow = async (
      label: string,
      count: number,
      damage: (
        rows: Cell[][],
        bad: number,
        first: number,
      ) => { column: number | null; merges?: string[] },
      extraRefused: (bad: number) => number[] = () => [],
    ) => {
      const rows: Cell[][] = rowsOf(random.int(Math.max(2, count), count + 3))
      const bad = random.int(0, rows.length - 1)
      const titles = titleRows()
      const { column, merges } = damage(rows, bad, titles + 2 + bad)
      const bytes = listXlsx(rows, { titleRows: titles, merges })
      const refused = new Set([bad, ...extraRefused(bad)])
      const name = file(`${label}-${next}`)
      cases.push({
        label: `XLSX row ${titles + 2 + bad}: ${label}`,
        file: name,
        where: { row: titles + 2 + bad, field: column === null ? undefined : fieldOf(column) },
        codes: rows.filter((_, k) => !refused.has(k)).map((r) => String(r[0]).slice(0, 8)),
        build: () => [{ file: name, bytes }],
      })
      return { titles, bad }
    }

    // Malformed codes.
    const badCodes: Cell[] = [
      '1.00119',
      '1,001193',
      '01.001193',
      '1.0011934',
      'abc',
      '1.001193.h29',
      '',
      null,
      1.0011934,
      12,
    ]
    for (const code of badCodes)
      for (let i = 0; i < 3; i++)
        await oneBadRow(`malformed code ${JSON.stringify(code)}`, 2, (rows, bad) => {
          rows[bad][0] = code
          return { column: 0 }
        })
    // Duplicate codes: the later row refused, naming the first.
    for (let i = 0; i < 20; i++) {
      const rows: Cell[][] = rowsOf(random.int(2, 6))
      const first = random.int(0, rows.length - 2)
      const second = random.int(first + 1, rows.length - 1)
      rows[second][0] = rows[first][0]
      const titles = titleRows()
      const bytes = listXlsx(rows, { titleRows: titles })
      const name = file(`trung-ma-${i}`)
      cases.push({
        label: `XLSX rows ${titles + 2 + first} and ${titles + 2 + second} with one code`,
        file: name,
        where: { row: titles + 2 + second, field: fieldOf(0) },
        codes: rows.filter((_, k) => k !== second).map((r) => String(r[0])),
        build: () => [{ file: name, bytes }],
      })
    }
    // A code Excel stored as a number, or padded: read, with a warning.
    for (let i = 0; i < 6; i++) {
      const rows: Cell[][] = rowsOf(3)
      const code = String(rows[1][0])
      rows[1][0] = i % 2 ? Number(code) : ` ${code} `
      const bytes = listXlsx(rows)
      const name = file(`ma-so-hoac-khoang-trang-${i}`)
      cases.push({
        label: `XLSX code ${i % 2 ? 'stored as a number' : 'padded with spaces'}`,
        file: name,
        expect: 'warning',
        where: { row: 3, field: fieldOf(0) },
        codes: rows.map((r, k) => (k === 1 ? code : String(r[0]))),
        build: () => [{ file: name, bytes }],
      })
    }
    // Empty name or sector.
    for (const column of [1, 4])
      for (let i = 0; i < 5; i++)
        await oneBadRow(`empty ${HEADER[column]}`, 2, (rows, bad) => {
          rows[bad][column] = random.pick(['', '   ', null])
          return { column }
        })

    // Formulas, dates, error values, in any column.
    for (let i = 0; i < 25; i++) {
      const column = i % 5
      await oneBadRow(`formula in ${HEADER[column]}`, 2, (rows, bad) => {
        rows[bad][column] = random.pick([
          { formula: 'CONCATENATE("1.",A1)', result: codeOf(1) },
          { formula: 'B2', result: 'Đăng ký khai sinh' },
          { formula: 'HYPERLINK("http://x","y")', result: 'y' },
          { formula: '1+1', result: 2 },
        ])
        return { column }
      })
    }
    for (let i = 0; i < 10; i++) {
      const column = i % 5
      await oneBadRow(`date in ${HEADER[column]}`, 2, (rows, bad) => {
        rows[bad][column] = { date: new Date(Date.UTC(2024, i, 1)) }
        return { column }
      })
      await oneBadRow(`error value in ${HEADER[column]}`, 2, (rows, bad) => {
        rows[bad][column] = { error: random.pick(['#N/A', '#REF!', '#VALUE!', '#DIV/0!']) }
        return { column }
      })
    }

    // Merged cells: the rows they span are refused.
    for (let i = 0; i < 20; i++) {
      const vertical = i % 2 === 0
      const column = vertical ? random.pick([1, 3, 4]) : random.pick([1, 2, 3])
      let span: number[] = []
      await oneBadRow(
        `${vertical ? 'vertical' : 'horizontal'} merge from ${HEADER[column]}`,
        3,
        (_, bad, first) => {
          span = vertical ? [bad, bad + 1] : [bad]
          const from = `${LETTERS[column]}${first}`
          return {
            column,
            merges: [
              vertical
                ? `${from}:${LETTERS[column]}${first + 1}`
                : `${from}:${LETTERS[column + 1]}${first}`,
            ],
          }
        },
        (bad) => span.filter((k) => k !== bad),
      )
    }

    // Huge cells: over the 10,000 characters a cell may hold, up to 1 MB.
    for (let i = 0; i < 20; i++) {
      const column = i % 5
      const length = i < 14 ? 10_001 + random.int(0, 5000) : 1 << 20
      await oneBadRow(`${length} characters in ${HEADER[column]}`, 2, (rows, bad) => {
        rows[bad][column] = noisyText(random, length)
        return { column }
      })
    }

    // Hidden sheets: never read.
    for (let i = 0; i < 10; i++) {
      const rows = rowsOf(3)
      const allHidden = i % 2 === 0
      const state = random.pick(['hidden', 'veryHidden'] as const)
      const bytes = writeXlsx([
        { ...listSheet(rows, {}), state },
        ...(allHidden ? [] : [{ name: 'Trang trống', rows: [] }]),
      ])
      const name = file(`trang-an-${i}`)
      cases.push({
        label: `XLSX list in a hidden sheet${allHidden ? ', no visible sheet' : ' behind an empty visible one'}`,
        file: name,
        build: () => [{ file: name, bytes }],
      })
    }
    for (let i = 0; i < 5; i++) {
      const rows = rowsOf(3)
      const planted = rowsOf(2)
      // The hidden sheet first in the workbook: what a careless reader takes.
      const bytes = writeXlsx([
        { ...listSheet(planted, {}), name: 'Ẩn', state: 'hidden' },
        listSheet(rows, {}),
      ])
      const name = file(`trang-an-them-${i}`)
      cases.push({
        label: 'XLSX with a hidden sheet beside the visible list',
        file: name,
        expect: 'warning',
        where: { field: 'trang tính' },
        codes: rows.map((r) => r[0]),
        build: () => [{ file: name, bytes }],
      })
    }

    // Header only: a warning, nothing read.
    cases.push({
      label: 'XLSX header with no row',
      file: 'chi-tieu-de.xlsx',
      expect: 'warning',
      build: async () => [{ file: 'chi-tieu-de.xlsx', bytes: listXlsx([]) }],
    })
    return cases
  },
}
