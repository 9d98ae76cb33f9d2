/**
 * fast-check arbitraries for `ImportedProcedure` as the national-record reader
 * (cms/import/formats/portalJson.ts) can produce it: the variety of real records (unknown and none
 * parts, time limits in words or as bare numbers, several rows per channel, fees in đồng and USD,
 * words-only fees, legal texts known by number alone, notes with quantity 0, empty lists) within
 * the reader's rules (valid codes, at least one level, one sector, no "Bước n" inside a step, …).
 *
 * Shared: the export round trip uses it now, the database round trip (import → export → import
 * changes nothing) can reuse it once the change set lands.
 */
import fc from 'fast-check'

import { readFee } from '../../content-schemas/fees'
import {
  CHANNELS,
  PROCEDURE_LEVELS,
  SUBJECTS,
  TIME_UNITS,
} from '../../content-schemas/enumerations'
import {
  NO_GAP,
  unknownGap,
  type ImportedCase,
  type ImportedFee,
  type ImportedGap,
  type ImportedMethod,
  type ImportedProcedure,
  type NoneOrUnknownGap,
} from '../../cms/import/records'
import { orderedListToLexical, paragraphsToLexical } from '../../cms/lib/lexical'

/** Every gap source gets one name: readers write their own (file, record), which a round trip changes. */
export const SOURCE = 'nguồn'
export function withSourcesNormalised(p: ImportedProcedure): ImportedProcedure {
  const gap = <G extends ImportedGap<'none' | 'unknown'>>(g: G): G =>
    g.kind === 'unknown' ? { ...g, source: SOURCE } : g
  return {
    ...p,
    subjectsGap: gap(p.subjectsGap),
    agencies: { ...p.agencies, implementingGap: gap(p.agencies.implementingGap) },
    stepsGap: gap(p.stepsGap),
    methods: p.methods.map((m) => ({
      ...m,
      processingTimeGap: gap(m.processingTimeGap),
      feesGap: gap(m.feesGap),
    })),
    methodsGap: gap(p.methodsGap),
    dossierGap: gap(p.dossierGap),
    resultsGap: gap(p.resultsGap),
    requirementsGap: gap(p.requirementsGap),
  }
}

const unknown = unknownGap(SOURCE)
const NONE: NoneOrUnknownGap = { kind: 'none', source: null }
const gapIf = (empty: boolean): ImportedGap => (empty ? unknown : NO_GAP)

/** Words of real procedure texts: tone marks, đ/Đ, capitals, dates with slashes, punctuation. */
const WORDS = [
  'Đăng ký',
  'khai sinh',
  'kết hôn',
  'khai tử',
  'hộ tịch',
  'chứng thực',
  'bản sao',
  'từ bản chính',
  'giấy tờ',
  'văn bản',
  'Ủy ban nhân dân',
  'cấp xã',
  'cấp tỉnh',
  'Bộ phận một cửa',
  'người có yêu cầu',
  'nộp hồ sơ',
  'tiếp nhận',
  'kiểm tra',
  'trả kết quả',
  'công chức',
  'tư pháp',
  'quyền sử dụng đất',
  'nhà ở',
  'trẻ em',
  'bị bỏ rơi',
  'người nước ngoài',
  'ĐIỆN BIÊN ĐÔNG',
  'thị trấn',
  'xác minh',
  'trong ngày',
  'không',
  'có',
  'thông tin',
  'theo quy định',
  '(đã sửa đổi ngày 1/9/2016)',
  'số 45/QĐ-UBND,',
  'lần đầu;',
  'đúng hạn.',
  'Giấy chứng nhận',
  'tờ khai',
  'hướng dẫn',
  'điện tử',
].map((w) => w.normalize('NFC'))

/** What the readers give a meaning of their own: never plain text. */
const SPECIAL = new Set(
  [
    'không',
    'không có',
    'không quy định',
    'không có thông tin',
    'chưa có thông tin',
    'miễn phí',
    'miễn lệ phí',
  ].map((w) => w.normalize('NFC')),
)
const special = (text: string) =>
  SPECIAL.has(
    text
      .toLowerCase()
      .replace(/[.;:]+$/, '')
      .trim(),
  )

/** Vietnamese text as the readers keep it: trimmed, single spaces, NFC, never a special phrase. */
export const vietnameseText = (maxWords = 8) =>
  fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: maxWords })
    .map((words) => words.join(' '))
    .filter((text) => !special(text))

const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null, freq: 3 })

const nationalCode = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 999_999 }))
  .map(([a, b]) => `${a}.${String(b).padStart(6, '0')}`)

const localSuffix = fc.constantFrom('.000.00.00.H29', '.000.00.00.H11', '.H29', '.001.00.00.H30')

/** Words readFee keeps as words: no single amount in them, not free, not unknown. */
const readsAsWords = (words: string) => {
  const reading = readFee(words)
  return (
    reading.kind === 'text' && reading.text === words && !('warning' in reading && reading.warning)
  )
}

/** A fee the reader keeps as words (amount null). */
const feeWords = fc.oneof(
  fc
    .oneof(
      fc.constantFrom(
        'Theo Thông tư 85/2019/TT-BTC',
        'Mức thu theo Nghị quyết của HĐND tỉnh',
        'Từ 50.000 đồng đến 100.000 đồng tùy trường hợp',
        'Theo quy định: thu khi trả kết quả',
      ),
      vietnameseText(5),
    )
    .filter(readsAsWords),
  // A row that names its fee and states it in words reads as "description: words", and the
  // description may hold an amount of its own.
  fc
    .tuple(
      fc.constantFrom('Lệ phí', 'Phí cấp bản sao 5.000 đồng/bản', 'Trường hợp nộp trực tuyến'),
      fc.constantFrom('Theo quy định của HĐND tỉnh', 'Theo Thông tư 85/2019/TT-BTC'),
    )
    .map(([head, tail]) => `${head}: ${tail}`),
)

const feeArb: fc.Arbitrary<ImportedFee> = fc.oneof(
  // đồng: 0 (free beside charged rows) or at least 1,000 (less reads as glued text)
  fc.record({
    amount: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 1, max: 5000 }).map((n) => n * 1000),
      fc.integer({ min: 1000, max: 2_000_000_000 }),
      fc.integer({ min: 100_000, max: 9_999_999 }).map((n) => n / 100),
    ),
    currency: fc.constant('VND' as const),
    description: nullable(vietnameseText(5)),
  }),
  fc.record({
    amount: fc.oneof(
      fc.integer({ min: 0, max: 5000 }),
      fc.integer({ min: 1, max: 99_999 }).map((n) => n / 100),
      fc.integer({ min: 1, max: 999_999 }).map((n) => n / 1000),
    ),
    currency: fc.constant('USD' as const),
    description: nullable(vietnameseText(5)),
  }),
  fc.record({
    amount: fc.constant(null),
    currency: fc.constant(null),
    description: feeWords,
  }),
)

type Time = Pick<
  ImportedMethod,
  'processingTime' | 'processingTimeUnit' | 'processingTimeText' | 'processingTimeGap'
>
const timeArb: fc.Arbitrary<Time> = fc.oneof(
  fc.record({
    processingTime: fc.oneof(
      fc.integer({ min: 0, max: 365 }),
      fc.integer({ min: 1, max: 20 }).map((n) => n / 2),
    ),
    processingTimeUnit: fc.constantFrom(...TIME_UNITS),
    processingTimeText: fc.constant(null),
    processingTimeGap: fc.constant(NO_GAP),
  }),
  fc.record({
    processingTime: fc.constant(null),
    processingTimeUnit: fc.constant(null),
    processingTimeText: fc.oneof(
      // words, as the portal writes them
      fc.constantFrom(
        'Ngay trong ngày làm việc',
        'Không quy định',
        'Theo quy định của pháp luật chuyên ngành',
      ),
      vietnameseText(6),
      // a bare number, with no unit (the portal's OTHER)
      fc.integer({ min: 1, max: 60 }).map(String),
      fc.constant('0,5'),
    ),
    processingTimeGap: fc.constant(NO_GAP),
  }),
  fc.constant({
    processingTime: null,
    processingTimeUnit: null,
    processingTimeText: null,
    processingTimeGap: unknown,
  }),
)

const feesArb: fc.Arbitrary<Pick<ImportedMethod, 'fees' | 'feesGap'>> = fc.oneof(
  fc.constantFrom<NoneOrUnknownGap>(unknown, NONE).map((feesGap) => ({ fees: [], feesGap })),
  fc.array(feeArb, { minLength: 1, maxLength: 3 }).map((fees) => ({ fees, feesGap: NO_GAP })),
)

const methodsArb: fc.Arbitrary<ImportedMethod[]> = fc
  .array(
    fc.record({
      channel: fc.constantFrom(...CHANNELS),
      description: nullable(vietnameseText(6)),
      time: timeArb,
      fees: feesArb,
    }),
    { maxLength: 5 },
  )
  .map((rows) =>
    rows.map(({ channel, description, time, fees }, i): ImportedMethod => {
      // A channel with several rows names each row's case (the reader insists).
      const rowsOfChannel = rows.filter((r) => r.channel === channel).length
      const nth = rows.slice(0, i + 1).filter((r) => r.channel === channel).length
      return {
        channel,
        ...time,
        description: description ?? (rowsOfChannel > 1 ? `Trường hợp ${nth}` : null),
        ...fees,
      }
    }),
  )

const casesArb: fc.Arbitrary<ImportedCase[]> = fc.array(
  fc.record({
    name: fc.oneof(
      fc.constantFrom('Giấy tờ phải nộp', 'Giấy tờ phải xuất trình', 'Thành phần hồ sơ'),
      vietnameseText(5),
    ),
    components: fc.array(
      fc
        .record({
          name: vietnameseText(8),
          description: nullable(vietnameseText(8)),
          originals: fc.integer({ min: 0, max: 3 }),
          copies: fc.integer({ min: 0, max: 3 }),
          required: fc.boolean(),
          form: nullable(
            fc.constantFrom(
              'to-khai-dang-ky-khai-sinh.docx',
              'Tờ khai đăng ký kết hôn.pdf',
              'mau-01.doc',
            ),
          ),
        })
        // Quantity 0 and 0 is a note, never a required paper.
        .map((c) => (c.originals === 0 && c.copies === 0 ? { ...c, required: false } : c)),
      { maxLength: 4 },
    ),
  }),
  { maxLength: 3 },
)

const legalNumber = fc
  .tuple(
    fc.integer({ min: 1, max: 200 }),
    fc.integer({ min: 2010, max: 2025 }),
    fc.constantFrom('NĐ-CP', 'TT-BTP', 'QH13', 'QĐ-UBND', 'TT-BTC'),
  )
  .map(([n, year, kind]) => `${n}/${year}/${kind}`)

const subset = <T>(values: readonly T[], minLength = 0) =>
  fc
    .subarray([...values], { minLength })
    .chain((chosen) => fc.shuffledSubarray(chosen, { minLength: chosen.length }))

/** Agency names: never a ";", which the Excel list uses between agencies. */
const namesArb = (maxLength: number) =>
  fc.uniqueArray(
    vietnameseText(6).filter((name) => !name.includes(';')),
    { maxLength, selector: (name) => name },
  )

/** One procedure in the reader's image, with every unknown gap's source set to `SOURCE`. */
export const arbitraryProcedure: fc.Arbitrary<ImportedProcedure> = fc
  .record({
    code: nationalCode,
    suffix: nullable(localSuffix),
    name: vietnameseText(10),
    levels: fc.subarray([...PROCEDURE_LEVELS], { minLength: 1 }),
    sector: vietnameseText(4),
    formalityType: nullable(fc.constantFrom('standard' as const, 'detailed' as const)),
    onlineServiceLevel: nullable(
      fc.constantFrom('full' as const, 'partial' as const, 'none' as const),
    ),
    subjects: subset(SUBJECTS),
    description: nullable(vietnameseText(12)),
    implementing: namesArb(3),
    competent: namesArb(2),
    coordinating: namesArb(2),
    authorised: namesArb(1),
    steps: fc.array(vietnameseText(12), { maxLength: 5 }),
    methods: methodsArb,
    dossierCases: casesArb,
    results: fc.array(
      fc.record({
        name: vietnameseText(6),
        code: nullable(fc.integer({ min: 1, max: 999_999 }).map((n) => `KQ.G15.${n}`)),
      }),
      { maxLength: 3 },
    ),
    requirements: fc.oneof(
      fc.array(vietnameseText(12), { minLength: 1, maxLength: 3 }),
      fc.constantFrom('none' as const, 'unknown' as const),
    ),
    legalBasis: fc.uniqueArray(
      fc.record({ number: legalNumber, title: nullable(vietnameseText(10)) }),
      { maxLength: 4, selector: (legal) => legal.number },
    ),
    keywords: fc.array(vietnameseText(3), { maxLength: 3 }),
    relatedProcedures: fc.uniqueArray(nationalCode, { maxLength: 3 }),
  })
  .map((r): ImportedProcedure => ({
    code: r.code,
    localCode: r.suffix ? `${r.code}${r.suffix}` : null,
    name: r.name,
    validity: 'in-force',
    levels: r.levels,
    sector: r.sector,
    formalityType: r.formalityType,
    onlineServiceLevel: r.onlineServiceLevel,
    subjects: r.subjects,
    subjectsGap: gapIf(r.subjects.length === 0),
    description: r.description,
    agencies: {
      implementing: r.implementing,
      competent: r.competent,
      coordinating: r.coordinating,
      authorised: r.authorised,
      implementingGap: gapIf(r.implementing.length === 0),
    },
    steps: r.steps.length ? orderedListToLexical(r.steps) : null,
    stepsGap: gapIf(r.steps.length === 0),
    methods: r.methods,
    methodsGap: gapIf(r.methods.length === 0),
    dossierCases: r.dossierCases,
    dossierGap: gapIf(!r.dossierCases.some((c) => c.components.length > 0)),
    results: r.results,
    resultsGap: gapIf(r.results.length === 0),
    requirements: Array.isArray(r.requirements) ? paragraphsToLexical(r.requirements) : null,
    requirementsGap: Array.isArray(r.requirements)
      ? NO_GAP
      : r.requirements === 'none'
        ? NONE
        : unknown,
    legalBasis: r.legalBasis,
    keywords: r.keywords,
    synonyms: [],
    relatedProcedures: r.relatedProcedures,
  }))

/** Several procedures with distinct codes, as one file holds them. */
export const arbitraryCatalogue = (maxLength = 8) =>
  fc.uniqueArray(arbitraryProcedure, { minLength: 1, maxLength, selector: (p) => p.code })
