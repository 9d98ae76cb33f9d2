/**
 * Inputs no format should accept, whatever the format: empty and oversized files, bytes that are
 * no known format, ZIP bombs inside XLSX and DOCX (honest and with forged sizes), batches over the
 * limits. The DOCX cases are read with the Excel format named too, so that the ZIP guard sees them
 * while no DOCX reader is registered.
 */
import { deflateSync, strToU8 } from 'fflate'

import { IMPORT_LIMITS } from '../../../cms/import/limits'
import { ZIP_LIMITS } from '../../../cms/import/zipGuard'
import { portalRecord } from './portalJson'
import { codeOf, type Random } from './random'
import type { BadFile, BadFileGenerator } from './types'
import { deflatedZeros, honestEntry, rawZip, type RawEntry } from './zip'

const MB = 1024 * 1024
const XLSX_PARTS = () => [
  honestEntry('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
  honestEntry(
    'xl/workbook.xml',
    '<?xml version="1.0"?><workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>',
  ),
]
const DOCX_PARTS = () => [
  honestEntry('[Content_Types].xml', '<?xml version="1.0"?><Types/>'),
  honestEntry('word/document.xml', '<?xml version="1.0"?><w:document><w:body/></w:document>'),
]

export const containerFiles: BadFileGenerator = {
  name: 'containers',
  generate(random: Random) {
    const cases: BadFile[] = []
    const one = (
      label: string,
      name: string,
      make: () => Uint8Array,
      extra: Partial<BadFile> = {},
    ) => cases.push({ label, file: name, build: () => [{ file: name, bytes: make() }], ...extra })

    // Empty files, whatever their name.
    for (const name of ['rong.json', 'rong.xlsx', 'rong.docx', 'rong'])
      for (const format of [undefined, 'portal-json', 'portal-xlsx'])
        one(`empty file ${name} (format ${format ?? 'detected'})`, name, () => new Uint8Array(0), {
          format,
        })
    for (const blank of ['   ', '\n\n', '\uFEFF', '\uFEFF  \n'])
      one(`blank JSON ${JSON.stringify(blank)}`, 'trang.json', () => strToU8(blank), {
        format: 'portal-json',
      })

    // Over 50 MB: refused by size, before any parsing.
    for (const [i, size] of [IMPORT_LIMITS.fileBytes + 1, 60 * MB].entries()) {
      one(`${size} bytes of JSON`, `lon-${i}.json`, () => {
        const bytes = new Uint8Array(size).fill(0x20)
        bytes[0] = 0x5b
        bytes[size - 1] = 0x5d
        return bytes
      })
      one(`${size} bytes named .xlsx`, `lon-${i}.xlsx`, () => {
        const bytes = new Uint8Array(size)
        bytes.set([0x50, 0x4b, 0x03, 0x04])
        return bytes
      })
    }
    // A batch over its total: the file that passes the limit is named, nothing is read.
    cases.push({
      label: 'five files of 45 MB in one import',
      file: 'lo-5.json',
      build: () =>
        Array.from({ length: 5 }, (_, i) => {
          const bytes = new Uint8Array(45 * MB).fill(0x20)
          bytes[0] = 0x5b
          bytes[bytes.length - 1] = 0x5d
          return { file: `lo-${i + 1}.json`, bytes }
        }),
    })
    // More files than one import takes.
    cases.push({
      label: `${IMPORT_LIMITS.files + 1} files in one import`,
      file: `nhieu-${IMPORT_LIMITS.files + 1}.json`,
      build: () =>
        Array.from({ length: IMPORT_LIMITS.files + 1 }, (_, i) => ({
          file: `nhieu-${i + 1}.json`,
          bytes: strToU8(JSON.stringify([portalRecord(random, codeOf(60_000 + i))])),
        })),
    })

    // Bytes no format recognises, named as one.
    const foreign: [string, () => Uint8Array][] = [
      [
        'CSV',
        () =>
          strToU8(
            'Mã số,Tên,Cơ quan ban hành,Cơ quan thực hiện,Lĩnh vực\n1.001193,Đăng ký khai sinh,,,Hộ tịch\n',
          ),
      ],
      [
        'HTML saved as .xls',
        () => strToU8('<html><body><table><tr><td>Mã số</td></tr></table></body></html>'),
      ],
      [
        'old binary XLS',
        () =>
          Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(500)]),
      ],
      ['PDF', () => strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n')],
      ['PNG', () => Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
      ['XML', () => strToU8('<?xml version="1.0"?><thutuc ma="1.001193"/>')],
      ['plain text', () => strToU8('Đăng ký khai sinh 1.001193')],
      ['PK and nothing', () => Uint8Array.from([0x50, 0x4b])],
      [
        'PK header then garbage',
        () => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...strToU8('không phải zip'.repeat(20))]),
      ],
      ['ZIP of something else', () => rawZip([honestEntry('readme.txt', 'Xin chào')])],
      ['ZIP of a DOCX', () => rawZip(DOCX_PARTS())],
    ]
    for (const [label, make] of foreign)
      for (const name of ['danhsach.xlsx', 'thutuc.json', 'quyetdinh.docx']) {
        one(`${label} named ${name}`, name, make)
        // Named by the officer: the reader says what is wrong.
        one(`${label} named ${name}, read as portal-xlsx`, name, make, { format: 'portal-xlsx' })
      }
    for (let i = 0; i < 40; i++) {
      const bytes = new Uint8Array(random.int(1, 5000))
      for (let k = 0; k < bytes.length; k++) bytes[k] = random.int(0, 255)
      if (bytes[0] === 0x5b || bytes[0] === 0x7b) bytes[0] = 0x00
      one(
        `random bytes ${i} (${bytes.length})`,
        `rac-${i}.bin`,
        () => bytes,
        i % 2 ? { format: 'portal-xlsx' } : {},
      )
    }

    // Zip bombs inside XLSX and DOCX.
    const kinds: [string, () => RawEntry[], string, string][] = [
      ['XLSX', XLSX_PARTS, 'xl/worksheets/sheet1.xml', 'bom.xlsx'],
      ['DOCX', DOCX_PARTS, 'word/document.xml', 'bom.docx'],
    ]
    const gigabyte = deflatedZeros(1024 * MB)
    const twentyMegabytes = deflatedZeros(20 * MB)
    let denseKernel: Uint8Array | null = null
    const dense = () => (denseKernel ??= deflateSync(new Uint8Array(8 * MB), { level: 9 }))
    for (const [kind, parts, target, name] of kinds) {
      const base = parts().filter((e) => e.name !== target)
      const bombs: [string, () => Uint8Array][] = [
        // Honest: the declared sizes give it away.
        [
          '20 MB of zeros, honest',
          () => rawZip([...base, { name: target, data: twentyMegabytes, declaredSize: 20 * MB }]),
        ],
        [
          '1 GB of zeros, honest',
          () => rawZip([...base, { name: target, data: gigabyte, declaredSize: 1024 * MB }]),
        ],
        // Forged: small declared sizes, only the inflation shows the truth.
        [
          '1 GB declared as 100 kB',
          () => rawZip([...base, { name: target, data: gigabyte, declaredSize: 100_000 }]),
        ],
        [
          '20 MB declared as 900 kB',
          () => rawZip([...base, { name: target, data: twentyMegabytes, declaredSize: 900_000 }]),
        ],
        [
          '1 GB declared as 0',
          () => rawZip([...base, { name: target, data: gigabyte, declaredSize: 0 }]),
        ],
        // Overlapping: 300 entries share one 20 MB kernel, each declared honestly at 20 MB.
        [
          '300 entries sharing one kernel',
          () =>
            rawZip(
              [
                ...base,
                ...Array.from({ length: 300 }, (_, i) => ({
                  name: i ? `${target}.${i}` : target,
                  data: twentyMegabytes,
                  declaredSize: 20 * MB,
                })),
              ].reverse(),
              { shared: true },
            ),
        ],
        [
          '300 entries sharing one kernel, declared 600 kB',
          () =>
            rawZip(
              Array.from({ length: 300 }, (_, i) => ({
                name: i ? `xl/workbook.xml.${i}` : 'xl/workbook.xml',
                data: twentyMegabytes,
                declaredSize: 600_000,
              })),
              { shared: true },
            ),
        ],
        [
          '2,001 entries',
          () =>
            rawZip([
              ...base,
              ...Array.from({ length: ZIP_LIMITS.entries + 1 }, (_, i) =>
                honestEntry(`${target}.${i}`, '<x/>'),
              ),
            ]),
        ],
        [
          'unsupported compression method',
          () =>
            rawZip([
              ...base,
              { name: target, data: strToU8('BZh91AY&SY'), declaredSize: 10, method: 12 },
            ]),
        ],
        [
          'corrupt deflate data',
          () =>
            rawZip([
              ...base,
              {
                name: target,
                data: Uint8Array.from({ length: 64 }, () => 0xff),
                declaredSize: 1000,
              },
            ]),
        ],
        // At 1,000:1, beyond what any real part compresses to.
        [
          '8 MB at 1,000:1, honest',
          () => rawZip([...base, { name: target, data: dense(), declaredSize: 8 * MB }]),
        ],
        [
          'cut after 4 kB',
          () => {
            const zip = rawZip([
              ...base,
              { name: target, data: twentyMegabytes, declaredSize: 20 * MB },
            ])
            return zip.subarray(0, 4096)
          },
        ],
      ]
      for (const [label, make] of bombs) {
        one(`${kind} zip bomb: ${label}`, name, make)
        one(`${kind} zip bomb: ${label}, read as portal-xlsx`, name, make, {
          format: 'portal-xlsx',
        })
      }
    }
    return cases
  },
}
