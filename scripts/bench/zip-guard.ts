/**
 * node --import tsx scripts/bench/zip-guard.ts [--rows 140000] [--runs 5]
 *
 * What the ZIP guard costs on a real-looking national Excel list of about 5 MB (written by exceljs,
 * Vietnamese names, agencies and sectors varied as in real lists): the central-directory pass
 * alone, the whole check (central directory plus every entry inflated as a stream), fflate
 * inflating every entry at once, and exceljs loading the same bytes, which the check runs before. Medians of `--runs`.
 */
import { parseArgs } from 'node:util'

import ExcelJS from 'exceljs'
import { unzipSync } from 'fflate'

import { checkZip, zipEntries } from '../../cms/import/zipGuard'

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '140000' }, runs: { type: 'string', default: '5' } },
})
const rows = Number(values.rows)
const runs = Number(values.runs)

const ACTIONS = [
  'Đăng ký',
  'Cấp',
  'Cấp lại',
  'Điều chỉnh',
  'Xác nhận',
  'Chứng thực',
  'Thẩm định',
  'Gia hạn',
]
const OBJECTS = [
  'khai sinh',
  'kết hôn',
  'giấy phép xây dựng',
  'hộ kinh doanh',
  'thường trú',
  'bản sao từ bản chính',
  'quyền sử dụng đất',
  'giấy phép lái xe',
  'chứng chỉ hành nghề',
  'trợ cấp xã hội',
]
const QUALIFIERS = [
  'có yếu tố nước ngoài',
  'cho người nước ngoài',
  'tại cấp xã',
  'trong trường hợp bị mất',
  'đối với tổ chức',
  '',
]
const SECTORS = [
  'Hộ tịch',
  'Chứng thực',
  'Cư trú',
  'Đất đai',
  'Xây dựng',
  'Lao động, Thương binh và Xã hội',
  'Giao thông vận tải',
  'Y tế',
]
const MINISTRIES = [
  'Bộ Tư pháp',
  'Bộ Công an',
  'Bộ Tài nguyên và Môi trường',
  'Bộ Xây dựng',
  'Bộ Y tế',
]
const AGENCIES = [
  'Ủy ban nhân dân cấp xã',
  'Sở Tư pháp',
  'Phòng Tư pháp',
  'Công an cấp xã',
  'Sở Xây dựng; Ủy ban nhân dân cấp huyện',
  '',
]

let state = 42
const pick = <T>(items: T[]) => {
  state = (Math.imul(state, 1103515245) + 12345) >>> 0
  return items[state % items.length]
}

const workbook = new ExcelJS.Workbook()
const sheet = workbook.addWorksheet('Danh sách')
sheet.addRow(['DANH SÁCH THỦ TỤC HÀNH CHÍNH'])
sheet.addRow(['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực'])
for (let i = 0; i < rows; i++)
  sheet.addRow([
    `${1 + (i % 3)}.${String(i).padStart(6, '0')}${i % 4 === 0 ? '.000.00.00.H29' : ''}`,
    `${pick(ACTIONS)} ${pick(OBJECTS)} ${pick(QUALIFIERS)} (${i})`.replace(/\s+/g, ' '),
    pick(MINISTRIES),
    // Each locality's own agency name, as lists of a whole province carry them.
    `${pick(AGENCIES) || 'Ủy ban nhân dân'} ${pick(['xã', 'phường', 'thị trấn'])} ${pick(OBJECTS)} ${(state % 9973).toString(36)}`,
    pick(SECTORS),
  ])
const bytes = new Uint8Array(await workbook.xlsx.writeBuffer())
const entries = zipEntries(bytes)
const inflated = entries.reduce((n, e) => n + e.originalSize, 0)

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const time = async (run: () => unknown) => {
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await run()
    times.push(performance.now() - started)
  }
  return median(times)
}

const directory = await time(() => zipEntries(bytes))
const check = await time(() => {
  if (checkZip(bytes, 'bench.xlsx').length) throw new Error('the guard refused a real-looking list')
})
// For comparison: inflating every entry at once into memory, as a library does.
const whole = await time(() => unzipSync(bytes))
const excel = await time(() => new ExcelJS.Workbook().xlsx.load(Buffer.from(bytes) as never))
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`
console.log(
  [
    `${rows} rows: ${mb(bytes.length)} XLSX, ${entries.length} entries, ${mb(inflated)} inflated`,
    `central directory only: ${directory.toFixed(1)} ms`,
    `checkZip (directory + streaming inflation): ${check.toFixed(0)} ms`,
    `fflate unzipSync of every entry, in memory: ${whole.toFixed(0)} ms`,
    `exceljs load: ${excel.toFixed(0)} ms; the check adds ${((100 * check) / excel).toFixed(0)} % to it`,
  ].join('\n'),
)
