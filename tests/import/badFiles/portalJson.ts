/** Malformed national JSON files (portal-json), each with the record and field at fault. */
import { codeOf, noisyText, type Random } from './random'
import type { BadFile, BadFileGenerator } from './types'

const encoder = new TextEncoder()
const utf8 = (text: string) => encoder.encode(text)

type Json = Record<string, unknown>

/** A record as the portal writes one, varied by the random source; every part valid. */
export function portalRecord(random: Random, code: string): Json {
  return {
    code,
    name: random.pick([
      'Đăng ký khai sinh',
      'Đăng ký kết hôn',
      'Chứng thực bản sao từ bản chính giấy tờ, văn bản',
      'Xác nhận tình trạng hôn nhân',
      'Đăng ký thường trú',
    ]),
    description: '',
    keywords: '',
    formalityType: random.pick(['TTHC được luật giao quy định chi tiết', 'standard', null]),
    isCommuneLevel: true,
    categoriesDetails: [{ name: random.pick(['Hộ tịch', 'Chứng thực', 'Cư trú']), code: 'G15' }],
    subjectTypesDetails: [{ name: 'Công dân Việt Nam' }],
    implementingAgenciesDetails: random.next() < 0.3 ? [] : [{ name: 'Ủy ban nhân dân cấp xã' }],
    executionSteps:
      'Bước 1: Nộp hồ sơ tại Bộ phận một cửa. Bước 2: Công chức kiểm tra hồ sơ. Bước 3: Trả kết quả.',
    executionMethods: [
      {
        submissionMethod: 'DIRECT',
        processingTime: random.pick(['1', '3', 'Không có thông tin', 'Ngay trong ngày']),
        processingTimeUnit: random.pick(['WORKING_DAY', null]),
        description: '',
        fees: [
          { value: random.pick(['Miễn lệ phí', '20.000 đồng']), currencyName: '', description: '' },
        ],
      },
      {
        submissionMethod: 'ONLINE',
        processingTime: '1',
        processingTimeUnit: 'WORKING_DAY',
        description: '',
        fees: [],
      },
    ],
    executionCases: [
      {
        name: 'Giấy tờ phải nộp',
        profileComponents: [
          { name: 'Tờ khai theo mẫu', originalQty: 1, copyQty: 0, required: true, attachments: [] },
        ],
      },
    ],
    resultsDetails: [{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }],
    legalBasisesDetails: [{ code: '123/2015/NĐ-CP', name: 'Nghị định 123/2015/NĐ-CP' }],
    requirements: '',
    onlineServiceLevel: random.pick(['Toàn trình', 'Một phần', null]),
  }
}

/** A file of `count` valid records with fresh codes, wrapped or not. */
function validFile(random: Random, count: number, firstCode: number) {
  const records = Array.from({ length: count }, (_, i) =>
    portalRecord(random, codeOf(firstCode + i)),
  )
  const wrapped = random.pick(['array', 'data', 'nested'] as const)
  const value =
    wrapped === 'array'
      ? records
      : wrapped === 'data'
        ? { data: records }
        : { result: { items: records } }
  return { records, text: JSON.stringify(value, null, random.pick([0, 2])) }
}

const file = (label: string) => `${label.replace(/[^\w.-]+/g, '-').slice(0, 60)}.json`

/** Replaces the value at a path ("executionMethods.0.fees"), or deletes it with undefined. */
function setPath(record: Json, path: string, value: unknown): void {
  const keys = path.split('.')
  let at: Record<string, unknown> = record
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string, unknown>
  const last = keys[keys.length - 1]
  if (value === undefined) delete at[last]
  else at[last] = value
}

/** One defect put into one record: the path changed, the value, and the field an error names. */
const MUTATIONS: { label: string; path: string; value: unknown; field: string | RegExp }[] = [
  { label: 'code missing', path: 'code', value: undefined, field: 'code' },
  { label: 'code null', path: 'code', value: null, field: 'code' },
  { label: 'code a number', path: 'code', value: 1.00119, field: 'code' },
  { label: 'code a number that looks whole', path: 'code', value: 1.001193, field: 'code' },
  { label: 'code true', path: 'code', value: true, field: 'code' },
  { label: 'code an object', path: 'code', value: { value: '1.001193' }, field: 'code' },
  { label: 'code a list', path: 'code', value: ['1.001193'], field: 'code' },
  { label: 'code five decimals', path: 'code', value: '1.00119', field: 'code' },
  { label: 'code with a comma', path: 'code', value: '1,001193', field: 'code' },
  { label: 'code seven decimals', path: 'code', value: '1.0011934', field: 'code' },
  { label: 'code two leading digits', path: 'code', value: '01.001193', field: 'code' },
  { label: 'code empty', path: 'code', value: '', field: 'code' },
  { label: 'code words', path: 'code', value: 'Mã số 1', field: 'code' },
  { label: 'code bad suffix', path: 'code', value: '1.001193.h29 ', field: 'code' },
  { label: 'name missing', path: 'name', value: undefined, field: 'name' },
  { label: 'name blank', path: 'name', value: '   ', field: 'name' },
  { label: 'name a number', path: 'name', value: 12, field: 'name' },
  { label: 'name a list', path: 'name', value: ['Đăng ký'], field: 'name' },
  { label: 'unknown level', path: 'levels', value: ['Cấp thôn'], field: 'levels[0]' },
  { label: 'no level', path: 'isCommuneLevel', value: false, field: 'levels' },
  { label: 'levels a string', path: 'levels', value: 'Cấp xã', field: 'levels' },
  { label: 'no sector', path: 'categoriesDetails', value: [], field: 'categoriesDetails' },
  {
    label: 'sector missing',
    path: 'categoriesDetails',
    value: undefined,
    field: 'categoriesDetails',
  },
  { label: 'sector a number', path: 'categoriesDetails', value: 5, field: 'categoriesDetails' },
  {
    label: 'methods a string',
    path: 'executionMethods',
    value: 'DIRECT',
    field: 'executionMethods',
  },
  {
    label: 'channel unknown',
    path: 'executionMethods.0.submissionMethod',
    value: 'FAX',
    field: 'executionMethods[0].submissionMethod',
  },
  {
    label: 'channel null',
    path: 'executionMethods.1.submissionMethod',
    value: null,
    field: 'executionMethods[1].submissionMethod',
  },
  {
    label: 'time unit unknown',
    path: 'executionMethods.1.processingTimeUnit',
    value: 'WEEK',
    field: 'executionMethods[1].processingTimeUnit',
  },
  {
    label: 'time an object',
    path: 'executionMethods.1.processingTime',
    value: { days: 1 },
    field: 'executionMethods[1].processingTime',
  },
  {
    label: 'fee value an object',
    path: 'executionMethods.0.fees',
    value: [{ value: { amount: 1 } }],
    field: 'executionMethods[0].fees[0].value',
  },
  {
    label: 'fees a string',
    path: 'executionMethods.0.fees',
    value: 'Miễn phí',
    field: 'executionMethods[0].fees',
  },
  {
    label: 'original quantity in words',
    path: 'executionCases.0.profileComponents.0.originalQty',
    value: 'hai',
    field: 'executionCases[0].profileComponents[0].originalQty',
  },
  {
    label: 'original quantity negative',
    path: 'executionCases.0.profileComponents.0.originalQty',
    value: -1,
    field: 'executionCases[0].profileComponents[0].originalQty',
  },
  {
    label: 'copy quantity a fraction',
    path: 'executionCases.0.profileComponents.0.copyQty',
    value: 1.5,
    field: 'executionCases[0].profileComponents[0].copyQty',
  },
  {
    label: 'components an object',
    path: 'executionCases.0.profileComponents',
    value: { name: 'x' },
    field: 'executionCases[0].profileComponents',
  },
  { label: 'steps a number', path: 'executionSteps', value: 3, field: 'executionSteps' },
  {
    label: 'legal bases a string',
    path: 'legalBasisesDetails',
    value: '123/2015/NĐ-CP',
    field: 'legalBasisesDetails',
  },
  { label: 'requirements a list', path: 'requirements', value: ['Không'], field: 'requirements' },
  { label: 'keywords a number', path: 'keywords', value: 7, field: 'keywords' },
  {
    label: 'prototype key in record',
    path: '__proto__',
    value: { isCommuneLevel: true },
    field: '__proto__',
  },
  {
    label: 'constructor key in record',
    path: 'constructor',
    value: { prototype: { polluted: true } },
    field: 'constructor',
  },
  {
    label: 'prototype key in a method',
    path: 'executionMethods.0.__proto__',
    value: { polluted: true },
    field: 'executionMethods[0].__proto__',
  },
  {
    label: 'prototype key in a fee',
    path: 'executionMethods.0.fees.0.prototype',
    value: 1,
    field: 'executionMethods[0].fees[0].prototype',
  },
  {
    label: 'constructor key in a component',
    path: 'executionCases.0.profileComponents.0.constructor',
    value: 'x',
    field: 'executionCases[0].profileComponents[0].constructor',
  },
]

/** Fields where a 1 MB string goes. */
const HUGE_FIELDS: { path: string; field: string }[] = [
  { path: 'name', field: 'name' },
  { path: 'description', field: 'description' },
  { path: 'executionSteps', field: 'executionSteps' },
  { path: 'requirements', field: 'requirements' },
  { path: 'executionMethods.0.fees.0.value', field: 'executionMethods[0].fees[0].value' },
  { path: 'executionMethods.0.description', field: 'executionMethods[0].description' },
  {
    path: 'executionCases.0.profileComponents.0.name',
    field: 'executionCases[0].profileComponents[0].name',
  },
  { path: 'categoriesDetails.0.name', field: 'categoriesDetails[0].name' },
  { path: 'code', field: 'code' },
  { path: 'keywords', field: 'keywords' },
]

/** One-byte encodings that Vietnamese files were saved in before Unicode. */
function singleByte(text: string, encoding: 'latin1' | 'windows-1258' | 'tcvn3'): Uint8Array {
  const bytes: number[] = []
  for (const char of text.normalize(encoding === 'windows-1258' ? 'NFD' : 'NFC')) {
    const code = char.codePointAt(0)!
    if (code < 0x80) bytes.push(code)
    else if (encoding === 'latin1' && code < 0x100) bytes.push(code)
    // Windows-1258 writes tone marks as separate bytes (0xCC, 0xEC, 0xD2, 0xDE, 0xF2); TCVN3 gives
    // each precomposed letter one byte of 0xA1–0xFE. Which byte exactly does not matter here:
    // neither is UTF-8.
    else if (encoding === 'windows-1258')
      bytes.push(
        code >= 0x300 && code < 0x310
          ? [0xcc, 0xec, 0xd2, 0xde, 0xf2][code % 5]
          : 0xc0 + (code % 0x3f),
      )
    else bytes.push(0xa1 + (code % 0x5d))
  }
  return Uint8Array.from(bytes)
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))]
  // (Array.from over a string walks code points; the battery's texts stay in the BMP.)
  const bytes = new Uint8Array(units.length * 2)
  units.forEach((unit, i) => {
    bytes[2 * i + (order === 'le' ? 0 : 1)] = unit & 0xff
    bytes[2 * i + (order === 'le' ? 1 : 0)] = unit >> 8
  })
  return bytes
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length

export const portalJsonFiles: BadFileGenerator = {
  name: 'portal-json',
  generate(random) {
    const cases: BadFile[] = []
    let next = 1
    const fresh = (count: number) => {
      const first = next
      next += count
      return validFile(random, count, first)
    }

    // Controls: valid files in the shapes the reader accepts.
    for (let i = 0; i < 15; i++) {
      const { records, text } = fresh(random.int(1, 5))
      const name = file(`hop-le-${i}`)
      cases.push({
        label: `valid JSON control ${i}`,
        file: name,
        expect: 'valid',
        codes: records.map((r) => r.code as string),
        build: () => [{ file: name, bytes: utf8(random.next() < 0.5 ? text : `\uFEFF${text}`) }],
      })
    }

    // Truncated at random byte offsets, sometimes inside a letter: the error is on the last line.
    for (let i = 0; i < 150; i++) {
      const { text } = fresh(random.int(1, 4))
      const whole = utf8(text.trimEnd())
      const bytes = whole.slice(0, random.int(1, whole.length - 1))
      const name = file(`cat-cut-${i}`)
      cases.push({
        label: `JSON truncated at byte ${bytes.length} of ${whole.length}`,
        file: name,
        where: { row: bytes.reduce((n, b) => (b === 0x0a ? n + 1 : n), 1) },
        build: () => [{ file: name, bytes }],
      })
    }

    // Wrong encodings.
    for (let i = 0; i < 40; i++) {
      const { text } = fresh(random.int(1, 3))
      const order = i % 2 ? 'le' : 'be'
      const bom = i % 4 < 2
      const name = file(`utf16-${order}-${bom ? 'bom' : 'khong-bom'}-${i}`)
      cases.push({
        label: `JSON in UTF-16 ${order.toUpperCase()} ${bom ? 'with' : 'without'} BOM`,
        file: name,
        where: { row: 1 },
        build: () => [{ file: name, bytes: utf16(text, order, bom) }],
      })
    }
    for (let i = 0; i < 90; i++) {
      const encoding = (['latin1', 'windows-1258', 'tcvn3'] as const)[i % 3]
      const { text } = fresh(random.int(1, 3))
      const firstNonAscii = [
        ...text.normalize(encoding === 'windows-1258' ? 'NFD' : 'NFC'),
      ].findIndex((c) => c.charCodeAt(0) >= 0x80)
      const line = lineOf(
        text.normalize(encoding === 'windows-1258' ? 'NFD' : 'NFC'),
        firstNonAscii,
      )
      const name = file(`${encoding}-${i}`)
      cases.push({
        label: `JSON saved as ${encoding}`,
        file: name,
        where: { row: line },
        build: () => [{ file: name, bytes: singleByte(text, encoding) }],
      })
    }

    // A defect in one record of a file: that record is refused, the others read.
    for (const mutation of MUTATIONS)
      for (let i = 0; i < 6; i++) {
        const { records, text: _ } = fresh(random.int(1, 5))
        const bad = random.int(0, records.length - 1)
        setPath(records[bad], mutation.path, mutation.value)
        const name = file(`${mutation.label}-${i}`)
        // __proto__ as an own key: JSON.stringify writes it only when it is an own property.
        if (mutation.path.endsWith('__proto__')) {
          const parent = mutation.path.split('.').slice(0, -1).join('.')
          const holder = (
            parent
              ? parent.split('.').reduce<Json>((at, k) => at[k] as Json, records[bad])
              : records[bad]
          ) as Json
          Object.defineProperty(holder, '__proto__', {
            value: mutation.value,
            enumerable: true,
            configurable: true,
            writable: true,
          })
        }
        const text = JSON.stringify(random.next() < 0.5 ? records : { data: records }, null, 2)
        cases.push({
          label: `JSON record ${bad + 1} of ${records.length}: ${mutation.label}`,
          file: name,
          where: { record: bad + 1, field: mutation.field },
          codes: records.filter((_, k) => k !== bad).map((r) => r.code as string),
          build: () => [{ file: name, bytes: utf8(text) }],
        })
      }

    // A code padded with spaces: read, with a warning.
    for (let i = 0; i < 5; i++) {
      const { records } = fresh(2)
      const code = records[1].code as string
      records[1].code = ` ${code} `
      const name = file(`ma-co-khoang-trang-${i}`)
      cases.push({
        label: 'JSON code padded with spaces',
        file: name,
        expect: 'warning',
        where: { record: 2, field: 'code' },
        codes: [records[0].code as string, code],
        build: () => [{ file: name, bytes: utf8(JSON.stringify(records)) }],
      })
    }

    // Duplicate codes in one file: the later record is refused.
    for (let i = 0; i < 30; i++) {
      const { records } = fresh(random.int(2, 5))
      const first = random.int(0, records.length - 2)
      const second = random.int(first + 1, records.length - 1)
      records[second].code = records[first].code
      const name = file(`trung-ma-${i}`)
      cases.push({
        label: `JSON records ${first + 1} and ${second + 1} with one code`,
        file: name,
        where: { record: second + 1, field: 'code' },
        codes: records.filter((_, k) => k !== second).map((r) => r.code as string),
        build: () => [{ file: name, bytes: utf8(JSON.stringify(records)) }],
      })
    }

    // One code in two files of one import: the second file's record is refused, naming both.
    for (let i = 0; i < 20; i++) {
      const a = fresh(random.int(1, 3))
      const b = fresh(random.int(1, 3))
      const shared = random.int(0, b.records.length - 1)
      b.records[shared].code = a.records[random.int(0, a.records.length - 1)].code
      const [nameA, nameB] = [file(`tep-a-${i}`), file(`tep-b-${i}`)]
      cases.push({
        label: `one code in two JSON files`,
        file: nameB,
        where: { field: 'code' },
        codes: [...a.records, ...b.records.filter((_, k) => k !== shared)].map(
          (r) => r.code as string,
        ),
        build: () => [
          { file: nameA, bytes: utf8(JSON.stringify(a.records)) },
          { file: nameB, bytes: utf8(JSON.stringify({ data: b.records })) },
        ],
      })
    }

    // Huge strings: 1 MB in a field.
    for (const [i, target] of HUGE_FIELDS.entries())
      for (let k = 0; k < 3; k++) {
        const { records } = fresh(random.int(1, 3))
        const bad = random.int(0, records.length - 1)
        setPath(
          records[bad],
          target.path,
          k === 0 ? 'A'.repeat(1 << 20) : noisyText(random, 1 << 20),
        )
        const text = JSON.stringify(records)
        const name = file(`chuoi-1mb-${i}-${k}`)
        cases.push({
          label: `JSON record ${bad + 1}: 1 MB in ${target.field}`,
          file: name,
          where: { record: bad + 1, field: target.field },
          codes: records.filter((_, j) => j !== bad).map((r) => r.code as string),
          build: () => [{ file: name, bytes: utf8(text) }],
        })
      }

    // Deep nesting: the file as a whole refused before it is parsed.
    for (const [i, depth] of [10_000, 10_000, 100_000, 1_000_000, 65, 200].entries()) {
      for (const shape of ['arrays', 'objects', 'in a record'] as const) {
        const open = shape === 'objects' ? '{"a":' : '['
        const close = shape === 'objects' ? '}' : ']'
        const inner = `${open.repeat(depth)}1${close.repeat(depth)}`
        const text =
          shape === 'in a record'
            ? `[{"code": "${codeOf(next++)}",\n"executionSteps": ${inner}}]`
            : inner
        const name = file(`long-sau-${shape}-${depth}-${i}`)
        cases.push({
          label: `JSON nested ${depth} levels (${shape})`,
          file: name,
          where: { row: shape === 'in a record' ? 2 : 1 },
          build: () => [{ file: name, bytes: utf8(text) }],
        })
      }
    }
    // Nesting a parser takes but no record has: refused in the record, naming the field.
    for (let i = 0; i < 10; i++) {
      const { records } = fresh(random.int(1, 3))
      const bad = random.int(0, records.length - 1)
      let deep: unknown = '1.001193'
      for (let d = 0; d < 20 + i; d++) deep = [deep]
      records[bad].relatedProcedures = deep
      const name = file(`long-sau-ban-ghi-${i}`)
      cases.push({
        label: `JSON record ${bad + 1} with relatedProcedures nested ${21 + i} levels`,
        file: name,
        where: { record: bad + 1, field: /^relatedProcedures/ },
        codes: records.filter((_, j) => j !== bad).map((r) => r.code as string),
        build: () => [{ file: name, bytes: utf8(JSON.stringify(records)) }],
      })
    }

    // Not records at all, and syntax that is not JSON.
    const notRecords = [
      '{"foo": 1}',
      '{"data": {"x": 1}}',
      '"chuỗi"',
      '42',
      'null',
      'true',
      '[1, 2, 3]',
      '[null]',
      '[[]]',
      '{"data": [true]}',
    ]
    notRecords.forEach((text, i) => {
      const name = file(`khong-phai-ban-ghi-${i}`)
      const isArray = text.startsWith('[') || text.startsWith('{"data": [')
      cases.push({
        label: `JSON with no record: ${text}`,
        file: name,
        where: isArray ? { record: 1 } : undefined,
        build: () => [{ file: name, bytes: utf8(text) }],
      })
    })
    cases.push({
      label: 'JSON empty array',
      file: 'mang-rong.json',
      expect: 'warning',
      build: () => [{ file: 'mang-rong.json', bytes: utf8('[]') }],
    })
    const syntax: [string, (text: string) => string][] = [
      ['trailing comma', (t) => t.replace(/}(\s*)]$/, '},$1]')],
      ['single quotes', (t) => t.replace('"code"', "'code'")],
      ['a comment', (t) => t.replace('[', '[\n// danh sách\n')],
      ['NaN', (t) => t.replace('"isCommuneLevel":true', '"isCommuneLevel":NaN')],
      ['unquoted key', (t) => t.replace('"name"', 'name')],
      ['two values', (t) => `${t}\n${t}`],
      ['raw line break in a string', (t) => t.replace('"name":"', '"name":"dòng\n')],
      ['bad escape', (t) => t.replace('"code":"', '"code":"\\x')],
    ]
    for (const [label, damage] of syntax)
      for (let i = 0; i < 4; i++) {
        const records = Array.from({ length: random.int(1, 3) }, () =>
          portalRecord(random, codeOf(next++)),
        )
        const text = damage(JSON.stringify(records))
        const name = file(`cu-phap-${label}-${i}`)
        cases.push({
          label: `JSON syntax: ${label}`,
          file: name,
          where: { located: true },
          build: () => [{ file: name, bytes: utf8(text) }],
        })
      }

    // Random bytes behind a JSON opening: never throws, always one located error.
    for (let i = 0; i < 40; i++) {
      const bytes = new Uint8Array(random.int(2, 4000))
      for (let k = 0; k < bytes.length; k++) bytes[k] = random.int(0, 255)
      bytes[0] = random.pick([0x5b, 0x7b])
      const name = file(`rac-json-${i}`)
      cases.push({
        label: `JSON opening followed by random bytes (${bytes.length})`,
        file: name,
        where: { located: true },
        build: () => [{ file: name, bytes }],
      })
    }
    return cases
  },
}
