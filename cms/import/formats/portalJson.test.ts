import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { lexicalToPlainText } from '../../lib/lexical'
import { formatIssue } from '../report'
import { JSON_LIMITS, readPortalJson, readPortalJsonBytes, tooDeepOffset } from './portalJson'

const FILE = 'thutuc.json'
const SOURCE = (record: number, code: string) =>
  `CSDL quốc gia về TTHC, tệp ${FILE}, bản ghi ${record} (${code})`

/** A small valid record; each case overrides what it tests. */
const base = (over: Record<string, unknown> = {}) => ({
  code: '1.001193',
  name: 'Thủ tục đăng ký khai sinh',
  isCommuneLevel: true,
  categoriesDetails: [{ name: 'Hộ tịch' }],
  subjectTypesDetails: [{ name: 'Công dân Việt Nam' }],
  implementingAgenciesDetails: [{ name: 'Ủy ban nhân dân cấp xã' }],
  executionSteps: [{ name: 'Bước 1', description: 'Nộp hồ sơ' }],
  executionMethods: [
    {
      submissionMethod: 'DIRECT',
      processingTime: '1',
      processingTimeUnit: 'WORKING_DAY',
      fees: [{ value: 'Miễn lệ phí' }],
    },
  ],
  executionCases: [
    {
      name: 'Giấy tờ phải nộp',
      profileComponents: [{ name: 'Tờ khai', originalQty: 1, copyQty: 0, required: true }],
    },
  ],
  resultsDetails: [{ name: 'Giấy khai sinh', code: 'KQ.G15.000031' }],
  legalBasisesDetails: [{ code: '60/2014/QH13', name: 'Luật Hộ tịch' }],
  ...over,
})

const read = (value: unknown) => readPortalJson(JSON.stringify(value), FILE)
const one = (over: Record<string, unknown>) => {
  const { procedures, issues } = read(base(over))
  expect(issues.filter((i) => i.severity === 'error')).toEqual([])
  expect(procedures).toHaveLength(1)
  return { procedure: procedures[0], issues }
}
const errors = (value: unknown) => read(value).issues.filter((i) => i.severity === 'error')

/** No `undefined` anywhere: Payload would fill defaults there. */
const hasUndefined = (value: unknown): boolean =>
  value === undefined ||
  (value !== null &&
    typeof value === 'object' &&
    Object.values(value as object).some((v) => hasUndefined(v)))

describe('readPortalJson: the example written for the project', () => {
  it('reads docs/examples/national-records.json with no error or warning', () => {
    const text = readFileSync(
      new URL('../../../docs/examples/national-records.json', import.meta.url),
      'utf8',
    )
    const { procedures, issues } = readPortalJson(text, 'national-records.json')
    expect(issues).toEqual([])
    expect(procedures.map((p) => p.code)).toEqual(['1.001193', '1.000656', '2.002165'])
    expect(procedures.some(hasUndefined)).toBe(false)
  })
})

describe('readPortalJson: what a file holds', () => {
  it.each([
    ['one record', base()],
    ['an array', [base()]],
    ['a data wrapper', { data: [base()] }],
    ['a nested wrapper', { data: { items: [base()] } }],
    ['a wrapper around one record', { result: base() }],
  ])('%s', (_label, value) => {
    expect(read(value).procedures.map((p) => p.code)).toEqual(['1.001193'])
  })

  it.each([
    ['an empty file', '', 'Tệp rỗng'],
    ['blanks only', ' \n ', 'Tệp rỗng'],
    ['a number', '42', 'không chứa bản ghi'],
    ['an object of something else', '{"total": 3}', 'không chứa bản ghi'],
  ])('%s is one file error', (_label, text, message) => {
    const { procedures, issues } = readPortalJson(text, FILE)
    expect(procedures).toEqual([])
    expect(issues).toEqual([
      expect.objectContaining({
        file: FILE,
        record: null,
        severity: 'error',
        message: expect.stringContaining(message),
      }),
    ])
  })

  it('an empty array is a warning, not an error', () => {
    expect(read([]).issues).toEqual([expect.objectContaining({ severity: 'warning' })])
  })

  it('malformed JSON is one error with its line and column', () => {
    const { procedures, issues } = readPortalJson('[\n  {"code": "1.001193",\n  "name": }\n]', FILE)
    expect(procedures).toEqual([])
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ severity: 'error', row: 3, record: null })
    expect(issues[0].message).toMatch(/dòng 3, cột \d+/)
  })

  it.each([
    ['a trailing comma', '[{"code": "1.001193",}]', 1, 22],
    ['truncated', '[{"code": "1.00', 1, 16],
    ['a single-quoted string', "{\n 'code': 1}", 2, 2],
    ['a bad literal', '{"a": tru}', 1, 10],
    ['text after the value', '{} x', 1, 4],
    ['a control character in a string', '{"a": "x\ny"}', 1, 9],
  ])('malformed JSON: %s', (_label, text, line, column) => {
    expect(readPortalJson(text, FILE).issues).toEqual([
      expect.objectContaining({
        row: line,
        message: `Tệp không phải JSON hợp lệ: lỗi cú pháp ở dòng ${line}, cột ${column}.`,
      }),
    ])
  })

  it('reads a file with a byte-order mark', () => {
    expect(readPortalJson(`\uFEFF${JSON.stringify(base())}`, FILE).procedures).toHaveLength(1)
  })
})

describe('readPortalJson: records refused, each error located', () => {
  it.each([
    ['a bad code', { code: '1.1193' }, 'code', 'định dạng'],
    ['a numeric code', { code: 1.001193 }, 'code', 'ghi dạng số'],
    ['no code', { code: undefined }, 'code', 'Thiếu trường'],
    ['no name', { name: '  ' }, 'name', 'Thiếu tên'],
    ['methods of the wrong type', { executionMethods: 'DIRECT' }, 'executionMethods', 'mảng'],
    [
      'a fee of the wrong type',
      { executionMethods: [{ submissionMethod: 'DIRECT', fees: [{ value: { a: 1 } }] }] },
      'executionMethods[0].fees[0].value',
      'Sai kiểu',
    ],
    ['an unknown level', { levels: ['Cấp thôn'] }, 'levels[0]', 'Cấp thực hiện'],
    ['no level', { isCommuneLevel: false }, 'levels', 'cấp thực hiện'],
    ['no sector', { categoriesDetails: [] }, 'categoriesDetails', 'lĩnh vực'],
    [
      'an unknown channel',
      { executionMethods: [{ submissionMethod: 'FAX', processingTime: '1' }] },
      'executionMethods[0].submissionMethod',
      'Cách thức',
    ],
    [
      'an unknown unit',
      {
        executionMethods: [
          { submissionMethod: 'DIRECT', processingTime: '1', processingTimeUnit: 'WEEK' },
        ],
      },
      'executionMethods[0].processingTimeUnit',
      'Đơn vị',
    ],
    [
      'a fractional quantity',
      {
        executionCases: [
          { name: 'A', profileComponents: [{ name: 'Tờ khai', originalQty: '1,5' }] },
        ],
      },
      'executionCases[0].profileComponents[0].originalQty',
      'số nguyên',
    ],
  ])('%s', (_label, over, field, message) => {
    const { procedures, issues } = read([base(over)])
    expect(procedures).toEqual([])
    expect(issues).toContainEqual(
      expect.objectContaining({
        file: FILE,
        record: 1,
        field,
        severity: 'error',
        message: expect.stringContaining(message),
      }),
    )
  })

  it('keeps the other records and refuses a duplicate code', () => {
    const { procedures, issues } = read([base(), base({ code: 'x' }), base()])
    expect(procedures).toHaveLength(1)
    expect(issues.map((i) => [i.record, i.field])).toEqual([
      [2, 'code'],
      [3, 'code'],
    ])
    expect(issues[1].message).toContain('bản ghi 1')
  })

  it('a record that is not an object', () => {
    expect(errors(['1.001193'])).toEqual([expect.objectContaining({ record: 1, field: '' })])
  })
})

describe('readPortalJson: channel times', () => {
  const unknown = { kind: 'unknown', source: SOURCE(1, '1.001193') }
  const none = { kind: null, source: null }
  it.each([
    ['5', 'WORKING_DAY', 5, 'working-day', null, none],
    [3, 'DAY', 3, 'day', null, none],
    ['0,5', 'DAY', 0.5, 'day', null, none],
    ['8', 'HOUR', 8, 'hour', null, none],
    ['2', 'MONTH', 2, 'month', null, none],
    ['1', 'YEAR', 1, 'year', null, none],
    ['7', 'Ngày làm việc', 7, 'working-day', null, none],
    ['5', null, null, null, '5', none],
    ['5', 'OTHER', null, null, '5', none],
    [' 05 ', '', null, null, '05', none],
    ['Không quy định', null, null, null, 'Không quy định', none],
    [
      'Theo quy định của pháp luật chuyên ngành',
      'DAY',
      null,
      null,
      'Theo quy định của pháp luật chuyên ngành',
      none,
    ],
    ['Không có thông tin', 'DAY', null, null, null, unknown],
    ['Đang cập nhật', null, null, null, null, unknown],
    ['', 'WORKING_DAY', null, null, null, unknown],
    [null, null, null, null, null, unknown],
  ])('%j %j', (processingTime, processingTimeUnit, value, unit, text, gap) => {
    const { procedure } = one({
      executionMethods: [
        { submissionMethod: 'ONLINE', processingTime, processingTimeUnit, fees: [] },
      ],
    })
    expect(procedure.methods[0]).toMatchObject({
      channel: 'online',
      processingTime: value,
      processingTimeUnit: unit,
      processingTimeText: text,
      processingTimeGap: gap,
    })
  })

  it('several rows for one channel stay rows, each naming its case', () => {
    const { procedure, issues } = one({
      executionMethods: [
        {
          submissionMethod: 'DIRECT',
          processingTime: '3',
          processingTimeUnit: 'WORKING_DAY',
          description: 'Trường hợp cần xác minh',
        },
        { submissionMethod: 'DIRECT', processingTime: '1', processingTimeUnit: 'WORKING_DAY' },
        { submissionMethod: 'POSTAL', processingTime: '1', processingTimeUnit: 'WORKING_DAY' },
      ],
    })
    expect(procedure.methods.map((m) => [m.channel, m.description])).toEqual([
      ['direct', 'Trường hợp cần xác minh'],
      ['direct', 'Trường hợp 2'],
      ['postal', null],
    ])
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'executionMethods[1].description' }),
    ])
  })

  it('no method at all: the methods are unknown', () => {
    const { procedure } = one({ executionMethods: [] })
    expect(procedure.methodsGap).toEqual({ kind: 'unknown', source: SOURCE(1, '1.001193') })
  })
})

describe('readPortalJson: fees', () => {
  const unknown = { kind: 'unknown', source: SOURCE(1, '1.001193') }
  it.each([
    ['free', [{ value: 'Miễn lệ phí' }], [], { kind: 'none', source: null }],
    ['no fee rows', [], [], unknown],
    ['no fees field', undefined, [], unknown],
    ['"Không có thông tin" is unknown, never free', [{ value: 'Không có thông tin' }], [], unknown],
    ['an empty value is unknown', [{ value: '' }], [], unknown],
    ['"Đang cập nhật" is unknown', [{ value: 'Đang cập nhật' }], [], unknown],
    ['"Không" is none', [{ value: 'Không' }], [], { kind: 'none', source: null }],
    [
      'an amount with dots',
      [{ value: '20.000 đồng', description: 'Lệ phí' }],
      [{ amount: 20000, currency: 'VND', description: 'Lệ phí' }],
      { kind: null, source: null },
    ],
    [
      'VNĐ',
      [{ value: '20.000 VNĐ' }],
      [{ amount: 20000, currency: 'VND', description: null }],
      { kind: null, source: null },
    ],
    [
      'a bare number with its currency name',
      [{ value: '20,000', currencyName: 'VNĐ' }],
      [{ amount: 20000, currency: 'VND', description: null }],
      { kind: null, source: null },
    ],
    [
      'a number value',
      [{ value: 50000, currencyName: 'VNĐ' }],
      [{ amount: 50000, currency: 'VND', description: null }],
      { kind: null, source: null },
    ],
    [
      'USD',
      [{ value: '25', currencyName: 'USD' }],
      [{ amount: 25, currency: 'USD', description: null }],
      { kind: null, source: null },
    ],
    [
      'words',
      [{ value: 'Theo Thông tư 85/2019/TT-BTC', description: 'Phí thẩm định' }],
      [
        {
          amount: null,
          currency: null,
          description: 'Phí thẩm định: Theo Thông tư 85/2019/TT-BTC',
        },
      ],
      { kind: null, source: null },
    ],
    [
      'free beside charged rows',
      [
        { value: 'Miễn phí', description: 'Trẻ em' },
        { value: '10.000 đồng', description: 'Người lớn' },
      ],
      [
        { amount: 0, currency: 'VND', description: 'Trẻ em' },
        { amount: 10000, currency: 'VND', description: 'Người lớn' },
      ],
      { kind: null, source: null },
    ],
  ])('%s', (_label, fees, rows, gap) => {
    const { procedure } = one({
      executionMethods: [
        { submissionMethod: 'DIRECT', processingTime: '1', processingTimeUnit: 'DAY', fees },
      ],
    })
    expect(procedure.methods[0].fees).toEqual(rows)
    expect(procedure.methods[0].feesGap).toEqual(gap)
  })

  it('a fee glued to the time ("120 VNĐ") keeps its words and warns', () => {
    const { procedure, issues } = one({
      executionMethods: [
        {
          submissionMethod: 'DIRECT',
          processingTime: '1',
          processingTimeUnit: 'DAY',
          fees: [{ value: '120 VNĐ' }],
        },
      ],
    })
    expect(procedure.methods[0].fees).toEqual([
      { amount: null, currency: null, description: '120 VNĐ' },
    ])
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'executionMethods[0].fees[0].value',
        value: '120 VNĐ',
      }),
    ])
  })
})

describe('readPortalJson: parts a record may lack', () => {
  const unknown = { kind: 'unknown', source: SOURCE(1, '1.001193') }

  it('no implementing agency: unknown; the competent authority kept', () => {
    const { procedure } = one({
      implementingAgenciesDetails: [],
      competentAuthoritiesDetails: [{ name: 'Ủy ban nhân dân tỉnh' }],
    })
    expect(procedure.agencies).toEqual({
      implementing: [],
      competent: ['Ủy ban nhân dân tỉnh'],
      coordinating: [],
      authorised: [],
      implementingGap: unknown,
    })
  })

  it.each([
    ['results', { resultsDetails: [] }, 'resultsGap'],
    ['steps', { executionSteps: null }, 'stepsGap'],
    ['dossier', { executionCases: [] }, 'dossierGap'],
    ['subjects', { subjectTypesDetails: [] }, 'subjectsGap'],
    ['requirements stated as unknown', { requirements: 'Không có thông tin' }, 'requirementsGap'],
  ] as const)('%s', (_label, over, gap) => {
    expect(one(over).procedure[gap]).toEqual(unknown)
  })

  it('empty requirements are none: the portal leaves them empty when there are none', () => {
    expect(one({ requirements: '' }).procedure).toMatchObject({
      requirements: null,
      requirementsGap: { kind: 'none', source: null },
    })
    const stated = one({ requirements: 'Có hộ chiếu.\nCòn hạn 6 tháng.' }).procedure
    expect(lexicalToPlainText(stated.requirements)).toBe('Có hộ chiếu.\nCòn hạn 6 tháng.')
    expect(stated.requirementsGap).toEqual({ kind: null, source: null })
  })

  it('a local code keeps the national code and the suffix', () => {
    const { procedure } = one({ code: '1.000494.000.00.00.H29' })
    expect([procedure.code, procedure.localCode]).toEqual(['1.000494', '1.000494.000.00.00.H29'])
    expect(procedure.agencies.implementingGap).toEqual({ kind: null, source: null })
  })
})

describe('readPortalJson: legal bases', () => {
  it('number and title; number alone; no number is a warning', () => {
    const { procedure, issues } = one({
      legalBasisesDetails: [
        { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
        { code: '123/2015/NĐ-CP', name: '' },
        { code: '', name: 'Thông tư không số' },
        { code: '60/2014/QH13', name: 'Luật Hộ tịch' },
      ],
    })
    expect(procedure.legalBasis).toEqual([
      { number: '60/2014/QH13', title: 'Luật Hộ tịch' },
      { number: '123/2015/NĐ-CP', title: null },
    ])
    expect(issues).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'legalBasisesDetails[2].code' }),
    ])
  })
})

describe('readPortalJson: dossier', () => {
  it('several cases; a note with quantity 0 kept, not required; form file names', () => {
    const { procedure } = one({
      executionCases: [
        {
          name: 'Giấy tờ phải nộp',
          profileComponents: [
            {
              name: 'Tờ khai',
              originalQty: '1',
              copyQty: '0',
              required: true,
              attachments: [{ name: 'Mẫu', url: 'https://example.gov.vn/files/to-khai.docx?v=2' }],
            },
            { name: 'Lưu ý: xuất trình CCCD', originalQty: 0, copyQty: 0, required: true },
          ],
        },
        {
          name: 'Trường hợp trẻ em bị bỏ rơi',
          profileComponents: [
            { name: 'Biên bản', originalQty: 1, copyQty: 1, attachments: ['bien-ban.pdf'] },
          ],
        },
      ],
    })
    expect(procedure.dossierCases).toEqual([
      {
        name: 'Giấy tờ phải nộp',
        components: [
          {
            name: 'Tờ khai',
            description: null,
            originals: 1,
            copies: 0,
            required: true,
            form: 'to-khai.docx',
          },
          {
            name: 'Lưu ý: xuất trình CCCD',
            description: null,
            originals: 0,
            copies: 0,
            required: false,
            form: null,
          },
        ],
      },
      {
        name: 'Trường hợp trẻ em bị bỏ rơi',
        components: [
          {
            name: 'Biên bản',
            description: null,
            originals: 1,
            copies: 1,
            required: true,
            form: 'bien-ban.pdf',
          },
        ],
      },
    ])
  })
})

describe('readPortalJson: steps', () => {
  it.each([
    [
      'one block with "Bước n" inside',
      'Bước 1: Nộp hồ sơ. Bước 2. Tiếp nhận. Bước 3 - Trả kết quả.',
      ['Nộp hồ sơ.', 'Tiếp nhận.', 'Trả kết quả.'],
    ],
    [
      'separate steps',
      [
        { name: 'Bước 1', description: 'Nộp' },
        { name: 'Tiếp nhận', description: 'Kiểm tra' },
      ],
      ['Nộp', 'Tiếp nhận: Kiểm tra'],
    ],
    [
      'one step holding several',
      [{ name: '', description: 'Bước 1: Nộp\nBước 2: Nhận' }],
      ['Nộp', 'Nhận'],
    ],
    ['markers glued to the text before', 'Nộp hồ sơ.Bước 2: Nhận', ['Nộp hồ sơ.', 'Nhận']],
    [
      'a step that refers to another',
      'Bước 1: Nộp, như tại bước 2 cũ. BƯỚC 2: Nhận',
      ['Nộp, như tại bước 2 cũ.', 'Nhận'],
    ],
    ['text with no markers', 'Nộp hồ sơ tại bộ phận một cửa', ['Nộp hồ sơ tại bộ phận một cửa']],
  ])('%s', (_label, executionSteps, steps) => {
    const { procedure } = one({ executionSteps })
    expect(lexicalToPlainText(procedure.steps).split('\n')).toEqual(steps)
  })
})

describe('readPortalJson: names, levels, subjects, online level', () => {
  it('keeps a name with dates and slashes; the same name may have several codes', () => {
    const name = 'Đăng ký lại khai sinh (ngày 1/9/2016)'
    const { procedures } = read([base({ name }), base({ code: '2.000528', name })])
    expect(procedures.map((p) => [p.code, p.name])).toEqual([
      ['1.001193', name],
      ['2.000528', name],
    ])
  })

  it.each([
    [
      { levels: ['Cấp Bộ', 'Cấp Tỉnh', 'Cấp Xã', 'Cơ quan khác'] },
      ['ministry', 'province', 'commune', 'other-agency'],
    ],
    [{ implementationLevelsDetails: [{ name: 'Cấp huyện' }], isCommuneLevel: false }, ['district']],
    [
      { isMinistryLevel: true, isProvinceLevel: 1, isOtherAgency: 'true' },
      ['ministry', 'province', 'commune', 'other-agency'],
    ],
  ])('levels %j', (over, levels) => {
    expect(one(over).procedure.levels).toEqual(levels)
  })

  it('a subject with no mapping is a warning, kept out', () => {
    const { procedure, issues } = one({
      subjectTypesDetails: [
        { name: 'Công dân Việt Nam' },
        { name: 'Cán bộ, công chức, viên chức' },
        'Doanh nghiệp',
      ],
    })
    expect(procedure.subjects).toEqual(['citizen', 'enterprise'])
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'subjectTypesDetails[1]',
        value: 'Cán bộ, công chức, viên chức',
      }),
    ])
  })

  it.each([
    ['Toàn trình', 'full'],
    ['Một phần', 'partial'],
    ['Mức độ 4', 'full'],
    ['Mức độ 3', 'partial'],
    ['Mức độ 2', 'none'],
    ['Chưa có dịch vụ công trực tuyến', 'none'],
    [4, 'full'],
    [null, null],
    ['', null],
  ])('online level %j', (onlineServiceLevel, level) => {
    expect(one({ onlineServiceLevel }).procedure.onlineServiceLevel).toBe(level)
  })

  it('an unknown online level or formality type is null with a warning', () => {
    const { procedure, issues } = one({ onlineServiceLevel: 'Mức độ 9', formalityType: 'Khác' })
    expect([procedure.onlineServiceLevel, procedure.formalityType]).toEqual([null, null])
    expect(issues.map((i) => [i.severity, i.field])).toEqual([
      ['warning', 'formalityType'],
      ['warning', 'onlineServiceLevel'],
    ])
  })

  it('a missing formality type is null, never the default', () => {
    expect(one({}).procedure.formalityType).toBeNull()
    expect(
      one({ formalityType: 'TTHC không được luật giao quy định chi tiết' }).procedure.formalityType,
    ).toBe('standard')
  })
})

describe('formatIssue', () => {
  it('names file, record, code, field and value in one Vietnamese line', () => {
    expect(
      formatIssue({
        file: FILE,
        record: 3,
        row: null,
        code: '1.001193',
        field: 'executionMethods[1].processingTimeUnit',
        value: 'WEEK',
        message: 'Đơn vị thời hạn không nhận ra.',
        severity: 'error',
      }),
    ).toBe(
      'Lỗi: tệp thutuc.json, bản ghi 3 (mã 1.001193), trường executionMethods[1].processingTimeUnit: giá trị "WEEK" — Đơn vị thời hạn không nhận ra.',
    )
    expect(
      formatIssue({
        file: FILE,
        record: null,
        row: 4,
        code: null,
        field: '',
        value: null,
        message: 'Lỗi cú pháp.',
        severity: 'error',
      }),
    ).toBe('Lỗi: tệp thutuc.json, dòng 4 — Lỗi cú pháp.')
  })
})

describe('readPortalJson: hostile files', () => {
  const second = { ...base(), code: '1.000894' }

  it('refuses nesting deeper than the limit before parsing, with line and column', () => {
    expect(tooDeepOffset('[[["[[[[["]]]', 3)).toBeNull()
    expect(tooDeepOffset('[[[[1]]]]', 3)).toBe(3)
    const text = `[\n  ${'['.repeat(100_000)}${']'.repeat(100_000)}]`
    const { procedures, issues } = readPortalJson(text, FILE)
    expect(procedures).toEqual([])
    expect(issues.map(formatIssue)).toEqual([
      `Lỗi: tệp ${FILE}, dòng 2 — Tệp JSON lồng quá sâu (hơn 64 cấp) ở dòng 2, cột 66: không phải dữ liệu của CSDL quốc gia.`,
    ])
  })

  it('refuses a record with a prototype key, a huge text or deep nesting, and reads the others', () => {
    const proto = JSON.parse(JSON.stringify(base()).replace('{', '{"__proto__": {"x": 1},'))
    const huge = base({ executionSteps: 'x'.repeat(JSON_LIMITS.textChars + 1) })
    let deep: unknown = '1.000001'
    for (let i = 0; i < JSON_LIMITS.recordDepth; i++) deep = [deep]
    const nested = base({ relatedProcedures: deep })
    const text = JSON.stringify([proto, huge, nested, second])
    const { procedures, issues } = readPortalJson(text, FILE)
    expect(procedures.map((p) => p.code)).toEqual(['1.000894'])
    expect(issues.filter((i) => i.severity === 'error').map((i) => [i.record, i.field])).toEqual([
      [1, '__proto__'],
      [2, 'executionSteps'],
      [3, `relatedProcedures${'[0]'.repeat(JSON_LIMITS.recordDepth - 1)}`],
    ])
    expect(issues[1].message).toBe('Giá trị dài 50.001 ký tự; giới hạn 50.000 ký tự.')
  })

  it('reads UTF-8 bytes and locates a byte of another encoding', () => {
    const utf8 = new TextEncoder().encode(JSON.stringify([base()]))
    expect(readPortalJsonBytes(utf8, FILE).procedures).toHaveLength(1)
    const latin1 = Uint8Array.from(utf8).map((b, i, all) =>
      // "ý" of "ký" as Latin-1 writes it: one byte, 0xFD.
      b === 0xc3 && all[i + 1] === 0xbd ? 0xfd : b,
    )
    const issues = readPortalJsonBytes(latin1, FILE).issues
    expect(issues).toEqual([expect.objectContaining({ row: 1, value: '0xFD', severity: 'error' })])
  })

  it('warns of a code padded with spaces and reads it', () => {
    const { procedures, issues } = readPortalJson(
      JSON.stringify([base({ code: ' 1.001193 ' })]),
      FILE,
    )
    expect(procedures.map((p) => p.code)).toEqual(['1.001193'])
    expect(issues.map(formatIssue)).toEqual([
      `Cảnh báo: tệp ${FILE}, bản ghi 1 (mã 1.001193), trường code: giá trị "1.001193" — Mã thủ tục có khoảng trắng thừa: đọc là 1.001193.`,
    ])
  })
})
