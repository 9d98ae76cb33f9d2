/** Malformed results workbooks (results-xlsx), each with the row and column at fault. */
import { dossierCountLabels, DOSSIER_COUNTS } from '../../../content-schemas/serviceResults'
import { codeOf, noisyText, type Random } from './random'
import type { BadFile, BadFileGenerator } from './types'
import { columnLetter, writeXlsx, type Cell } from './xlsxWriter'

const HEADER = ['Mã thủ tục', 'Tên thủ tục', ...DOSSIER_COUNTS.map((k) => dossierCountLabels[k].vi)]
/** Row 1 title, row 2 locality code, row 3 period, row 4 blank, row 5 header: rows start at 6. */
const FIRST_ROW = 6
const COUNT_COLUMN = 2

const fieldOf = (countIndex: number) =>
  `${dossierCountLabels[DOSSIER_COUNTS[countIndex]].vi} (cột ${columnLetter(COUNT_COLUMN + countIndex)})`

/** Counts that add up: carried over and received equal what became of them. */
function countsThatAddUp(random: Random): number[] {
  const sources = [random.int(0, 5), random.int(0, 40), random.int(0, 40), random.int(0, 3)]
  let left = sources.reduce((a, b) => a + b, 0)
  const outcomes = Array.from({ length: 6 }, (_, i) => {
    const n = i === 5 ? left : random.int(0, left)
    left -= n
    return n
  })
  return [...sources, ...outcomes]
}

const file = (label: string) => `ket-qua-${label.replace(/[^\w.-]+/g, '-').slice(0, 50)}.xlsx`

function workbook(
  rows: Cell[][],
  {
    period = 'Tháng 10/2026' as Cell,
    locality = '91001' as Cell,
    header = HEADER as Cell[],
    merges = [] as string[],
  } = {},
) {
  return writeXlsx([
    {
      name: 'Kết quả giải quyết',
      rows: [
        ['BÁO CÁO KẾT QUẢ GIẢI QUYẾT HỒ SƠ'],
        ['Mã đơn vị hành chính:', locality],
        ['Kỳ báo cáo:', period],
        [],
        header,
        ...rows,
      ],
      merges,
    },
  ])
}

export const resultsExcelFiles: BadFileGenerator = {
  name: 'results-xlsx',
  generate(random) {
    const cases: BadFile[] = []
    let next = 8_000
    const rowsOf = (count: number): Cell[][] =>
      Array.from({ length: count }, () => [
        codeOf(next++),
        random.pick(['Đăng ký khai sinh', 'Chứng thực bản sao', 'Đăng ký kết hôn']),
        ...countsThatAddUp(random),
      ])
    const codesOf = (rows: Cell[][]) => rows.map((r) => String(r[0]))

    // Controls: reports that add up, some counts unknown (empty) where the sums cannot be checked.
    for (let i = 0; i < 8; i++) {
      const rows = rowsOf(random.int(1, 6))
      if (i % 2) rows[0][COUNT_COLUMN + random.int(0, 9)] = null
      const bytes = workbook(rows)
      const name = file(`hop-le-${i}`)
      cases.push({
        label: `valid results control ${i}`,
        file: name,
        expect: 'valid',
        codes: codesOf(rows),
        build: () => [{ file: name, bytes }],
      })
    }

    /** One bad row: refused, naming the column; the others read. */
    const oneBadRow = (label: string, damage: (row: Cell[]) => number | null) => {
      const rows = rowsOf(random.int(2, 5))
      const bad = random.int(0, rows.length - 1)
      const column = damage(rows[bad])
      const bytes = workbook(rows)
      const name = file(`${label}-${next}`)
      cases.push({
        label: `results row ${FIRST_ROW + bad}: ${label}`,
        file: name,
        where: { row: FIRST_ROW + bad, field: column === null ? undefined : fieldOf(column) },
        codes: codesOf(rows.filter((_, k) => k !== bad)),
        build: () => [{ file: name, bytes }],
      })
    }
    for (let i = 0; i < 10; i++) {
      oneBadRow('sums that disagree', (row) => {
        row[COUNT_COLUMN + 4] = (row[COUNT_COLUMN + 4] as number) + random.int(1, 9)
        return null
      })
      const count = i
      for (const [what, value] of [
        ['negative', -random.int(1, 9)],
        ['fraction', 2.5],
        ['words', 'mười hai'],
        ['date', { date: new Date(Date.UTC(2026, i, 1)) }],
        ['error value', { error: '#N/A' }],
        ['formula without a value', { formula: 'SUM(C6:D6)' }],
        ['huge text', noisyText(random, i < 5 ? 12_000 : 1 << 20)],
      ] as [string, Cell][])
        oneBadRow(`${what} in ${HEADER[COUNT_COLUMN + count]}`, (row) => {
          row[COUNT_COLUMN + count] = value
          return count
        })
    }
    for (const code of ['1.00119', 'abc', '01.001193', '1,001193'])
      oneBadRow(`malformed code ${code}`, (row) => {
        row[0] = code
        return null
      })

    // Duplicate codes: the later row refused.
    for (let i = 0; i < 5; i++) {
      const rows = rowsOf(random.int(2, 5))
      const second = random.int(1, rows.length - 1)
      rows[second][0] = rows[0][0]
      const bytes = workbook(rows)
      const name = file(`trung-ma-${i}`)
      cases.push({
        label: `results rows with one code twice (${i})`,
        file: name,
        where: { row: FIRST_ROW + second },
        codes: codesOf(rows.filter((_, k) => k !== second)),
        build: () => [{ file: name, bytes }],
      })
    }

    // A merged count: refused, the rows it spans with it.
    for (let i = 0; i < 5; i++) {
      const rows = rowsOf(3)
      const column = columnLetter(COUNT_COLUMN + i)
      const bytes = workbook(rows, { merges: [`${column}${FIRST_ROW}:${column}${FIRST_ROW + 1}`] })
      const name = file(`o-gop-${i}`)
      cases.push({
        label: `results count merged over two rows (${column})`,
        file: name,
        where: { row: FIRST_ROW, field: fieldOf(i) },
        codes: [String(rows[2][0])],
        build: () => [{ file: name, bytes }],
      })
    }

    // The file as a whole: no period, a period that is no month, quarter or year, a bad locality.
    const fileError = (label: string, options: Parameters<typeof workbook>[1]) => {
      const bytes = workbook(rowsOf(2), options)
      const name = file(label)
      cases.push({
        label: `results file: ${label}`,
        file: name,
        build: () => [{ file: name, bytes }],
      })
    }
    fileError('no period', { period: null })
    fileError('period in words', { period: 'tháng này' })
    fileError('six months', { period: '6 tháng đầu năm 2026' })
    fileError('odd range', { period: 'Từ ngày 03/10/2026 đến ngày 20/10/2026' })
    fileError('impossible date', { period: 'Từ ngày 31/09/2026 đến ngày 14/10/2026' })
    fileError('bad locality code', { locality: 'Xã A' })
    fileError('locality code of one digit', { locality: '9' })
    // "Quá hạn" with nothing saying resolved or in progress; the same column twice.
    fileError('ambiguous late column', {
      header: ['Mã thủ tục', 'Tên', 'Kỳ trước chuyển sang', 'Trước hạn', 'Đúng hạn', 'Quá hạn'],
    })
    fileError('a column twice', {
      header: [...HEADER.slice(0, 5), HEADER[4], ...HEADER.slice(6)],
    })
    fileError('no code or name column', { header: ['STT', 'Ghi chú', ...HEADER.slice(2)] })
    {
      const bytes = workbook([[codeOf(next++), 'Đăng ký khai sinh']])
      const name = file('khong-so-lieu')
      cases.push({
        label: 'results file with no counts at all',
        file: name,
        build: () => [{ file: name, bytes }],
      })
    }

    // "-" in a count: read as unknown, with a warning.
    for (let i = 0; i < 3; i++) {
      const rows = rowsOf(2)
      rows[1][COUNT_COLUMN + 9] = '-'
      const bytes = workbook(rows)
      const name = file(`gach-ngang-${i}`)
      cases.push({
        label: `results count written "-" (${i})`,
        file: name,
        expect: 'warning',
        where: { row: FIRST_ROW + 1, field: fieldOf(9) },
        codes: codesOf(rows),
        build: () => [{ file: name, bytes }],
      })
    }
    return cases
  },
}
