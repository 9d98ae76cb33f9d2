import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ExcelJS from 'exceljs'
import { strToU8, zipSync } from 'fflate'
import { afterAll, describe, expect, it } from 'vitest'

import { IMPORT_FORMATS } from './formats'
import { IMPORT_LIMITS } from './limits'
import { readImport, readImportPaths } from './readImport'
import type { ImportedSet } from './records'
import { formatIssue } from './report'

const record = (code: string, name = 'Đăng ký khai sinh') => ({
  code,
  name,
  isCommuneLevel: true,
  categoriesDetails: [{ name: 'Hộ tịch' }],
})
const json = (...records: object[]) => strToU8(JSON.stringify(records))

async function xlsx(rows: string[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Danh sách')
  sheet.addRow(['Mã số', 'Tên', 'Cơ quan ban hành', 'Cơ quan thực hiện', 'Lĩnh vực'])
  for (const row of rows) sheet.addRow(row)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const errorsOf = (set: ImportedSet) => set.issues.filter((i) => i.severity === 'error')

describe('readImport', () => {
  it('recognises each file from its content, whatever its name, and merges the sets', async () => {
    const list = await xlsx([['1.000894', 'Đăng ký kết hôn', 'Bộ Tư pháp', '', 'Hộ tịch']])
    const set = await readImport([
      { file: 'thutuc.txt', bytes: json(record('1.001193')) },
      { file: 'danhsach.dat', bytes: list },
    ])
    expect(errorsOf(set)).toEqual([])
    expect(set.procedures.map((p) => p.code)).toEqual(['1.001193'])
    expect(set.skeletons.map((p) => p.code)).toEqual(['1.000894'])
  })

  it('tells a DOCX from an XLSX by its parts, without inflating them', async () => {
    const docx = zipSync({ 'word/document.xml': strToU8('<w:document/>') })
    const [xlsxFormat] = IMPORT_FORMATS.filter((f) => f.name === 'portal-xlsx')
    expect(xlsxFormat.detect(docx, 'a.docx')).toBe(false)
    expect(xlsxFormat.detect(await xlsx([]), 'a.docx')).toBe(true)
    // A spreadsheet of another kind (OpenDocument): no format takes it, and the message says why.
    const ods = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
      'content.xml': strToU8('<x/>'),
    })
    const set = await readImport([{ file: 'danhsach.ods', bytes: ods }])
    expect(set.issues.map((i) => i.message)).toEqual([
      expect.stringMatching(
        /^Không nhận ra định dạng tệp danhsach\.ods \(tệp nén ZIP không chứa bảng tính Excel\); các định dạng được nhận: portal-json \(.*\), portal-xlsx \(/,
      ),
    ])
  })

  it('uses the format the officer names, and lists the known ones for an unknown name', async () => {
    const named = await readImport([{ file: 'a.json', bytes: json(record('1.001193')) }], {
      format: 'portal-xlsx',
    })
    expect(errorsOf(named)[0]).toMatchObject({ file: 'a.json', field: 'tệp' })
    expect(errorsOf(named)[0].message).toMatch(/không phải tệp Excel/)

    const unknown = await readImport([{ file: 'a.json', bytes: json(record('1.001193')) }], {
      format: 'csv',
    })
    expect(unknown.procedures).toEqual([])
    expect(unknown.issues).toHaveLength(1)
    expect(formatIssue(unknown.issues[0])).toMatch(
      /^Lỗi: trường định dạng: giá trị "csv" — Không có định dạng "csv"\. Các định dạng được nhận: portal-json \(Hồ sơ TTHC của CSDL quốc gia \(JSON\)\), portal-xlsx \(/,
    )
  })

  it('refuses a code that two files give, naming both, and keeps the first', async () => {
    const list = await xlsx([['1.001193', 'Đăng ký khai sinh', 'Bộ Tư pháp', '', 'Hộ tịch']])
    const set = await readImport([
      { file: 'a.json', bytes: json(record('1.001193'), record('1.000894')) },
      { file: 'b.json', bytes: json(record('1.000894', 'Kết hôn')) },
      { file: 'c.xlsx', bytes: list },
    ])
    expect(set.procedures.map((p) => [p.code, p.name])).toEqual([
      ['1.001193', 'Đăng ký khai sinh'],
      ['1.000894', 'Đăng ký khai sinh'],
    ])
    expect(set.skeletons).toEqual([])
    expect(errorsOf(set).map(formatIssue)).toEqual([
      'Lỗi: tệp b.json, mã 1.000894, trường code: giá trị "1.000894" — Mã thủ tục 1.000894 có trong cả tệp a.json và tệp b.json: một lần nhập chỉ được có mỗi mã một lần; bản ghi trong tệp b.json không được nhập.',
      'Lỗi: tệp c.xlsx, mã 1.001193, trường code: giá trị "1.001193" — Mã thủ tục 1.001193 có trong cả tệp a.json và tệp c.xlsx: một lần nhập chỉ được có mỗi mã một lần; bản ghi trong tệp c.xlsx không được nhập.',
    ])
  })

  it('checks the limits before reading anything', async () => {
    const empty = await readImport([{ file: 'rong.json', bytes: new Uint8Array(0) }])
    expect(empty.issues.map(formatIssue)).toEqual([
      'Lỗi: tệp rong.json — Tệp rong.json rỗng (0 byte).',
    ])

    const big = await readImport([
      { file: 'lon.json', bytes: new Uint8Array(IMPORT_LIMITS.fileBytes + 1) },
    ])
    expect(big.issues.map((i) => i.message)).toEqual([
      'Tệp lon.json quá lớn (50,0 MB); giới hạn 50,0 MB mỗi tệp.',
    ])

    const many = Array.from({ length: IMPORT_LIMITS.files + 1 }, (_, i) => ({
      file: `t${i + 1}.json`,
      bytes: json(record(`1.${String(100_000 + i).padStart(6, '0')}`)),
    }))
    const tooMany = await readImport(many)
    expect(tooMany.procedures).toEqual([])
    expect(tooMany.issues).toEqual([
      expect.objectContaining({ file: 't5001.json', severity: 'error' }),
    ])
    expect(tooMany.issues[0].message).toMatch(/5\.001 tệp.*giới hạn 5\.000 tệp/)

    const chunk = new Uint8Array(60 * 1024 * 1024)
    const batch = await readImport(
      ['a', 'b', 'c', 'd', 'e'].map((name) => ({
        file: `${name}.json`,
        bytes: chunk.subarray(0, 45 * 1024 * 1024),
      })),
    )
    expect(batch.issues).toEqual([expect.objectContaining({ file: 'e.json', severity: 'error' })])
    expect(batch.issues[0].message).toMatch(/hơn 200,0 MB/)
  })

  it('turns a reader that throws into an error for its file, and goes on', async () => {
    IMPORT_FORMATS.unshift({
      name: 'test-throws',
      label: 'Định dạng thử',
      detect: (bytes) => bytes[0] === 0x21,
      read: () => Promise.reject(new RangeError('boom')),
    })
    try {
      const set = await readImport([
        { file: 'hong.txt', bytes: strToU8('!') },
        { file: 'a.json', bytes: json(record('1.001193')) },
      ])
      expect(set.procedures.map((p) => p.code)).toEqual(['1.001193'])
      expect(set.issues.map((i) => [i.file, i.message])).toEqual([
        [
          'hong.txt',
          'Không đọc được tệp hong.txt (Định dạng thử): lỗi không mong đợi của bộ đọc (RangeError).',
        ],
      ])
    } finally {
      IMPORT_FORMATS.shift()
    }
  })
})

describe('readImportPaths', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'ttkc-import-'))
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }))

  it('reads a folder recursively, skipping hidden files, links out of it and non-regular files', async () => {
    const folder = path.join(root, 'tinh')
    fs.mkdirSync(path.join(folder, 'xa', '.an'), { recursive: true })
    fs.writeFileSync(path.join(folder, 'a.json'), json(record('1.001193')))
    fs.writeFileSync(path.join(folder, 'xa', 'b.json'), json(record('1.000894')))
    fs.writeFileSync(path.join(folder, '.c.json'), json(record('1.000001')))
    fs.writeFileSync(path.join(folder, 'xa', '.an', 'd.json'), json(record('1.000002')))
    const outside = path.join(root, 'ngoai.json')
    fs.writeFileSync(outside, json(record('1.000003')))
    fs.symlinkSync(outside, path.join(folder, 'ra-ngoai.json'))
    fs.symlinkSync(path.join(folder, 'a.json'), path.join(folder, 'xa', 'lien-ket.json'))
    fs.symlinkSync(path.join(folder, 'xa'), path.join(folder, 'thu-muc-lien-ket'))
    execFileSync('mkfifo', [path.join(folder, 'ong.json')])

    const set = await readImportPaths([folder])
    expect(set.procedures.map((p) => p.code)).toEqual(['1.001193', '1.000894'])
    // The link inside the folder is read: its code is the one a.json gave.
    expect(set.issues.map((i) => [path.relative(root, i.file), i.severity])).toEqual([
      ['tinh/ong.json', 'warning'],
      ['tinh/ra-ngoai.json', 'warning'],
      ['tinh/thu-muc-lien-ket', 'warning'],
      ['tinh/xa/lien-ket.json', 'error'],
    ])
    expect(set.issues[1].message).toMatch(
      /liên kết tượng trưng không trỏ tới một tệp trong thư mục/,
    )
    expect(set.issues[3].message).toMatch(/có trong cả tệp .*a\.json và tệp .*lien-ket\.json/)
  })

  it('refuses a file over the limit from its size, and names a path that does not exist', async () => {
    const big = path.join(root, 'lon.json')
    // A sparse file: 60 MB long without 60 MB on disk or in memory.
    fs.writeFileSync(big, '[')
    fs.truncateSync(big, 60 * 1024 * 1024)
    const before = process.memoryUsage().arrayBuffers
    const set = await readImportPaths([big, path.join(root, 'khong-co.json')])
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(10 * 1024 * 1024)
    expect(set.issues.map((i) => [path.basename(i.file), i.message])).toEqual([
      ['khong-co.json', expect.stringMatching(/^Không tìm thấy tệp hay thư mục/)],
      ['lon.json', expect.stringMatching(/quá lớn \(60,0 MB\); giới hạn 50,0 MB mỗi tệp/)],
    ])
  })
})
