/**
 * Writes procedures back in the national portal's JSON shape (CSDL quốc gia về TTHC): the inverse
 * of `readPortalJson` (cms/import/formats/portalJson.ts). What this writes, the reader reads back
 * to the same `ImportedProcedure`, gap sources excepted (the reader names its own file and record).
 * Unknown parts are written the way the portal writes them ("Không có thông tin", no value), never
 * as a default, so they read back as unknown. docs/import.md ("Xuất ngược") lists the choices.
 */
import { readFee } from '../../content-schemas/fees'
import {
  onlineLevelLabels,
  procedureLevelLabels,
  subjectLabels,
  type Channel,
  type ProcedureLevel,
  type TimeUnit,
} from '../../content-schemas/enumerations'
import { lexicalToBlocks } from '../lib/lexical'
import type { ImportedFee, ImportedMethod, ImportedProcedure } from '../import/records'

/** What the portal writes where it does not know; the reader reads it as unknown. */
export const NOT_STATED_TEXT = 'Không có thông tin'
/** What the portal writes for a free row; the reader reads it as none. */
const FREE_TEXT = 'Miễn phí'

const CHANNEL_CODES: Record<Channel, string> = {
  direct: 'DIRECT',
  online: 'ONLINE',
  postal: 'POSTAL',
}
const UNIT_CODES: Record<TimeUnit, string> = {
  'working-day': 'WORKING_DAY',
  day: 'DAY',
  hour: 'HOUR',
  month: 'MONTH',
  year: 'YEAR',
}
const LEVEL_FLAGS: Record<ProcedureLevel, string> = {
  ministry: 'isMinistryLevel',
  province: 'isProvinceLevel',
  district: 'isDistrictLevel',
  commune: 'isCommuneLevel',
  'other-agency': 'isOtherAgency',
}
const FORMALITY_TYPES = {
  standard: 'TTHC không được luật giao quy định chi tiết',
  detailed: 'TTHC được luật giao quy định chi tiết',
} as const

export interface PortalFee {
  value: string
  currencyName: string
  description: string
}
export interface PortalMethod {
  submissionMethod: string
  processingTime: string | number
  processingTimeUnit: string | null
  description: string
  fees: PortalFee[]
}

const named = (name: string) => ({ name })

/** Plain text of each top-level block (paragraph, heading, list item) of a rich-text field. */
const blocksOf = (state: unknown): string[] =>
  state ? lexicalToBlocks(state).map((block) => block.text) : []

/**
 * An amount as Vietnamese write it: "." between thousands, "," before decimals. The reader takes
 * "1,125" for a thousand and more, so a decimal part of exactly three digits under a thousand gets
 * a trailing zero ("1,1250") to stay a decimal.
 */
export function formatAmount(amount: number): string {
  const written = String(amount)
  if (!/^\d+(\.\d+)?$/.test(written)) return written // exponent notation: never a real fee
  const [whole, decimals] = written.split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  if (decimals === undefined) return grouped
  const padded = whole.length <= 3 && decimals.length === 3 ? `${decimals}0` : decimals
  return `${grouped},${padded}`
}

const CURRENCY_WORDS = { VND: 'đồng', USD: 'USD' } as const
const CURRENCY_NAMES = { VND: 'VNĐ', USD: 'USD' } as const

/** Words the reader reads back as exactly these words (no amount, not free, not unknown). */
const readsAsWords = (words: string) => {
  const reading = readFee(words)
  return reading.kind === 'text' && reading.text === words
}

/**
 * A fee stated in words. The reader keeps a row's words as "description: words", so when the words
 * alone would read as an amount (or as free), they are split back at a ": " where they would not.
 */
function wordsFee(words: string): PortalFee {
  if (readsAsWords(words)) return { value: words, currencyName: '', description: '' }
  for (let at = words.indexOf(': '); at > 0; at = words.indexOf(': ', at + 1)) {
    const head = words.slice(0, at)
    const tail = words.slice(at + 2)
    if (head.trim() === head && readsAsWords(tail))
      return { value: tail, currencyName: '', description: head }
  }
  // Not expressible in the portal's shape: the words are kept, the reader may read an amount.
  return { value: words, currencyName: '', description: '' }
}

function feesOf(method: ImportedMethod): PortalFee[] {
  const free = (fee: ImportedFee) => fee.amount === 0 && fee.currency === 'VND'
  // "Miễn phí" reads back as an amount 0 only beside a charged row; alone it reads as none.
  const freeInWords = method.fees.some((fee) => !free(fee))
  const rows = method.fees.flatMap((fee): PortalFee[] => {
    if (fee.amount !== null) {
      if (free(fee) && freeInWords)
        return [{ value: FREE_TEXT, currencyName: '', description: fee.description ?? '' }]
      const amount = formatAmount(fee.amount)
      return [
        {
          value: fee.currency ? `${amount} ${CURRENCY_WORDS[fee.currency]}` : amount,
          currencyName: fee.currency ? CURRENCY_NAMES[fee.currency] : '',
          description: fee.description ?? '',
        },
      ]
    }
    // A row with neither amount nor words says nothing.
    return fee.description ? [wordsFee(fee.description)] : []
  })
  if (rows.length) return rows
  if (method.feesGap.kind === 'none')
    return [{ value: FREE_TEXT, currencyName: '', description: '' }]
  return [{ value: NOT_STATED_TEXT, currencyName: '', description: '' }]
}

function methodOf(method: ImportedMethod): PortalMethod {
  const time = (): Pick<PortalMethod, 'processingTime' | 'processingTimeUnit'> => {
    if (method.processingTime !== null && method.processingTimeUnit) {
      const written = String(method.processingTime)
      return {
        // The portal writes numbers as text; odd ones stay numbers, which the reader also takes.
        processingTime: /^\d+(\.\d+)?$/.test(written) ? written : method.processingTime,
        processingTimeUnit: UNIT_CODES[method.processingTimeUnit],
      }
    }
    const text =
      method.processingTimeText ??
      (method.processingTime !== null ? String(method.processingTime) : null)
    // A bare number is what the portal marks OTHER; words go with no unit.
    if (text !== null)
      return {
        processingTime: text,
        processingTimeUnit: /^\d+([.,]\d+)?$/.test(text.trim()) ? 'OTHER' : null,
      }
    return { processingTime: NOT_STATED_TEXT, processingTimeUnit: null }
  }
  return {
    submissionMethod: CHANNEL_CODES[method.channel],
    ...time(),
    description: method.description ?? '',
    fees: feesOf(method),
  }
}

/** One procedure as one national record. */
export function toPortalRecord(p: ImportedProcedure) {
  const requirements =
    p.requirementsGap.kind === 'unknown' && !p.requirements
      ? NOT_STATED_TEXT
      : blocksOf(p.requirements).join('\n')
  return {
    code: p.localCode ?? p.code,
    name: p.name,
    description: p.description ?? '',
    keywords: p.keywords,
    formalityType: p.formalityType ? FORMALITY_TYPES[p.formalityType] : null,
    implementationLevelsDetails: p.levels.map((level) => named(procedureLevelLabels[level].vi)),
    ...Object.fromEntries(
      Object.entries(LEVEL_FLAGS).map(([level, flag]) => [
        flag,
        p.levels.includes(level as ProcedureLevel),
      ]),
    ),
    categoriesDetails: p.sector ? [named(p.sector)] : [],
    subjectTypesDetails: p.subjects.map((subject) => named(subjectLabels[subject].vi)),
    implementingAgenciesDetails: p.agencies.implementing.map(named),
    competentAuthoritiesDetails: p.agencies.competent.map(named),
    authorizedAgenciesDetails: p.agencies.authorised.map(named),
    coordinatingAgenciesDetails: p.agencies.coordinating.map(named),
    // Separate steps, each named by its number: the reader drops a name that only numbers.
    executionSteps: blocksOf(p.steps).map((description, i) => ({
      name: `Bước ${i + 1}`,
      description,
    })),
    executionMethods: p.methods.map(methodOf),
    executionCases: p.dossierCases.map((c) => ({
      name: c.name,
      profileComponents: c.components.map((component) => ({
        name: component.name,
        description: component.description ?? '',
        originalQty: component.originals,
        copyQty: component.copies,
        required: component.required,
        attachments: component.form ? [{ name: component.form, fileName: component.form }] : [],
      })),
    })),
    resultsDetails: p.results.map((result) => ({ name: result.name, code: result.code })),
    // A text known by number alone keeps an empty name: the reader reads it as no title.
    legalBasisesDetails: p.legalBasis.map((legal) => ({
      code: legal.number,
      name: legal.title ?? '',
    })),
    // Empty is none in the portal (NĐ 63 asks for requirements only where there are some).
    requirements,
    onlineServiceLevel: p.onlineServiceLevel ? onlineLevelLabels[p.onlineServiceLevel].vi : null,
    relatedProcedures: p.relatedProcedures.map((code) => ({ code })),
  }
}

export type PortalRecord = ReturnType<typeof toPortalRecord>

/** An array of national records, pretty-printed (UTF-8 once written). */
export const writePortalJson = (procedures: ImportedProcedure[]): string =>
  `${JSON.stringify(procedures.map(toPortalRecord), null, 2)}\n`
